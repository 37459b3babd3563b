package io.veritag.io;

import io.veritag.model.AnnotatorName;
import io.veritag.model.Label;
import io.veritag.model.SourceType;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What an import of another tool's files needs beyond the files: how their label names become Veritag's
 * ({@code --map PER=SOURCE,CLAIM=CLAIM}) and whose annotations they are when the files do not say
 * ({@code --annotator}).
 *
 * <p>A mapping's target is a Veritag label, {@code SOURCE:TYPE} for sources of a known type (plain {@code SOURCE}
 * gives {@link SourceType#OTHER}), or nothing ({@code ORG=}) to leave that label's spans out. A file's label that
 * is not mapped is kept when Veritag has a label of that name, else the file is refused with the names found.
 *
 * @param labelMap  the file's label → the target as written after {@code =}, in the order given
 * @param annotator the annotator for every document read, or null to take it from the files
 */
public record ImportOptions(Map<String, String> labelMap, String annotator) {
    public static final ImportOptions NONE = new ImportOptions(Map.of(), null);

    public ImportOptions {
        labelMap = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(labelMap));
        if (annotator != null) {
            annotator = AnnotatorName.checked(annotator);
        }
    }

    public boolean isEmpty() {
        return labelMap.isEmpty() && annotator == null;
    }

    /**
     * Parses {@code PER=SOURCE,CLAIM=CLAIM,ORG=} (commas or several options; spaces around names ignored).
     *
     * @throws IllegalArgumentException naming the entry at fault
     */
    public static Map<String, String> parseMap(Collection<String> entries) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String option : entries) {
            for (String entry : option.split(",")) {
                if (entry.isBlank()) {
                    continue;
                }
                int equals = entry.indexOf('=');
                if (equals <= 0 || entry.substring(0, equals).isBlank()) {
                    throw new IllegalArgumentException("--map entry '" + entry.strip() + "' is not NAME=LABEL");
                }
                String from = entry.substring(0, equals).strip();
                String to = entry.substring(equals + 1).strip();
                if (map.putIfAbsent(from, to) != null) {
                    throw new IllegalArgumentException("--map names '" + from + "' twice");
                }
            }
        }
        return map;
    }

    /**
     * Checks every mapping's target against the labels Veritag has.
     *
     * @throws IllegalArgumentException naming the first target that is not a label
     */
    public void check(Set<String> labels) {
        labelMap.forEach((from, to) -> {
            if (to.isEmpty()) {
                return;
            }
            Target target = target(to);
            if (target == null || !labels.contains(target.label())) {
                throw new IllegalArgumentException("--map " + from + "=" + to + ": '" + to + "' is not a label (known: "
                        + String.join(", ", labels) + "; SOURCE:TYPE with TYPE one of " + LinkChecks.sourceTypeNames()
                        + "; nothing after = leaves the label out)");
            }
        });
    }

    /** A label a file's name becomes: the Veritag label and, for SOURCE, its type. */
    public record Target(String label, SourceType sourceType) {
    }

    /**
     * The target of a file's label name: mapped, or the label itself when Veritag has it; null when the name's spans
     * are to be left out ({@code NAME=}).
     *
     * @throws IllegalArgumentException when the name is neither mapped nor a Veritag label (see {@link #unknown})
     */
    public Target resolve(String name, Set<String> labels) {
        String to = labelMap.get(name);
        if (to == null) {
            if (!labels.contains(name)) {
                throw new IllegalArgumentException("unknown label '" + name + "'");
            }
            to = name;
        }
        return to.isEmpty() ? null : target(to);
    }

    /** True if a span labelled {@code name} can be read (mapped, left out on purpose, or a Veritag label). */
    public boolean knows(String name, Set<String> labels) {
        return labelMap.containsKey(name) || labels.contains(name);
    }

    /**
     * The one-line refusal for a file whose label names include some neither mapped nor Veritag's: every name found,
     * and how to map them.
     */
    public String unknown(Collection<String> namesInFile, Set<String> labels) {
        Set<String> found = new TreeSet<>(namesInFile);
        Set<String> unknown = new TreeSet<>();
        for (String name : found) {
            if (!knows(name, labels)) {
                unknown.add(name);
            }
        }
        return "unknown label" + (unknown.size() == 1 ? " " : "s ") + quoted(unknown) + " (labels in this file: "
                + quoted(found) + "; map them with --map NAME=LABEL onto " + String.join(", ", labels)
                + ", or NAME= to leave them out)";
    }

    private static String quoted(Set<String> names) {
        StringBuilder out = new StringBuilder();
        for (String name : names) {
            if (out.length() > 0) {
                out.append(", ");
            }
            out.append(SpanChecks.quote(name));
        }
        return out.toString();
    }

    private static Target target(String to) {
        int colon = to.indexOf(':');
        String label = colon < 0 ? to : to.substring(0, colon).strip();
        if (!Label.SOURCE.equals(label)) {
            return colon < 0 ? new Target(label, null) : null;
        }
        if (colon < 0) {
            return new Target(label, SourceType.OTHER);
        }
        return SourceType.parse(to.substring(colon + 1)).map(type -> new Target(label, type)).orElse(null);
    }
}
