package io.veritag.service.suggest;

import io.veritag.suggest.TrainedModel;

/**
 * Where an annotator's trained model stands: the model in use (trained on {@code model.articles()} done
 * articles, with its cross-validated F1 per label), whether a newer one is being trained, and why training
 * failed if it did (null otherwise).
 */
public record ModelStatus(TrainedModel model, boolean training, String failure) {
}
