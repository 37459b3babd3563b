package io.veritag.ui.agreement;

import io.veritag.agreement.ArticleAnnotations;
import io.veritag.agreement.Disagreement;
import io.veritag.agreement.Disagreements;
import io.veritag.agreement.LabeledExtent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What the dispute view shows for one article, without Swing: the text cut into paragraphs; a paragraph
 * where any shown annotator marked something becomes a passage with one row per annotator (their spans
 * stacked under each other), each span classified against every other shown annotator as agreed, boundary,
 * label or missing; other paragraphs are context.
 */
final class DisputedPassages {

    /** A span as drawn in one row: its part inside the paragraph, and how it compares with the others. */
    record Mark(LabeledExtent span, int start, int end, Disagreement.Kind kind, String detail) {
    }

    /**
     * One line under a passage: an annotator's spans there. Overlapping spans of one annotator go to extra
     * lines ({@code layer} 1, 2, …) so that every span is visible.
     */
    record Row(String annotator, int layer, List<Mark> marks) {
        String caption() {
            return layer == 0 ? annotator : annotator + " (" + (layer + 1) + ")";
        }
    }

    /** A paragraph [start, end) of the text; rows empty when nobody marked anything in it. */
    record Passage(int start, int end, List<Row> rows) {
        boolean disputed() {
            return rows.stream().flatMap(r -> r.marks().stream()).anyMatch(m -> m.kind() != Disagreement.Kind.AGREED);
        }
    }

    private DisputedPassages() {
    }

    /**
     * @param shown indices (into the article's annotators) of the annotators to stack, in display order
     */
    static List<Passage> of(ArticleAnnotations article, List<String> annotators, List<Integer> shown) {
        String text = article.text();
        List<List<Mark>> classified = new ArrayList<>();
        for (int i : shown) {
            List<Mark> marks = new ArrayList<>();
            for (LabeledExtent span : sorted(article.spansByAnnotator().get(i))) {
                Disagreement.Kind worst = Disagreement.Kind.AGREED;
                List<String> details = new ArrayList<>();
                for (int j : shown) {
                    if (j == i) {
                        continue;
                    }
                    Disagreement d = Disagreements.classify(span, article.spansByAnnotator().get(j));
                    details.add(annotators.get(j) + ": " + describe(d));
                    if (d.kind().ordinal() > worst.ordinal()) {
                        worst = d.kind();
                    }
                }
                marks.add(new Mark(span, span.start(), span.end(), worst, String.join("; ", details)));
            }
            classified.add(marks);
        }
        List<Passage> passages = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int newline = text.indexOf('\n', start);
            int end = newline < 0 ? text.length() : newline;
            if (end > start) {
                passages.add(passage(start, end, annotators, shown, classified));
            }
            if (newline < 0) {
                break;
            }
            start = newline + 1;
        }
        return passages;
    }

    private static Passage passage(int start, int end, List<String> annotators, List<Integer> shown, List<List<Mark>> classified) {
        List<Row> rows = new ArrayList<>();
        boolean any = false;
        for (int k = 0; k < shown.size(); k++) {
            List<List<Mark>> layers = new ArrayList<>();
            layers.add(new ArrayList<>());
            for (Mark m : classified.get(k)) {
                if (m.span().start() < end && start < m.span().end()) {
                    Mark clipped = new Mark(m.span(), Math.max(start, m.span().start()), Math.min(end, m.span().end()), m.kind(), m.detail());
                    layerFor(layers, clipped).add(clipped);
                    any = true;
                }
            }
            for (int layer = 0; layer < layers.size(); layer++) {
                rows.add(new Row(annotators.get(shown.get(k)), layer, layers.get(layer)));
            }
        }
        return new Passage(start, end, any ? rows : List.of());
    }

    /** The first line where the mark does not overlap the last mark (marks arrive sorted by start). */
    private static List<Mark> layerFor(List<List<Mark>> layers, Mark mark) {
        for (List<Mark> layer : layers) {
            if (layer.isEmpty() || layer.get(layer.size() - 1).end() <= mark.start()) {
                return layer;
            }
        }
        List<Mark> extra = new ArrayList<>();
        layers.add(extra);
        return extra;
    }

    private static String describe(Disagreement d) {
        return switch (d.kind()) {
            case AGREED -> "agreed";
            case MISSING -> "missing (nothing marked there)";
            case BOUNDARY -> "boundary (marked " + extent(d.counterpart()) + ")";
            case LABEL -> "label (" + d.counterpart().label() + ")";
        };
    }

    private static String extent(LabeledExtent s) {
        return "[" + s.start() + ", " + s.end() + ")";
    }

    private static List<LabeledExtent> sorted(List<LabeledExtent> spans) {
        List<LabeledExtent> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt(LabeledExtent::start).thenComparingInt(LabeledExtent::end));
        return sorted;
    }
}
