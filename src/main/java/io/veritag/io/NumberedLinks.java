package io.veritag.io;

import io.veritag.model.LinkType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A document's links with each end named by the number a file gives its span (its position in the file, or brat's
 * {@code T} number), in one stable order: from, to, type. Numbers depend only on the file's span order, never on
 * database ids, so that an export, imported into an empty database and exported again, gives the same bytes.
 */
final class NumberedLinks {
    /** One link between the spans numbered {@code from} and {@code to}. */
    record Numbered(LinkType type, int from, int to) {
    }

    private NumberedLinks() {
    }

    /**
     * The links whose two ends have a number; {@code dropped[0]} is increased for each that has not (an end the
     * format could not write).
     */
    static List<Numbered> of(List<LabeledLink> links, Map<Long, Integer> numberByKey, int[] dropped) {
        List<Numbered> numbered = new ArrayList<>(links.size());
        for (LabeledLink link : links) {
            Integer from = numberByKey.get(link.fromKey());
            Integer to = numberByKey.get(link.toKey());
            if (from == null || to == null) {
                dropped[0]++;
                continue;
            }
            numbered.add(new Numbered(link.type(), from, to));
        }
        numbered.sort(Comparator.comparingInt(Numbered::from).thenComparingInt(Numbered::to)
                .thenComparing(Numbered::type));
        return numbered;
    }
}
