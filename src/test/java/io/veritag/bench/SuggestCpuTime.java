package io.veritag.bench;

import io.veritag.model.Annotator;
import io.veritag.model.Article;
import io.veritag.model.ArticleStatus;
import io.veritag.model.NewArticle;
import io.veritag.model.gold.LabeledRange;
import io.veritag.service.LabelingService;
import io.veritag.service.Workspace;
import io.veritag.service.suggest.SuggestionService;
import io.veritag.store.Database;
import io.veritag.store.Store;
import io.veritag.suggest.LabeledText;
import io.veritag.suggest.Recommender;
import io.veritag.suggest.Suggestion;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * {@link SuggestBenchmark}'s data (200 done articles, a trained model, two 10,000-word articles, H2 file)
 * measured in the calling thread's CPU time as well as wall time: on a machine shared with other builds the
 * wall time of one call swings several-fold with the load, its CPU time much less. Prints, per operation, the
 * fastest and the median of 30 calls after 10 to warm up: all suggestions of an article just opened, the
 * model alone on it, and accepting one suggestion followed by the window's reload.
 *
 * <p>Run: {@code mvn -B -Pbench test-compile exec:exec -Dbench.main=io.veritag.bench.SuggestCpuTime -Dbench=}
 */
public final class SuggestCpuTime {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private SuggestCpuTime() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("veritag-bench");
        Database database = Database.open(dir.resolve("bench").toString());
        try (Workspace workspace = new Workspace(database)) {
            Store store = database.store();
            Annotator anna = store.annotators().getOrCreate("anna");
            for (LabeledText text : SuggestCorpus.articles(200, 400)) {
                long id = store.articles().insert(new NewArticle(text.id(), text.id(), null, null, null, text.text()), text.id());
                for (LabeledRange span : text.spans()) {
                    store.spans().insert(id, anna.id(), span.start(), span.end(), span.label(), null);
                }
                store.statuses().set(id, anna.id(), ArticleStatus.DONE);
            }
            Article[] big = new Article[2];
            for (int i = 0; i < 2; i++) {
                LabeledText text = SuggestCorpus.article("big" + i, 10_000, 4242 + 101 * i);
                big[i] = store.articles().get(store.articles().insert(
                        new NewArticle("big" + i, "Big " + i, null, null, null, text.text()), "big" + i)).orElseThrow();
            }
            SuggestionService suggestions = workspace.suggestions(anna);
            workspace.suggestionModels().refresh(anna.id()).orElseThrow().get(10, TimeUnit.MINUTES);
            LabelingService labeling = workspace.labeling(anna);
            List<Suggestion> acceptable = suggestions.suggest(big[0]);
            Recommender model = suggestions.model().model().recommender(0.5);
            System.out.printf(Locale.ROOT, "%d suggestions on the 10,000-word article, %d from the model%n", acceptable.size(),
                    acceptable.stream().filter(s -> s.recommender().equals("model")).count());

            int[] turn = {0};
            measure("all suggestions of an article just opened", () -> suggestions.suggest(big[turn[0]++ % 2]));
            measure("the model alone on it", () -> model.suggest(big[turn[0]++ % 2].text()));
            int[] next = {0};
            measure("accept one suggestion, then reload as the window does", () -> {
                labeling.acceptSuggestions(big[0].id(), List.of(acceptable.get(next[0]++ % acceptable.size())));
                suggestions.refreshModel();
                return suggestions.suggest(big[0]);
            }, labeling::undo);
            measure("accept one suggestion (the commit alone)", () ->
                    labeling.acceptSuggestions(big[0].id(), List.of(acceptable.get(next[0]++ % acceptable.size()))), labeling::undo);
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void measure(String what, Supplier<?> operation) {
        measure(what, operation, () -> { });
    }

    private static void measure(String what, Supplier<?> operation, Runnable after) {
        int rounds = 30;
        long[] cpu = new long[rounds];
        long[] wall = new long[rounds];
        for (int round = -10; round < rounds; round++) {
            long c0 = CPU.getCurrentThreadCpuTime();
            long w0 = System.nanoTime();
            operation.get();
            long w1 = System.nanoTime();
            long c1 = CPU.getCurrentThreadCpuTime();
            after.run();
            if (round >= 0) {
                cpu[round] = c1 - c0;
                wall[round] = w1 - w0;
            }
        }
        Arrays.sort(cpu);
        Arrays.sort(wall);
        System.out.printf(Locale.ROOT, "%-55s CPU fastest %7.1f ms, median %7.1f ms | wall fastest %7.1f ms, median %7.1f ms%n",
                what, cpu[0] / 1e6, cpu[rounds / 2] / 1e6, wall[0] / 1e6, wall[rounds / 2] / 1e6);
    }
}
