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
    /**
     * At most this many of the annotator's done articles (and as many gold ones) are learned from, spread evenly
     * over them: a desk's archive of 100,000 done articles would otherwise be held in memory whole while the
     * model trains (it filled a 256 MB heap and stalled the window in collections, issue 17), for a model that
     * learns little more from the rest.
     */
    static final int MAX_ARTICLES = 3_000;

    private TrainingData() {
    }

    /** Every n-th id so that at most {@code limit} remain, spread over the whole list, in its order. */
    static List<Long> evenSample(List<Long> ids, int limit) {
        if (ids.size() <= limit) {
            return ids;
        }
        List<Long> sample = new ArrayList<>(limit);
        for (int i = 0; i < limit; i++) {
            sample.add(ids.get((int) ((long) i * ids.size() / limit)));
        }
        return sample;
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
        return doneArticles(store, annotatorId, stop, MAX_ARTICLES);
    }

    /** {@link #doneArticles(Store, long, java.util.function.BooleanSupplier)} with at most {@code limit} of each kind. */
    static List<LabeledText> doneArticles(Store store, long annotatorId, java.util.function.BooleanSupplier stop, int limit) {
        List<LabeledText> texts = new ArrayList<>();
        List<Long> done = new ArrayList<>();
        for (Map.Entry<Long, ArticleStatus> status : new java.util.TreeMap<>(store.statuses().forAnnotator(annotatorId)).entrySet()) {
            if (status.getValue() == ArticleStatus.DONE) {
                done.add(status.getKey());
            }
        }
        Set<Long> seen = new TreeSet<>(done); // gold adds only articles the annotator has not finished, as before
        for (long articleId : evenSample(done, limit)) {
            if (stop.getAsBoolean()) {
                throw new java.util.concurrent.CancellationException("the workspace closes");
            }
            Article article = store.articles().get(articleId).orElseThrow();
            List<LabeledRange> spans = new ArrayList<>();
            for (Span span : store.spans().forArticle(article.id(), annotatorId)) {
                spans.add(new LabeledRange(span.start(), span.end(), span.label()));
            }
            texts.add(new LabeledText("a" + article.id(), article.text(), spans));
        }
        texts.addAll(goldArticles(store, seen, limit));
        return texts;
    }

    /** Articles whose adjudication is done, with their gold spans (except {@code skip}). */
    static List<LabeledText> goldArticles(Store store, Set<Long> skip) {
        return goldArticles(store, skip, Integer.MAX_VALUE); // all of them: suggest --evaluate scores on every one
    }

    /** {@link #goldArticles(Store, Set)}, at most {@code limit} of them, spread evenly (training). */
    static List<LabeledText> goldArticles(Store store, Set<Long> skip, int limit) {
        List<LabeledText> texts = new ArrayList<>();
        if (!store.gold().readable()) {
            return texts; // an annotator on a team server may not read gold
        }
        List<Long> done = new ArrayList<>();
        for (long articleId : new TreeSet<>(store.gold().articles().doneArticleIds())) {
            if (!skip.contains(articleId)) {
                done.add(articleId);
            }
        }
        for (long articleId : evenSample(done, limit)) {
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
