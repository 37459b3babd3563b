package io.veritag.suggest;

import java.util.List;

/** Builds a recommender from labeled texts (rule-based ones may ignore them). Used for training and for evaluation. */
public interface RecommenderTrainer {
    String name();

    Recommender train(List<LabeledText> training);
}
