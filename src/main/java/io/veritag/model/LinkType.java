package io.veritag.model;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of link between two spans of one annotator, and which labels each may join (the database
 * enforces the same rule). A link goes from the statement to what it is about: its source, or the claim
 * it denies or hedges.
 */
public enum LinkType {
    SAID_BY("Said by", List.of(Label.CLAIM, Label.DENIAL, Label.SPECULATION), Label.SOURCE),
    DENIES("Denies", List.of(Label.DENIAL), Label.CLAIM),
    HEDGES("Hedges", List.of(Label.SPECULATION), Label.CLAIM);

    private final String displayName;
    private final List<String> fromLabels;
    private final String toLabel;

    LinkType(String displayName, List<String> fromLabels, String toLabel) {
        this.displayName = displayName;
        this.fromLabels = fromLabels;
        this.toLabel = toLabel;
    }

    /** "Said by", "Denies", "Hedges": also the brat relation name. */
    public String displayName() {
        return displayName;
    }

    /** The brat relation type: SaidBy, Denies, Hedges (one word, as brat's configuration wants). */
    public String bratName() {
        return displayName.replace(" by", "By");
    }

    /** The labels a link of this type may start from. */
    public List<String> fromLabels() {
        return fromLabels;
    }

    /** The label a link of this type points to. */
    public String toLabel() {
        return toLabel;
    }

    public boolean allows(String fromLabel, String toLabel) {
        return fromLabels.contains(fromLabel) && this.toLabel.equals(toLabel);
    }

    /** True if a span of this label can be at either end of this type. */
    public boolean involves(String label) {
        return fromLabels.contains(label) || toLabel.equals(label);
    }

    /** The type that joins two labels, in the direction given (first from, then to), if any. */
    public static Optional<LinkType> between(String fromLabel, String toLabel) {
        for (LinkType type : values()) {
            if (type.allows(fromLabel, toLabel)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    public static Optional<LinkType> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String key = name.strip().toUpperCase(Locale.ROOT).replace(' ', '_');
        for (LinkType type : values()) {
            if (type.name().equals(key)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
