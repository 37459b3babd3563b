package io.veritag.bench;

import io.veritag.suggest.Algorithm;
import io.veritag.suggest.LabeledText;
import io.veritag.suggest.TrainedModel;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;

/**
 * {@link SuggestTrainingBenchmark}'s training (1,000 articles of 400 words: the 3-fold F1 check and the model
 * on all of them) timed as wall time and as the CPU time of the whole process (every training thread), once
 * after a smaller warm-up: on a machine shared with other builds the wall time says how long a user waits at
 * that load, the CPU time what the work costs whatever the load.
 *
 * <p>Run: {@code mvn -B -Pbench test-compile exec:exec -Dbench.main=io.veritag.bench.SuggestTrainingCpuTime -Dbench=}
 */
public final class SuggestTrainingCpuTime {
    private SuggestTrainingCpuTime() {
    }

    public static void main(String[] args) {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        TrainedModel.train(SuggestCorpus.articles(100, 400), Algorithm.PERCEPTRON, () -> false); // warm-up
        List<LabeledText> thousand = SuggestCorpus.articles(1000, 400);
        long cpu0 = os.getProcessCpuTime();
        long wall0 = System.nanoTime();
        TrainedModel model = TrainedModel.train(thousand, Algorithm.PERCEPTRON, () -> false);
        long wall = System.nanoTime() - wall0;
        long cpu = os.getProcessCpuTime() - cpu0;
        System.out.printf(Locale.ROOT, "training on 1,000 articles (perceptron, F1 check and model): wall %.1f s, process CPU %.1f s, "
                + "%d processors; F1 per label %s%n", wall / 1e9, cpu / 1e9, Runtime.getRuntime().availableProcessors(),
                model.scores().keySet().stream().map(l -> l + "=" + String.format(Locale.ROOT, "%.3f", model.f1(l).orElse(0))).toList());
    }
}
