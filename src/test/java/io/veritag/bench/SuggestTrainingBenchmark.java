package io.veritag.bench;

import io.veritag.suggest.Algorithm;
import io.veritag.suggest.LabeledText;
import io.veritag.suggest.TrainedModel;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the background training does when an annotator marks articles done: the model's 3-fold check of its
 * F1 per label, then the model on all of them, for 1,000 articles of 400 words (target ≤ 60 s, off the
 * window's threads). One shot per iteration: training is long and its first run is what a user waits for.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Djava.awt.headless=true", "-Xmx2g"})
public class SuggestTrainingBenchmark {
    @Param({"PERCEPTRON"})
    public Algorithm algorithm;

    private List<LabeledText> thousand;

    @Setup
    public void setUp() {
        thousand = SuggestCorpus.articles(1000, 400);
    }

    @Benchmark
    public TrainedModel train() {
        return TrainedModel.train(thousand, algorithm, () -> false);
    }
}
