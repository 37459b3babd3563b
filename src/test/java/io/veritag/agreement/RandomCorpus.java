package io.veritag.agreement;

import io.veritag.model.TextOffsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Random articles and annotations for cross-checks: several annotators, overlapping spans, empty annotators. */
final class RandomCorpus {
    static final List<String> LABELS = List.of("CLAIM", "DENIAL", "SPECULATION");
    private static final String[] WORDS = {"the", "mayor", "said", "Херсон", "не", "was", "denied", ",", ".", "—",
            "«", "»", "2022", "😀", "café", "e\u0301", "🇺🇦", "!", "?", "claims", "might", "x"};

    private RandomCorpus() {
    }

    static String text(Random random) {
        StringBuilder text = new StringBuilder();
        int words = 1 + random.nextInt(40);
        for (int i = 0; i < words; i++) {
            text.append(WORDS[random.nextInt(WORDS.length)]);
            text.append(random.nextInt(8) == 0 ? "\n" : " ");
        }
        return text.toString();
    }

    /**
     * Random spans on code point boundaries. Spans of one annotator overlap each other only across labels
     * unless {@code sameLabelOverlaps}; spans of different annotators overlap freely.
     */
    static List<LabeledExtent> spans(Random random, String text, boolean sameLabelOverlaps) {
        List<LabeledExtent> spans = new ArrayList<>();
        if (random.nextInt(5) == 0) {
            return spans; // an annotator who marked nothing here
        }
        TextOffsets offsets = TextOffsets.of(text);
        int length = offsets.codePointLength();
        int wanted = random.nextInt(7);
        for (int attempt = 0; attempt < 30 && spans.size() < wanted; attempt++) {
            int a = random.nextInt(length);
            int b = a + 1 + random.nextInt(Math.min(25, length - a));
            LabeledExtent span = new LabeledExtent(offsets.toUtf16(a), offsets.toUtf16(b), LABELS.get(random.nextInt(LABELS.size())));
            boolean clash = spans.stream().anyMatch(s -> s.label().equals(span.label())
                    && (sameLabelOverlaps ? s.equals(span) : s.overlaps(span)));
            if (!clash) {
                spans.add(span);
            }
        }
        return spans;
    }

    static List<ArticleAnnotations> articles(Random random, int articles, int raters, boolean sameLabelOverlaps) {
        List<ArticleAnnotations> result = new ArrayList<>();
        long id = 1;
        for (int a = 0; a < articles; a++) {
            id += 1 + random.nextInt(3);
            String text = text(random);
            List<List<LabeledExtent>> byAnnotator = new ArrayList<>();
            for (int r = 0; r < raters; r++) {
                byAnnotator.add(spans(random, text, sameLabelOverlaps));
            }
            result.add(new ArticleAnnotations(id, "article " + id, text, byAnnotator));
        }
        return result;
    }

    static List<String> annotators(int raters) {
        List<String> names = new ArrayList<>();
        for (int r = 0; r < raters; r++) {
            names.add("ann" + (char) ('a' + r));
        }
        return names;
    }
}
