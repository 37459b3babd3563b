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
import io.veritag.suggest.Suggestion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Suggestions on an H2 file database (WRITE_DELAY=0) holding 200 articles the annotator marked done (about
 * 2,000 own spans) and a trained model: {@code suggest} = all suggestions of a 10,000-word article as the
 * window asks for them after opening it (settings, own spans, rejections, cue lists, same text, the model;
 * target ≤ 100 ms; two such articles in turn, so that the model's suggestions kept for the last article never
 * answer); {@code accept} = accepting one suggestion, committed with its origin (target p99 ≤ 20 ms; undone after
 * each call); {@code acceptAndReload} = that, then what the window does next: the model's retraining check and
 * the article's suggestions again (the same-text index brought up to date with the accepted span). Training on
 * 1,000 articles is {@link SuggestTrainingBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Djava.awt.headless=true", "-Xmx1g"})
public class SuggestBenchmark {
    private Path dir;
    private Workspace workspace;
    private Article big;
    private Article otherBig;
    private int opened;
    private SuggestionService suggestions;
    private LabelingService labeling;
    private List<Suggestion> acceptable;
    private int next;
    private boolean accepted;

    @Setup
    public void setUp() throws Exception {
        dir = Files.createTempDirectory("veritag-bench");
        Database database = Database.open(dir.resolve("bench").toString());
        workspace = new Workspace(database);
        Store store = database.store();
        Annotator anna = store.annotators().getOrCreate("anna");
        for (LabeledText text : SuggestCorpus.articles(200, 400)) {
            long id = store.articles().insert(new NewArticle(text.id(), text.id(), null, null, null, text.text()), text.id());
            for (LabeledRange span : text.spans()) {
                store.spans().insert(id, anna.id(), span.start(), span.end(), span.label(), null);
            }
            store.statuses().set(id, anna.id(), ArticleStatus.DONE);
        }
        LabeledText tenThousand = SuggestCorpus.article("big", 10_000, 4242);
        long bigId = store.articles().insert(new NewArticle("big", "Big", null, null, null, tenThousand.text()), "big");
        big = store.articles().get(bigId).orElseThrow();
        LabeledText another = SuggestCorpus.article("big2", 10_000, 4343);
        otherBig = store.articles().get(store.articles().insert(new NewArticle("big2", "Big 2", null, null, null, another.text()), "big2"))
                .orElseThrow();
        suggestions = workspace.suggestions(anna);
        workspace.suggestionModels().refresh(anna.id()).orElseThrow().get(10, TimeUnit.MINUTES);
        labeling = workspace.labeling(anna);
        acceptable = suggestions.suggest(big);
        if (acceptable.stream().noneMatch(s -> s.recommender().equals("model"))) {
            throw new IllegalStateException("the model suggests nothing: the benchmark would not measure it");
        }
        System.out.println("suggestions on the 10,000-word article: " + acceptable.size() + ", model F1 per label: "
                + suggestions.model().model().scores().keySet().stream()
                        .map(l -> l + "=" + suggestions.model().model().f1(l)).toList());
    }

    @TearDown
    public void tearDown() throws Exception {
        workspace.close();
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Benchmark
    public List<Suggestion> suggest() {
        return suggestions.suggest(opened++ % 2 == 0 ? big : otherBig);
    }

    @Benchmark
    public List<Suggestion> acceptAndReload() {
        accept();
        suggestions.refreshModel();
        return suggestions.suggest(big);
    }

    @Benchmark
    public Object accept() {
        Suggestion s = acceptable.get(next++ % acceptable.size());
        accepted = true;
        return labeling.acceptSuggestions(big.id(), List.of(s));
    }

    @TearDown(Level.Invocation)
    public void undoAccepted() {
        if (accepted) {
            labeling.undo();
            accepted = false;
        }
    }
}
