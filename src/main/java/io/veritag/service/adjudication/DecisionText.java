package io.veritag.service.adjudication;

import io.veritag.model.gold.Decision;
import io.veritag.model.gold.DecisionKind;
import io.veritag.model.gold.DecisionLink;
import io.veritag.model.gold.DecisionSource;
import io.veritag.model.gold.LabeledRange;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

/** One line of a gold span's history: when, who decided, what, from whose proposal, and why. */
public final class DecisionText {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());
    private static final int QUOTE = 48;

    private DecisionText() {
    }

    /**
     * @param text         the article text, to quote spans
     * @param names        annotator id → name as shown (blind curation hides names)
     * @param others       the other decisions of the history, to name what an undo or redo acted on
     */
    public static String describe(Decision d, String text, LongFunction<String> names, List<Decision> others) {
        StringBuilder line = new StringBuilder(TIME.format(d.decidedAt())).append("  ").append(d.curator()).append(' ');
        if (d.kind().isUndoOrRedo()) {
            Map<Long, Decision> byId = others.stream().collect(Collectors.toMap(Decision::id, Function.identity(), (a, b) -> a));
            Decision target = byId.get(d.targetDecisionId());
            line.append(d.kind() == DecisionKind.UNDO ? "undid" : "redid").append(' ')
                    .append(target == null ? "decision " + d.targetDecisionId() : "“" + target.kind().pastTense() + "”");
            if (d.isAboutLink()) {
                line.append(" (link ").append(d.link().type().displayName()).append(')');
            } else if (d.isAboutCluster()) {
                line.append(" (gold claim cluster “").append(d.cluster().canonical()).append("”)");
            } else {
                line.append(" → ").append(d.after() == null ? "not in gold" : range(d.after(), text));
                if (d.afterSourceType() != null) {
                    line.append(", ").append(d.afterSourceType().displayName());
                }
            }
        } else if (d.isAboutLink()) {
            line.append(d.kind().pastTense()).append(' ').append(d.link().type().displayName());
            if (d.disagreementKind() != null) {
                line.append(" (").append(d.disagreementKind().text()).append(')');
            }
            List<String> chosen = d.linkSources().stream().filter(DecisionLink::chosen)
                    .map(l -> names.apply(l.annotatorId())).distinct().toList();
            if (!chosen.isEmpty()) {
                line.append(" · proposed by ").append(String.join(", ", chosen));
            }
            List<DecisionLink> passed = d.linkSources().stream().filter(l -> !l.chosen()).toList();
            if (!passed.isEmpty()) {
                line.append(" · passed over: ").append(passed.stream()
                        .map(l -> names.apply(l.annotatorId()) + " → " + range(l.to(), text))
                        .collect(Collectors.joining("; ")));
            }
        } else if (d.isAboutCluster()) {
            line.append(d.kind() == DecisionKind.CLUSTER_IN ? "put " : "took ").append(range(d.after(), text))
                    .append(d.kind() == DecisionKind.CLUSTER_IN ? " into" : " out of").append(" gold claim cluster “")
                    .append(d.cluster().canonical()).append('”');
            List<String> from = d.sources().stream().filter(DecisionSource::chosen)
                    .map(s -> names.apply(s.annotatorId())).distinct().toList();
            if (!from.isEmpty()) {
                line.append(" · from the cluster of ").append(String.join(", ", from));
            }
        } else if (d.kind() == DecisionKind.SOURCE_TYPE) {
            line.append(d.kind().pastTense()).append(' ').append(range(d.after(), text)).append(": ")
                    .append(d.beforeSourceType() == null ? "not settled" : d.beforeSourceType().displayName())
                    .append(" → ").append(d.afterSourceType().displayName());
            List<String> chosen = d.sources().stream().filter(DecisionSource::chosen)
                    .map(s -> names.apply(s.annotatorId())).distinct().toList();
            if (!chosen.isEmpty()) {
                line.append(" · proposed by ").append(String.join(", ", chosen));
            }
        } else {
            line.append(d.kind().pastTense());
            if (d.before() != null && d.after() != null) {
                line.append(' ').append(range(d.before(), text)).append(" → ").append(range(d.after(), text));
            } else if (d.after() != null) {
                line.append(' ').append(range(d.after(), text));
            } else if (d.before() != null) {
                line.append(' ').append(range(d.before(), text));
            }
            if (d.disagreementKind() != null) {
                line.append(" (").append(d.disagreementKind().text()).append(')');
            }
            List<DecisionSource> chosen = d.sources().stream().filter(DecisionSource::chosen).toList();
            List<DecisionSource> passed = d.sources().stream().filter(s -> !s.chosen()).toList();
            if (!chosen.isEmpty()) {
                line.append(" · proposed by ").append(chosen.stream().map(s -> names.apply(s.annotatorId()))
                        .distinct().collect(Collectors.joining(", ")));
            }
            if (!passed.isEmpty()) {
                line.append(" · passed over: ").append(passed.stream()
                        .map(s -> names.apply(s.annotatorId()) + " " + range(s.range(), text))
                        .collect(Collectors.joining("; ")));
            }
        }
        if (d.reason() != null) {
            line.append(" · why: ").append(d.reason());
        }
        return line.toString();
    }

    /** "DENIAL «Russia denied it.»", the quote shortened in the middle of long spans. */
    public static String range(LabeledRange r, String text) {
        String quote = r.end() <= text.length() ? text.substring(r.start(), r.end()).replace('\n', ' ') : "";
        if (quote.codePointCount(0, quote.length()) > QUOTE) {
            int head = quote.offsetByCodePoints(0, QUOTE / 2 - 1);
            int tail = quote.offsetByCodePoints(quote.length(), -(QUOTE / 2 - 2));
            quote = quote.substring(0, head) + " … " + quote.substring(tail);
        }
        return r.label() + " «" + quote + "»";
    }
}
