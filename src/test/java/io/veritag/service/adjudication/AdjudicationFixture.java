package io.veritag.service.adjudication;

import io.veritag.model.Annotator;
import io.veritag.model.ArticleStatus;
import io.veritag.model.NewArticle;
import io.veritag.model.gold.LabeledRange;
import io.veritag.store.Store;

/**
 * A small finished batch for adjudication tests: anna and ben have both finished "k1" and "k2"; ben is
 * still working on "k3".
 *
 * <p>In k1 they agree on the headline claim, disagree on the boundary of the denial, ben alone marks
 * "Some think", and they give "troops may return" different labels. In k2 they agree on one span and anna
 * alone marks another.
 */
public final class AdjudicationFixture {
    public static final String K1 = "Kherson is free 🇺🇦 now, officials said. Russia denied it. Some think troops may return.";
    public static final String K2 = "Power is back 😀 in the city. Prices fell.";
    public static final String K3 = "Nothing decided here yet.";

    public final long k1;
    public final long k2;
    public final long k3;
    public final Annotator anna;
    public final Annotator ben;

    public AdjudicationFixture(Store store) {
        k1 = store.articles().insert(new NewArticle("k1", "Kherson is free", "Outlet", null, null, K1), "sha-k1");
        k2 = store.articles().insert(new NewArticle("k2", "Power is back", "Outlet", null, null, K2), "sha-k2");
        k3 = store.articles().insert(new NewArticle("k3", "Nothing yet", "Outlet", null, null, K3), "sha-k3");
        anna = store.annotators().getOrCreate("anna");
        ben = store.annotators().getOrCreate("ben");

        span(store, k1, anna, K1, "Kherson is free 🇺🇦 now", "CLAIM");
        span(store, k1, ben, K1, "Kherson is free 🇺🇦 now", "CLAIM");
        span(store, k1, anna, K1, "Russia denied it", "DENIAL");
        span(store, k1, ben, K1, "Russia denied it.", "DENIAL");
        span(store, k1, ben, K1, "Some think", "SPECULATION");
        span(store, k1, anna, K1, "troops may return", "SPECULATION");
        span(store, k1, ben, K1, "troops may return", "CLAIM");

        span(store, k2, anna, K2, "Power is back 😀", "CLAIM");
        span(store, k2, ben, K2, "Power is back 😀", "CLAIM");
        span(store, k2, anna, K2, "Prices fell", "CLAIM");

        span(store, k3, anna, K3, "Nothing", "DENIAL");

        for (long article : new long[] {k1, k2}) {
            store.statuses().set(article, anna.id(), ArticleStatus.DONE);
            store.statuses().set(article, ben.id(), ArticleStatus.DONE);
        }
        store.statuses().set(k3, anna.id(), ArticleStatus.DONE);
        store.statuses().set(k3, ben.id(), ArticleStatus.IN_PROGRESS);
    }

    /** The range of {@code phrase} in {@code text} (UTF-16 offsets), with a label. */
    public static LabeledRange range(String text, String phrase, String label) {
        int start = text.indexOf(phrase);
        if (start < 0) {
            throw new IllegalArgumentException(phrase + " is not in the text");
        }
        return new LabeledRange(start, start + phrase.length(), label);
    }

    private static void span(Store store, long article, Annotator annotator, String text, String phrase, String label) {
        LabeledRange r = range(text, phrase, label);
        store.spans().insert(article, annotator.id(), r.start(), r.end(), r.label(), null);
    }
}
