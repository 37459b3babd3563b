package io.veritag.agreement;

import java.util.ArrayList;
import java.util.List;

/**
 * The tokens behind one cell of a pair's confusion matrix in one article: where the first annotator's category
 * is {@code row} and the second's is {@code column}, tokenised and categorised exactly as the token measures
 * count them ({@link Tokenizer}, {@link TokenLabeler}). Neighbouring tokens (only white space between them) are
 * joined into one range, so a phrase is one mark.
 */
public final class ConfusionTokens {
    private ConfusionTokens() {
    }

    /** A range of the article's text, UTF-16 offsets, end-exclusive. */
    public record Range(int start, int end) {
    }

    /**
     * The ranges of {@code article}'s text whose tokens annotator {@code first} put in category {@code row} and
     * annotator {@code second} in {@code column} (category names: a label or {@link LabelSet#OUTSIDE}).
     */
    public static List<Range> of(ArticleAnnotations article, LabelSet labels, int first, int second, String row, String column) {
        int rowCategory = category(labels, row);
        int columnCategory = category(labels, column);
        Tokens tokens = Tokenizer.tokenize(article.text());
        int[] a = TokenLabeler.categories(tokens, article.spansByAnnotator().get(first), labels);
        int[] b = TokenLabeler.categories(tokens, article.spansByAnnotator().get(second), labels);
        List<Range> ranges = new ArrayList<>();
        int start = -1;
        int end = -1;
        for (int t = 0; t < tokens.count(); t++) {
            if (a[t] != rowCategory || b[t] != columnCategory) {
                continue;
            }
            if (start >= 0 && article.text().substring(end, tokens.start(t)).isBlank()) {
                end = tokens.end(t);
            } else {
                if (start >= 0) {
                    ranges.add(new Range(start, end));
                }
                start = tokens.start(t);
                end = tokens.end(t);
            }
        }
        if (start >= 0) {
            ranges.add(new Range(start, end));
        }
        return ranges;
    }

    private static int category(LabelSet labels, String name) {
        for (int c = 0; c < labels.categoryCount(); c++) {
            if (labels.categoryName(c).equals(name)) {
                return c;
            }
        }
        throw new IllegalArgumentException("no such category: " + name);
    }
}
