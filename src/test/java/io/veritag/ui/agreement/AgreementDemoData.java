package io.veritag.ui.agreement;

import io.veritag.model.ArticleStatus;
import io.veritag.model.ArticleSummary;
import io.veritag.service.ImportService;
import io.veritag.service.Progress;
import io.veritag.store.Store;
import java.util.List;
import java.util.Random;

/**
 * The bundled Kherson samples annotated by anna, boris and carol the way a team does: mostly the same
 * sentences, with shifted boundaries, other labels and misses; everyone marks every article done.
 */
final class AgreementDemoData {
    private AgreementDemoData() {
    }

    static void seed(Store store) {
        if (store.articles().count() == 0) {
            new ImportService(store).importSamples(Progress.NONE);
        }
        Random random = new Random(11);
        List<String> names = List.of("anna", "boris", "carol");
        for (String name : names) {
            long annotator = store.annotators().getOrCreate(name).id();
            for (ArticleSummary summary : store.articles().summaries()) {
                String text = store.articles().get(summary.id()).orElseThrow().text();
                int from = 0;
                while (from < text.length()) {
                    int end = text.indexOf('.', from);
                    end = end < 0 ? text.length() : end + 1;
                    int newline = text.indexOf('\n', from);
                    if (newline >= 0 && newline < end) {
                        end = newline + 1; // a sentence never crosses a paragraph
                    }
                    String sentence = text.substring(from, end);
                    String label = label(sentence);
                    int start = from;
                    while (start < end && Character.isWhitespace(text.charAt(start))) {
                        start++;
                    }
                    if (label != null && end - start > 3) {
                        int roll = random.nextInt(10);
                        int s = start;
                        int e = end;
                        if (roll == 0) {
                            label = null; // missed
                        } else if (roll <= 2) {
                            s = Math.min(e - 2, s + 1 + random.nextInt(Math.max(1, (e - s) / 3)));
                            while (s > start && !Character.isWhitespace(text.charAt(s - 1))) {
                                s--;
                            }
                        } else if (roll == 3) {
                            label = label.equals("CLAIM") ? "SPECULATION" : "CLAIM";
                        }
                        if (label != null && e > s && !Character.isLowSurrogate(text.charAt(s))) {
                            store.spans().insert(summary.id(), annotator, s, e, label, null);
                        }
                    }
                    from = end;
                }
                store.statuses().set(summary.id(), annotator, ArticleStatus.DONE);
            }
        }
    }

    private static String label(String sentence) {
        String s = sentence.toLowerCase(java.util.Locale.ROOT);
        if (s.contains("denied") || s.contains("no signs") || s.contains("not ") || s.contains("refute")) {
            return "DENIAL";
        }
        if (s.contains(" may ") || s.contains("might") || s.contains("could") || s.contains("likely") || s.contains("possib")) {
            return "SPECULATION";
        }
        if (s.contains("said") || s.contains("reported") || s.contains("announced") || s.contains("writes") || s.contains("claim")) {
            return "CLAIM";
        }
        return null;
    }
}
