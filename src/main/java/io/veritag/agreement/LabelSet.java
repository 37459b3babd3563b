package io.veritag.agreement;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The labels being compared, in their display order (which is also the tie-break order). For token-level
 * measures the categories are the labels, indices 0..size()-1, followed by {@link #OUTSIDE} ("O").
 */
public final class LabelSet {
    public static final String OUTSIDE = "O";

    private final List<String> names;
    private final Map<String, Integer> index = new HashMap<>();

    public LabelSet(List<String> names) {
        this.names = List.copyOf(names);
        for (int i = 0; i < this.names.size(); i++) {
            String name = this.names.get(i);
            if (name.equals(OUTSIDE)) {
                throw new IllegalArgumentException("\"O\" is reserved for uncovered tokens and cannot be a label");
            }
            if (index.put(name, i) != null) {
                throw new IllegalArgumentException("label " + name + " is listed twice");
            }
        }
    }

    public List<String> names() {
        return names;
    }

    public int size() {
        return names.size();
    }

    /** Position of a label. @throws IllegalArgumentException for a label that is not in the set */
    public int indexOf(String label) {
        Integer i = index.get(label);
        if (i == null) {
            throw new IllegalArgumentException("span label " + label + " is not among the compared labels " + names);
        }
        return i;
    }

    public boolean contains(String label) {
        return index.containsKey(label);
    }

    /** Number of token categories: the labels plus O. */
    public int categoryCount() {
        return names.size() + 1;
    }

    /** Category index of O. */
    public int outside() {
        return names.size();
    }

    /** Name of a category index (a label, or "O"). */
    public String categoryName(int category) {
        return category == names.size() ? OUTSIDE : names.get(category);
    }
}
