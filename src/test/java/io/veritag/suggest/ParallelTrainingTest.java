package io.veritag.suggest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.veritag.model.gold.LabeledRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Folds and the final model trained side by side give exactly what training them one after the other gives. */
class ParallelTrainingTest {
    private final ExecutorService oneThread = Executors.newSingleThreadExecutor();
    private final ExecutorService fourThreads = Executors.newFixedThreadPool(4);

    @AfterEach
    void stop() {
        oneThread.shutdownNow();
        fourThreads.shutdownNow();
    }

    @Test
    void foldsSideBySideScoreExactlyAsFoldsOneAfterTheOther() {
        List<LabeledText> texts = corpus(24);
        List<RecommenderTrainer> trainers = List.of(SameTextRecommender.trainer(), NameFinderRecommender.trainer(Algorithm.PERCEPTRON),
                CueListRecommender.trainer(List.of(new io.veritag.model.suggest.Cue("hedges", "may", "SPECULATION"))));

        List<LabelScore> sequential = CrossValidation.evaluate(texts, 4, trainers, () -> false, oneThread);
        List<LabelScore> parallel = CrossValidation.evaluate(texts, 4, trainers, () -> false, fourThreads);

        assertThat(parallel).isEqualTo(sequential);
        assertThat(sequential).anySatisfy(s -> assertThat(s.truePositives()).isPositive());
    }

    @Test
    void theModelTrainedBesideItsFoldsIsTheModelTrainedAlone() {
        List<LabeledText> texts = corpus(12);
        TrainedModel alone = TrainedModel.train(texts, Algorithm.PERCEPTRON, () -> false, oneThread);
        TrainedModel beside = TrainedModel.train(texts, Algorithm.PERCEPTRON, () -> false, fourThreads);

        assertThat(beside.scores()).isEqualTo(alone.scores());
        for (LabeledText text : corpus(3)) {
            assertThat(beside.recommender(0).suggest(text.text())).isEqualTo(alone.recommender(0).suggest(text.text()));
        }
    }

    @Test
    void aCancelledTrainingStopsWithCancellationAndNotAHalfModel() {
        AtomicInteger asked = new AtomicInteger();
        assertThatThrownBy(() -> TrainedModel.train(corpus(12), Algorithm.PERCEPTRON, () -> asked.incrementAndGet() > 1, fourThreads))
                .isInstanceOf(CancellationException.class);
    }

    @Test
    void theSharedPoolIsBoundedAndNeverTheCallersThread() throws Exception {
        List<String> threads = java.util.Collections.synchronizedList(new ArrayList<>());
        List<java.util.concurrent.Callable<String>> tasks = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            tasks.add(() -> {
                threads.add(Thread.currentThread().getName());
                return Thread.currentThread().getName();
            });
        }
        TrainingPool.all(TrainingPool.shared(), tasks);

        assertThat(threads).hasSize(20).allMatch(name -> name.startsWith("veritag-suggestion-training-"));
        assertThat(new java.util.HashSet<>(threads)).hasSizeLessThanOrEqualTo(TrainingPool.MAX_THREADS);
    }

    private static List<LabeledText> corpus(int count) {
        Random random = new Random(count);
        String[] filler = "the city river port officials report bridge week".split(" ");
        List<LabeledText> texts = new ArrayList<>();
        for (int t = 0; t < count; t++) {
            StringBuilder text = new StringBuilder();
            List<LabeledRange> spans = new ArrayList<>();
            for (int s = 0; s < 8; s++) {
                for (int w = 0; w < 6; w++) {
                    if (w == 2 && s % 2 == 0) {
                        String cue = random.nextBoolean() ? "denied the report" : "may have been";
                        spans.add(new LabeledRange(text.length(), text.length() + cue.length(), cue.startsWith("d") ? "DENIAL" : "SPECULATION"));
                        text.append(cue).append(' ');
                    } else {
                        text.append(filler[random.nextInt(filler.length)]).append(' ');
                    }
                }
                text.append(". ");
            }
            texts.add(new LabeledText(String.format("t%03d", t), text.toString(), spans));
        }
        return texts;
    }
}
