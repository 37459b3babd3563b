package io.veritag.bench;

import io.veritag.agreement.AgreementInput;
import io.veritag.agreement.ArticleAnnotations;
import io.veritag.agreement.LabelSet;
import io.veritag.agreement.LabeledExtent;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A synthetic team's work for the agreement benchmark: {@code articles} news-like texts of about 3,000
 * characters (some Cyrillic, an emoji now and then), three annotators with about 20 spans each per article.
 * The annotators start from the same "true" spans and disagree the way people do: shifted boundaries, another
 * label, a missed span, an extra one. Deterministic (fixed seed).
 */
public final class AgreementBenchCorpus {
    public static final List<String> LABELS = List.of("CLAIM", "DENIAL", "SPECULATION");
    public static final List<String> ANNOTATORS = List.of("anna", "boris", "carol");
    private static final String[] WORDS = ("the mayor said that bridge was safe officials denied any damage "
            + "Херсон звільнено сказав губернатор russia may return some analysts speculate according to reports "
            + "on Tuesday residents claimed water supply restored , , , . . . — « » 2022 😀 governor army city").split(" ");

    private AgreementBenchCorpus() {
    }

    public static AgreementInput input(int articles) {
        Random random = new Random(20221111);
        List<ArticleAnnotations> result = new ArrayList<>(articles);
        for (int a = 0; a < articles; a++) {
            String text = text(random, 3000);
            List<LabeledExtent> truth = truth(random, text);
            List<List<LabeledExtent>> byAnnotator = new ArrayList<>();
            for (int r = 0; r < ANNOTATORS.size(); r++) {
                byAnnotator.add(annotate(random, text, truth));
            }
            result.add(new ArticleAnnotations(a + 1, "Article " + (a + 1), text, byAnnotator));
        }
        return new AgreementInput(ANNOTATORS, new LabelSet(LABELS), result);
    }

    static String text(Random random, int length) {
        StringBuilder text = new StringBuilder(length + 20);
        while (text.length() < length) {
            text.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(25) == 0 ? "\n" : " ");
        }
        return text.toString();
    }

    /** About 20 disjoint spans on word boundaries. */
    static List<LabeledExtent> truth(Random random, String text) {
        List<LabeledExtent> spans = new ArrayList<>();
        int slot = text.length() / 20;
        for (int i = 0; i < 20; i++) {
            int start = wordStart(text, i * slot + random.nextInt(slot / 3));
            int end = safeEnd(text, Math.min(text.length(), start + 20 + random.nextInt(slot / 2)));
            spans.add(new LabeledExtent(start, end, LABELS.get(random.nextInt(3))));
        }
        return spans;
    }

    /** One annotator's version: mostly the truth, with shifted boundaries, relabels, misses and extras. */
    private static List<LabeledExtent> annotate(Random random, String text, List<LabeledExtent> truth) {
        List<LabeledExtent> spans = new ArrayList<>();
        int previousEnd = 0;
        for (LabeledExtent t : truth) {
            int roll = random.nextInt(10);
            if (roll == 0) {
                continue; // missed
            }
            int start = t.start();
            int end = t.end();
            if (roll <= 2) {
                start = wordStart(text, Math.max(previousEnd, start - 5 + random.nextInt(10)));
                end = safeEnd(text, Math.min(text.length(), Math.max(start + 1, end - 5 + random.nextInt(10))));
            }
            String label = roll == 3 ? LABELS.get(random.nextInt(3)) : t.label();
            if (start >= previousEnd && end > start) {
                spans.add(new LabeledExtent(start, end, label));
                previousEnd = end;
            }
        }
        return spans;
    }

    static int wordStart(String text, int offset) {
        int i = Math.min(offset, text.length() - 1);
        while (i > 0 && !Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    static int safeEnd(String text, int end) {
        return end < text.length() && Character.isLowSurrogate(text.charAt(end)) ? end + 1 : end;
    }
}
