package io.veritag.service.suggest;

import io.veritag.model.Article;
import io.veritag.model.ArticleStatus;
import io.veritag.model.Span;
import io.veritag.model.gold.GoldSpan;
import io.veritag.model.gold.LabeledRange;
import io.veritag.store.Store;
import io.veritag.suggest.LabeledPhrase;
import io.veritag.suggest.LabeledText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What recommenders may learn from for one annotator, and nothing else: the annotator's own spans and the
 * gold layer. Never another annotator's spans (blind labeling), whatever the annotator has chosen to see.
 */
final class TrainingData {
    private TrainingData() {
    }

    /** Articles this annotator marked done, with their own spans; then articles whose gold is done, with gold spans. */
    static List<LabeledText> doneArticles(Store store, long annotatorId) {
        return doneArticles(store, annotatorId, () -> false);
    }

    /**
     * The same, stopping with a {@link java.util.concurrent.CancellationException} between two articles once
     * {@code stop} says so (the window closes): the reading thread is never interrupted, which would make H2
     * close the file under every other reader (see {@code BackupSchedule}).
     */
    static List<LabeledText> doneArticles(Store store, long annotatorId, java.util.function.BooleanSupplier stop) {
        List<LabeledText> texts = new ArrayList<>();
        Set<Long> seen = new TreeSet<>();
        for (Map.Entry<Long, ArticleStatus> status : new java.util.TreeMap<>(store.statuses().forAnnotator(annotatorId)).entrySet()) {
            if (status.getValue() != ArticleStatus.DONE) {
                continue;
            }
            if (stop.getAsBoolean()) {
                throw new java.util.concurrent.CancellationException("the workspace closes");
            }
            Article article = store.articles().get(status.getKey()).orElseThrow();
            List<LabeledRange> spans = new ArrayList<>();
            for (Span span : store.spans().forArticle(article.id(), annotatorId)) {
                spans.add(new LabeledRange(span.start(), span.end(), span.label()));
            }
            texts.add(new LabeledText("a" + article.id(), article.text(), spans));
            seen.add(article.id());
        }
        texts.addAll(goldArticles(store, seen));
        return texts;
    }

    /** Articles whose adjudication is done, with their gold spans (except {@code skip}). */
    static List<LabeledText> goldArticles(Store store, Set<Long> skip) {
        List<LabeledText> texts = new ArrayList<>();
        if (!store.gold().readable()) {
            return texts; // an annotator on a team server may not read gold
        }
        for (long articleId : new TreeSet<>(store.gold().articles().doneArticleIds())) {
            if (skip.contains(articleId)) {
                continue;
            }
            Article article = store.articles().get(articleId).orElseThrow();
            List<LabeledRange> spans = new ArrayList<>();
            for (GoldSpan span : store.gold().spans().forArticle(articleId)) {
                spans.add(new LabeledRange(span.start(), span.end(), span.label()));
            }
            texts.add(new LabeledText("g" + articleId, article.text(), spans));
        }
        return texts;
    }

    /** The texts of this annotator's own spans (in every article, done or not) and of every gold span. */
    static List<LabeledPhrase> phrases(Store store, long annotatorId) {
        List<LabeledPhrase> phrases = new ArrayList<>();
        store.suggestions().forEachSpanText(annotatorId, (text, label) -> phrases.add(new LabeledPhrase(text, label)));
        if (store.gold().readable()) {
            store.suggestions().forEachSpanText(null, (text, label) -> phrases.add(new LabeledPhrase(text, label)));
        }
        return phrases;
    }

    /** Changes whenever {@link #phrases} would. */
    static String phrasesFingerprint(Store store, long annotatorId) {
        return store.suggestions().spansFingerprint(annotatorId) + "|" + goldFingerprint(store);
    }

    /** Changes whenever {@link #doneArticles} would (done articles, their spans, gold). */
    static String doneFingerprint(Store store, long annotatorId) {
        Set<Long> done = new TreeSet<>();
        store.statuses().forAnnotator(annotatorId).forEach((id, status) -> {
            if (status == ArticleStatus.DONE) {
                done.add(id);
            }
        });
        // only spans in done articles: accepting a suggestion in the open article must not retrain the model
        String gold = store.gold().readable()
                ? new TreeSet<>(store.gold().articles().doneArticleIds()) + "|" + store.suggestions().spansFingerprint(null)
                : "no gold";
        return done + "|" + store.suggestions().doneSpansFingerprint(annotatorId) + "|" + gold;
    }

    private static String goldFingerprint(Store store) {
        return store.gold().readable() ? store.suggestions().spansFingerprint(null) : "no gold";
    }
}
