package io.veritag.io;

import io.veritag.model.LinkType;
import io.veritag.model.SourceType;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The checks every importer runs on links and source types read from a file (the database's rules, said first). */
final class LinkChecks {
    private LinkChecks() {
    }

    /** Null if a link of {@code type} may join these two spans, else why not. */
    static String labelsProblem(LinkType type, LabeledSpan from, LabeledSpan to) {
        if (type.allows(from.label(), to.label())) {
            return null;
        }
        return type.name() + " cannot join " + from.label() + " → " + to.label() + " (it goes from "
                + String.join(" or ", type.fromLabels()) + " to " + type.toLabel() + ")";
    }

    static String typeNames() {
        return Arrays.stream(LinkType.values()).map(LinkType::name).collect(Collectors.joining(", "));
    }

    static String sourceTypeNames() {
        return Arrays.stream(SourceType.values()).map(SourceType::name).collect(Collectors.joining(", "));
    }
}
