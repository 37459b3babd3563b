/**
 * Recommenders: where suggested spans come from (same text, cue lists, a model trained on the project's own
 * labels), and their cross-validated evaluation. Pure functions over texts and labeled ranges: no database,
 * no window. Which spans a recommender may learn from (blind labeling) is decided by the service that feeds it.
 */
package io.veritag.suggest;
