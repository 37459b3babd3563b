package io.veritag.cli;

import io.veritag.model.gold.Decision;
import io.veritag.service.adjudication.ArticleGold;
import io.veritag.service.adjudication.DecisionText;
import java.io.PrintWriter;

/** {@code veritag gold --article ID}: the gold spans of one article, each with its history, for people. */
final class GoldAuditText {
    private GoldAuditText() {
    }

    static void print(ArticleGold gold, PrintWriter out) {
        String text = gold.article().text();
        out.println(gold.article().externalId() + " · " + gold.article().title());
        out.println(gold.status()
                .map(s -> (s.done() ? "done" : "open") + ", " + s.settled() + " of " + s.total() + " settled; annotators "
                        + String.join(", ", s.annotators()) + "; curator " + s.curator())
                .orElse("not adjudicated yet"));
        for (ArticleGold.Entry entry : gold.gold()) {
            out.println();
            out.println(DecisionText.range(entry.span().range(), text)
                    + (entry.span().isSource() ? " · source type: " + (entry.span().sourceType() == null
                            ? "not settled" : entry.span().sourceType().displayName()) : ""));
            for (Decision d : entry.history()) {
                out.println("  " + DecisionText.describe(d, text, id -> name(d, id), entry.history()));
            }
        }
        if (!gold.links().isEmpty()) {
            out.println();
            out.println("Links:");
            for (ArticleGold.LinkEntry entry : gold.links()) {
                var link = entry.link();
                out.println(gold.span(link.fromGoldSpanId()).map(s -> DecisionText.range(s.range(), text)).orElse("?")
                        + " —" + link.type().displayName() + "→ "
                        + gold.span(link.toGoldSpanId()).map(s -> DecisionText.range(s.range(), text)).orElse("?"));
                for (Decision d : entry.history()) {
                    out.println("  " + DecisionText.describe(d, text, id -> name(d, id), entry.history()));
                }
            }
        }
        if (!gold.rejected().isEmpty()) {
            out.println();
            out.println("Rejected (nothing in gold):");
            for (Decision d : gold.rejected()) {
                out.println("  " + DecisionText.describe(d, text, id -> name(d, id), gold.rejected()));
            }
        }
    }

    /** The annotator's name as it was recorded with the decision. */
    private static String name(Decision d, long annotatorId) {
        return d.sources().stream().filter(s -> s.annotatorId() == annotatorId).map(s -> s.annotatorName())
                .findFirst()
                .or(() -> d.linkSources().stream().filter(l -> l.annotatorId() == annotatorId).map(l -> l.annotatorName()).findFirst())
                .orElse("annotator " + annotatorId);
    }
}
