package io.veritag.store;

import org.jooq.DSLContext;

/** The gold layer: curators, gold spans and links, the decisions that made them, and per-article adjudication status. */
public final class GoldStore {
    private final CuratorStore curators;
    private final GoldSpanStore spans;
    private final GoldLinkStore links;
    private final GoldDecisionStore decisions;
    private final GoldArticleStore articles;
    private final GoldClusterStore clusters;

    private final DSLContext ctx;

    GoldStore(DSLContext ctx) {
        this.ctx = ctx;
        this.curators = new CuratorStore(ctx);
        this.spans = new GoldSpanStore(ctx);
        this.links = new GoldLinkStore(ctx);
        this.decisions = new GoldDecisionStore(ctx);
        this.articles = new GoldArticleStore(ctx);
        this.clusters = new GoldClusterStore(ctx);
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

    /** Claim clusters of the gold layer. */
    public GoldClusterStore clusters() {
        return clusters;
    }

    /**
     * False for a team server login that may not read gold (an annotator: gold is made from everyone's spans);
     * true on H2 and for curators.
     */
    public boolean readable() {
        if (ctx.dialect() != org.jooq.SQLDialect.POSTGRES) {
            return true;
        }
        return Boolean.TRUE.equals(ctx.select(org.jooq.impl.DSL.field(
                "has_table_privilege('gold_span', 'SELECT') AND has_table_privilege('gold_article', 'SELECT')", Boolean.class))
                .fetchOne(0, Boolean.class));
    }
}
