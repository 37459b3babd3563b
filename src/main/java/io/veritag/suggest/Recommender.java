package io.veritag.suggest;

import java.util.List;

/** Proposes spans for one article text. Implementations are immutable and safe to share between threads. */
public interface Recommender {
    /** The name each suggestion carries: {@link Recommenders#SAME_TEXT}, {@link Recommenders#CUE_LISTS} or {@link Recommenders#MODEL}. */
    String name();

    /** Suggestions in text order (by start, then end). */
    List<Suggestion> suggest(String text);
}
