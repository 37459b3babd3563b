package io.veritag.service.adjudication;

import io.veritag.model.Annotator;
import io.veritag.model.ArticleStatus;
import io.veritag.model.LinkType;
import io.veritag.model.NewArticle;
import io.veritag.model.SourceType;
import io.veritag.model.Span;
import io.veritag.model.gold.LabeledRange;
import io.veritag.store.Store;

/**
 * A finished article with sources and links for adjudication tests. anna and ben both mark "Shoigu" as the source
 * of "the bridge is held" (anna: military, ben: official) and link them; both mark the claim "the bridge fell";
 * their denials differ in boundaries ("Officials denied that the bridge fell" / "denied that the bridge fell") and
 * each links theirs to that claim; anna alone marks "a witness" and says the claim was said by the witness.
 */
public final class LinkFixture {
    public static final String L1 = "Shoigu said the bridge is held. Officials denied that the bridge fell. "
            + "It fell, a witness said.";

    public final long l1;
    public final Annotator anna;
    public final Annotator ben;

    public LinkFixture(Store store) {
        l1 = store.articles().insert(new NewArticle("l1", "The bridge", "Outlet", null, null, L1), "sha-l1");
        anna = store.annotators().getOrCreate("anna");
        ben = store.annotators().getOrCreate("ben");
        for (Annotator who : new Annotator[] {anna, ben}) {
            Span shoigu = span(store, who, "Shoigu", "SOURCE", who == anna ? SourceType.MILITARY : SourceType.OFFICIAL);
            Span held = span(store, who, "the bridge is held", "CLAIM", null);
            store.links().insert(held.id(), shoigu.id(), LinkType.SAID_BY);
            Span fell = span(store, who, "It fell", "CLAIM", null);
            Span denial = span(store, who, who == anna ? "Officials denied that the bridge fell" : "denied that the bridge fell",
                    "DENIAL", null);
            store.links().insert(denial.id(), fell.id(), LinkType.DENIES);
            if (who == anna) {
                Span witness = span(store, who, "a witness", "SOURCE", SourceType.WITNESS);
                store.links().insert(fell.id(), witness.id(), LinkType.SAID_BY);
            }
            store.statuses().set(l1, who.id(), ArticleStatus.DONE);
        }
    }

    public static LabeledRange range(String phrase, String label) {
        return AdjudicationFixture.range(L1, phrase, label);
    }

    private Span span(Store store, Annotator who, String phrase, String label, SourceType type) {
        LabeledRange r = range(phrase, label);
        return store.spans().insert(l1, who.id(), r.start(), r.end(), r.label(), null, type, null);
    }
}
