package io.veritag.store;

import org.jooq.DSLContext;

/** The gold layer: curators, gold spans and links, the decisions that made them, and per-article adjudication status. */
public final class GoldStore {
    private final CuratorStore curators;
    private final GoldSpanStore spans;
    private final GoldLinkStore links;
    private final GoldDecisionStore decisions;
    private final GoldArticleStore articles;

    GoldStore(DSLContext ctx) {
        this.curators = new CuratorStore(ctx);
        this.spans = new GoldSpanStore(ctx);
        this.links = new GoldLinkStore(ctx);
        this.decisions = new GoldDecisionStore(ctx);
        this.articles = new GoldArticleStore(ctx);
    }

    public CuratorStore curators() {
        return curators;
    }

    public GoldSpanStore spans() {
        return spans;
    }

    public GoldLinkStore links() {
        return links;
    }

    public GoldDecisionStore decisions() {
        return decisions;
    }

    public GoldArticleStore articles() {
        return articles;
    }
}
