package io.veritag.bench;

import io.veritag.agreement.AgreementCalculator;
import io.veritag.agreement.AgreementInput;
import io.veritag.agreement.AgreementReport;
import io.veritag.agreement.AnnotatorPair;
import io.veritag.agreement.ArticleAnnotations;
import io.veritag.agreement.LinkScores;
import io.veritag.agreement.LinkTally;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What link agreement adds to the full report: the same 1,000 articles × 3 annotators (about 20 label spans,
 * 7 sources and 25 links each, {@link LinkBenchCorpus}), the whole report computed without and with the link
 * measures. Single-shot time per report. The target: with links at most 20 % above without.
 *
 * <p>Run: {@code mvn -B -Pbench test-compile exec:exec -Dbench=LinkAgreementBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
@Warmup(iterations = 5)
@Measurement(iterations = 30)
public class LinkAgreementBenchmark {
    private AgreementInput withoutLinks;
    private AgreementInput withLinks;

    @Setup
    public void buildCorpus() {
        withoutLinks = LinkBenchCorpus.input(1000, false);
        withLinks = LinkBenchCorpus.input(1000, true);
    }

    @Benchmark
    public AgreementReport reportWithoutLinks() {
        return AgreementCalculator.compute(withoutLinks);
    }

    @Benchmark
    public AgreementReport reportWithLinks() {
        return AgreementCalculator.compute(withLinks);
    }

    /**
     * The link measures alone, as the report computes them (every pair of every article, pooled and per article),
     * plus the exact span pairing that the report shares with the span measures, and each pair indexing both
     * annotators' links (the report does that once per article): on a loaded machine the difference of the two
     * reports drowns in noise, this part does not.
     */
    @Benchmark
    public List<LinkScores> linkMeasuresAlone() {
        List<AnnotatorPair> pairs = AgreementCalculator.pairs(withLinks.annotators());
        List<LinkTally> pooled = new ArrayList<>();
        pairs.forEach(p -> pooled.add(new LinkTally()));
        List<LinkScores> scores = new ArrayList<>();
        for (ArticleAnnotations article : withLinks.articles()) {
            for (int p = 0; p < pairs.size(); p++) {
                int a = pairs.get(p).firstIndex();
                int b = pairs.get(p).secondIndex();
                LinkTally tally = LinkTally.of(article.spansByAnnotator().get(a), article.linksByAnnotator().get(a),
                        article.spansByAnnotator().get(b), article.linksByAnnotator().get(b));
                pooled.get(p).addAll(tally);
                scores.add(tally.scores());
            }
        }
        pooled.forEach(t -> scores.add(t.scores()));
        return scores;
    }
}
