package io.veritag.agreement;

/** Precision, recall and F1 of one annotator's spans against a reference annotator's. */
public record PrecisionRecall(Score precision, Score recall, Score f1) {
}
