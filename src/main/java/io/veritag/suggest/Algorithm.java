package io.veritag.suggest;

/** The learner behind the trained model (OpenNLP's name finder, BIO over tokens). */
public enum Algorithm {
    MAXENT("MAXENT"),
    PERCEPTRON("PERCEPTRON");

    final String openNlpName;

    Algorithm(String openNlpName) {
        this.openNlpName = openNlpName;
    }
}
