package io.veritag.bench;

import io.veritag.model.gold.GroupKey;
import io.veritag.agreement.AgreementInput;
import io.veritag.agreement.ArticleAnnotations;
import io.veritag.agreement.LabeledExtent;
import io.veritag.agreement.adjudication.ArticleComparison;
import io.veritag.agreement.adjudication.SpanComparator;
import io.veritag.agreement.adjudication.SpanGroup;
import io.veritag.model.Annotator;
import io.veritag.model.ArticleStatus;
import io.veritag.model.NewArticle;
import io.veritag.model.Span;
import io.veritag.service.Progress;
import io.veritag.service.adjudication.AdjudicationService;
import io.veritag.service.adjudication.ArticleAdjudication;
import io.veritag.service.adjudication.ArticleProgress;
import io.veritag.service.adjudication.CurationSession;
import io.veritag.store.Database;
import io.veritag.store.Store;
import java.time.Instant;
import java.util.ArrayList;
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
 * Adjudication on the agreement benchmark's team (1,000 articles × 3 annotators × about 20 spans, all
 * finished): the pure comparison of every article; {@code adjudicate --auto} over the batch into a fresh
 * database (pre-accepts, one transaction per article); what the window does for one decision (accept, commit,
 * reload the article, then undo it so the state stays the same: two decisions per call).
 *
 * <p>Run: {@code mvn -B -Pbench test-compile exec:exec -Dbench=AdjudicationBenchmark}
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class AdjudicationBenchmark {
    private static final int ARTICLES = 1000;

    private AgreementInput input;
    private List<List<Span>> spansByArticle;
    private List<Long> annotatorIds;
    private Database database;
    private AdjudicationService service;
    private List<Annotator> annotators;
    private CurationSession session;
    private long decisionArticle;
    private GroupKey decisionKey;
    private io.veritag.model.gold.LabeledRange decisionVersion;

    @Setup(Level.Trial)
    public void buildCorpus() {
        input = AgreementBenchCorpus.input(ARTICLES);
        annotatorIds = List.of(1L, 2L, 3L);
        spansByArticle = new ArrayList<>();
        long id = 1;
        for (ArticleAnnotations article : input.articles()) {
            List<Span> spans = new ArrayList<>();
            for (int a = 0; a < article.spansByAnnotator().size(); a++) {
                for (LabeledExtent s : article.spansByAnnotator().get(a)) {
                    spans.add(new Span(id++, article.articleId(), a + 1, s.start(), s.end(), s.label(), null, Instant.EPOCH, Instant.EPOCH));
                }
            }
            spansByArticle.add(spans);
        }
    }

    /** A fresh database with the batch, everyone done, before each measured run. */
    @Setup(Level.Iteration)
    public void fillDatabase() {
        database = Database.inMemory();
        Store store = database.store();
        List<Annotator> created = new ArrayList<>();
        for (String name : input.annotators()) {
            created.add(store.annotators().getOrCreate(name));
        }
        store.inTransaction(tx -> {
            for (ArticleAnnotations article : input.articles()) {
                long articleId = tx.articles().insert(new NewArticle("bench-" + article.articleId(), article.title(), "bench", null,
                        null, article.text()), "sha-" + article.articleId());
                for (int a = 0; a < article.spansByAnnotator().size(); a++) {
                    long annotator = created.get(a).id();
                    // the synthetic annotator may mark the same span twice; the database keeps one
                    for (LabeledExtent s : new java.util.LinkedHashSet<>(article.spansByAnnotator().get(a))) {
                        tx.spans().insert(articleId, annotator, s.start(), s.end(), s.label(), null);
                    }
                    tx.statuses().set(articleId, annotator, ArticleStatus.DONE);
                }
            }
        });
        service = new AdjudicationService(store);
        annotators = service.annotators(List.of());
        session = service.session(annotators, "bench");
        decisionArticle = store.articles().byExternalId("bench-1").orElseThrow().id();
        decisionKey = null;
    }

    @TearDown(Level.Iteration)
    public void closeDatabase() {
        database.close();
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    public int compareAllArticles() {
        int disagreements = 0;
        for (List<Span> spans : spansByArticle) {
            ArticleComparison comparison = SpanComparator.compare(annotatorIds, spans);
            disagreements += comparison.disagreements().size();
        }
        return disagreements;
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 1)
    @Measurement(iterations = 5)
    public List<ArticleProgress> autoPreAcceptBatch() {
        return service.autoPreAccept(annotators, "bench", Progress.NONE);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Warmup(iterations = 2, time = 2)
    @Measurement(iterations = 5, time = 2)
    public ArticleAdjudication acceptAndUndoOneDecision() {
        if (decisionKey == null) {
            ArticleAdjudication opened = session.open(decisionArticle);
            SpanGroup first = opened.disagreements().get(0);
            decisionKey = first.key();
            decisionVersion = first.versions().get(0).range();
        }
        session.accept(decisionArticle, decisionKey, decisionVersion, null);
        return session.undo(decisionArticle);
    }
}
