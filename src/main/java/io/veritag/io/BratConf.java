package io.veritag.io;

import io.veritag.model.Label;
import io.veritag.model.LinkType;
import io.veritag.model.SourceType;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * brat's {@code annotation.conf} for an export: the exported labels as entities, the link types whose two ends
 * are exported as relations (with their argument types), and the two span attributes: {@code Unsure} (a flag on
 * any span) and {@code SourceType} (the kind of speaker, on SOURCE spans).
 */
final class BratConf {
    static final String UNSURE = "Unsure";
    static final String SOURCE_TYPE = "SourceType";

    private BratConf() {
    }

    static String of(List<String> labels) {
        StringBuilder conf = new StringBuilder("[entities]\n");
        labels.forEach(label -> conf.append(label).append('\n'));
        conf.append("\n[relations]\n<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>\n");
        for (LinkType type : LinkType.values()) {
            List<String> from = type.fromLabels().stream().filter(labels::contains).toList();
            if (!from.isEmpty() && labels.contains(type.toLabel())) {
                conf.append(type.bratName()).append("\tArg1:").append(String.join("|", from))
                        .append(", Arg2:").append(type.toLabel()).append('\n');
            }
        }
        conf.append("\n[events]\n\n[attributes]\n");
        if (!labels.isEmpty()) {
            conf.append(UNSURE).append("\tArg:<ENTITY>\n");
        }
        if (labels.contains(Label.SOURCE)) {
            conf.append(SOURCE_TYPE).append("\tArg:").append(Label.SOURCE).append(", Value:")
                    .append(Arrays.stream(SourceType.values()).map(SourceType::name).collect(Collectors.joining("|")))
                    .append('\n');
        }
        return conf.toString();
    }
}
