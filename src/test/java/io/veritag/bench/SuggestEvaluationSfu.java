package io.veritag.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.veritag.model.gold.LabeledRange;
import io.veritag.suggest.Algorithm;
import io.veritag.suggest.CrossValidation;
import io.veritag.suggest.CueListRecommender;
import io.veritag.suggest.LabelScore;
import io.veritag.suggest.LabeledText;
import io.veritag.suggest.NameFinderRecommender;
import io.veritag.suggest.RecommenderTrainer;
import io.veritag.suggest.SameTextRecommender;
import io.veritag.suggest.ShippedCues;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The suggestion recommenders cross-validated on the SFU Review corpus (negation and speculation, cues and
 * scopes, mapped to DENIAL and SPECULATION), read in place from the folder given (it is GPL: never copied
 * into the project). Prints the same table as {@code veritag suggest --evaluate}.
 *
 * <pre>mvn -B -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=io.veritag.bench.SuggestEvaluationSfu -Dexec.args="/work/shared/clients-data 5"</pre>
 */
public final class SuggestEvaluationSfu {
    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "/work/shared/clients-data");
        int folds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        for (String file : List.of("sfu_reviews_cues.jsonl", "sfu_reviews_scopes.jsonl")) {
            List<LabeledText> texts = read(folder.resolve(file));
            System.out.println(file + ": " + texts.size() + " articles, "
                    + texts.stream().mapToInt(t -> t.spans().size()).sum() + " spans, " + folds + " folds");
            long started = System.nanoTime();
            List<LabelScore> scores = CrossValidation.evaluate(texts, folds, List.of(
                    CueListRecommender.trainer(ShippedCues.english()),
                    SameTextRecommender.trainer(),
                    named("model-perceptron", NameFinderRecommender.trainer(Algorithm.PERCEPTRON)),
                    named("model-maxent", NameFinderRecommender.trainer(Algorithm.MAXENT))), () -> false);
            print(scores);
            System.out.printf("(%.1f s)%n%n", (System.nanoTime() - started) / 1e9);
        }
    }

    /** The same trainer under another name, so that two learners get rows of their own. */
    static RecommenderTrainer named(String name, RecommenderTrainer trainer) {
        return new RecommenderTrainer() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public io.veritag.suggest.Recommender train(List<LabeledText> training) {
                return trainer.train(training);
            }
        };
    }

    static void print(List<LabelScore> scores) {
        System.out.printf("%-16s %-12s %9s %9s %7s %7s %7s %9s %9s%n", "recommender", "label", "suggested", "expected",
                "P", "R", "F1", "overlapP", "overlapR");
        for (LabelScore s : scores) {
            System.out.printf("%-16s %-12s %9d %9d %7s %7s %7s %9s %9s%n", s.recommender(), s.label(), s.suggested(),
                    s.expected(), f(s.precision()), f(s.recall()), f(s.f1()), f(s.overlapPrecision()), f(s.overlapRecall()));
        }
    }

    private static String f(OptionalDouble value) {
        return value.isPresent() ? String.format("%.3f", value.getAsDouble()) : "undef";
    }

    /** The neutral JSONL of clients-data: code-point offsets turned into UTF-16 ones. */
    static List<LabeledText> read(Path file) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<LabeledText> texts = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode root = mapper.readTree(line);
            String text = root.get("text").asText();
            List<LabeledRange> spans = new ArrayList<>();
            for (JsonNode span : root.get("spans")) {
                int start = text.offsetByCodePoints(0, span.get(0).asInt());
                int end = text.offsetByCodePoints(0, span.get(1).asInt());
                spans.add(new LabeledRange(start, end, span.get(2).asText()));
            }
            texts.add(new LabeledText(root.get("id").asText(), text, spans));
        }
        return texts;
    }
}
