package io.veritag.service.suggest;

import io.veritag.store.Store;
import io.veritag.suggest.Algorithm;
import io.veritag.suggest.LabeledText;
import io.veritag.suggest.TrainedModel;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The trained models of one workspace, one per annotator, trained in the background (one at a time, on a
 * thread of their own) and retrained when the annotator's done articles or gold change. Models are derived
 * data: kept in memory, rebuilt from the database. Each annotator's model learns from their own spans and
 * gold only (see {@link TrainingData}), so one annotator's model is never used for another.
 */
public final class SuggestionModels implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SuggestionModels.class);

    private final Store store;
    private final ExecutorService trainer;
    private final Algorithm algorithm;
    private final Map<Long, Entry> byAnnotator = new ConcurrentHashMap<>();
    private final List<Consumer<Long>> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();
    private volatile boolean closing;

    private record Entry(TrainedModel model, String trainedOn, String training, String failure) {
    }

    public SuggestionModels(Store store, Algorithm algorithm) {
        this.store = store;
        this.algorithm = algorithm;
        this.trainer = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "veritag-suggestion-training");
            thread.setDaemon(true);
            thread.setPriority(Thread.MIN_PRIORITY);
            return thread;
        });
    }

    /** Told (on the training thread) the annotator id whose model was just replaced. */
    public void addListener(Consumer<Long> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<Long> listener) {
        listeners.remove(listener);
    }

    /** The model in use for this annotator (none yet: an empty model). Never trains on the caller's thread. */
    public ModelStatus status(long annotatorId) {
        Entry entry = byAnnotator.get(annotatorId);
        if (entry == null) {
            return new ModelStatus(TrainedModel.none(), false, null);
        }
        return new ModelStatus(entry.model(), entry.training() != null, entry.failure());
    }

    /**
     * Starts training this annotator's model in the background if what it learns from changed since the model
     * in use (or the one being trained) was built. Reads the database on the caller's thread (a few queries).
     *
     * @return the training run, or empty if the model is up to date
     */
    public java.util.Optional<Future<?>> refresh(long annotatorId) {
        String fingerprint = TrainingData.doneFingerprint(store, annotatorId);
        Entry entry = byAnnotator.get(annotatorId);
        if (entry != null && (fingerprint.equals(entry.trainedOn()) || fingerprint.equals(entry.training()))) {
            return java.util.Optional.empty();
        }
        byAnnotator.compute(annotatorId, (id, e) -> e == null
                ? new Entry(TrainedModel.none(), null, fingerprint, null)
                : new Entry(e.model(), e.trainedOn(), fingerprint, e.failure()));
        return java.util.Optional.of(trainer.submit(() -> train(annotatorId, fingerprint)));
    }

    private void train(long annotatorId, String fingerprint) {
        if (!fingerprint.equals(byAnnotator.get(annotatorId).training())) {
            return; // a newer request is queued
        }
        try {
            List<LabeledText> texts = TrainingData.doneArticles(store, annotatorId, () -> closing);
            TrainedModel model = TrainedModel.train(texts, algorithm,
                    () -> closing || !fingerprint.equals(byAnnotator.get(annotatorId).training()));
            byAnnotator.compute(annotatorId, (id, e) -> new Entry(model, fingerprint,
                    fingerprint.equals(e.training()) ? null : e.training(), null));
            listeners.forEach(l -> l.accept(annotatorId));
        } catch (java.util.concurrent.CancellationException e) {
            // a newer request replaced this one
        } catch (RuntimeException e) {
            LOG.warn("Training the suggestion model for annotator {} failed", annotatorId, e);
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            byAnnotator.compute(annotatorId, (id, old) -> new Entry(old.model(), old.trainedOn(), null, message));
            listeners.forEach(l -> l.accept(annotatorId));
        }
    }

    /**
     * Stops training: a run stops at its next article or training step. The training thread is not interrupted
     * while it reads: H2 closes its file when a reading thread is, and the workspace then could not close it
     * cleanly (the next start would read the whole file again, and the interrupted read reported as damage).
     */
    @Override
    public void close() {
        closing = true;
        trainer.shutdown();
        try {
            trainer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
