package io.veritag.service.dataset;

import io.veritag.io.AnnotatedDocument;
import java.util.List;
import java.util.function.Consumer;

/**
 * Where an export takes its spans from: annotators' layers ({@link AnnotatorSpanSource}) or, once adjudication
 * exists, the gold layer. Articles come in external-id order, each with one document per layer, spans in UTF-16.
 */
public interface SpanSource {
    /** What is exported, for the manifest: {@code annotators} or {@code gold}. */
    String kind();

    /** The layer names this source can give (annotator names, or {@code gold}), sorted. */
    List<String> layers();

    /** External ids of the articles that have at least one layer to export, in export order. */
    List<String> articleIds(boolean allStatuses);

    /**
     * Streams those articles in the same order; {@code action} gets one article's documents (one per layer,
     * ordered by layer name). With {@code allStatuses} false only layers marked done are given.
     */
    void forEachArticle(boolean allStatuses, Consumer<List<AnnotatedDocument>> action);
}
