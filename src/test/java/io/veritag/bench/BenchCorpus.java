package io.veritag.bench;

import io.veritag.io.AnnotatedDocument;
import io.veritag.io.ArticleData;
import io.veritag.io.DatasetFormats;
import io.veritag.io.DatasetWriter;
import io.veritag.io.ExportSettings;
import io.veritag.io.LabeledSpan;
import io.veritag.model.ArticleStatus;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A synthetic corpus for the dataset benchmarks: {@code articles} articles of about 1,500 characters (news-like
 * sentences with emoji, 𝕏 and some CJK, line breaks between paragraphs), each with {@code spansPerArticle}
 * spans of one annotator, some overlapping, written as Veritag JSONL. Deterministic (fixed seed).
 */
final class BenchCorpus {
    private static final String[] WORDS = {"officials", "said", "the", "city", "of", "Kherson", "was", "liberated",
            "on", "Friday", "but", "Moscow", "denied", "any", "retreat", "and", "analysts", "think", "troops", "may",
            "return", "🇺🇦", "𝕏", "posts", "claimed", "that", "power", "is", "back", "😀", "prices", "fell", "赫尔松",
            "résumé", "naïve", "bridge", "was", "destroyed", "reports", "suggest", "otherwise"};
    private static final String[] LABELS = {"CLAIM", "DENIAL", "SPECULATION"};

    private BenchCorpus() {
    }

    static void write(Path folder, int articles, int spansPerArticle) throws IOException {
        Random random = new Random(42);
        try (DatasetWriter writer = DatasetFormats.require("jsonl").openWriter(new io.veritag.io.ExportFolder(folder), null,
                new ExportSettings(List.of(LABELS)))) {
            for (int a = 0; a < articles; a++) {
                StringBuilder text = new StringBuilder();
                List<int[]> words = new ArrayList<>();
                while (text.length() < 1500) {
                    int sentence = 8 + random.nextInt(12);
                    for (int w = 0; w < sentence; w++) {
                        int start = text.length();
                        text.append(WORDS[random.nextInt(WORDS.length)]);
                        words.add(new int[] {start, text.length()});
                        text.append(w == sentence - 1 ? "." : " ");
                    }
                    text.append(random.nextInt(4) == 0 ? "\n\n" : " ");
                }
                text.append("Article ").append(a).append('.');
                List<LabeledSpan> spans = new ArrayList<>();
                java.util.Set<String> seen = new java.util.HashSet<>();
                while (spans.size() < spansPerArticle) {
                    int first = random.nextInt(words.size() - 6);
                    int last = first + random.nextInt(6);
                    String label = LABELS[random.nextInt(LABELS.length)];
                    if (seen.add(first + ":" + last + ":" + label)) {
                        spans.add(new LabeledSpan(words.get(first)[0], words.get(last)[1], label,
                                random.nextInt(5) == 0 ? "checked, \"source\" 2" : null));
                    }
                }
                spans.sort(io.veritag.io.SpanOrder.COMPARATOR);
                String id = String.format("bench-%05d", a);
                writer.write(new AnnotatedDocument(ArticleData.of(id, "Article " + a, "Bench", null, "2022-11-11",
                        text.toString()), "anna", ArticleStatus.DONE, spans));
            }
            writer.finish();
        }
    }
}
