package io.veritag.agreement;

/** Two annotators, {@code first} before {@code second} in name order; {@code first} is the reference. */
public record AnnotatorPair(int firstIndex, int secondIndex, String first, String second) {
    /** Key used for symmetric measures: "a|b". */
    public String key() {
        return first + "|" + second;
    }

    /** Key used for directed (reference → other) measures: "a->b". */
    public String arrowKey() {
        return first + "->" + second;
    }
}
