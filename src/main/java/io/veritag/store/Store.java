package io.veritag.store;

import java.util.function.Function;
import org.jooq.DSLContext;

/**
 * Entry to the repositories. Each call outside {@link #inTransaction} commits on its own;
 * {@code inTransaction} runs a unit of work that commits whole or not at all.
 */
public final class Store {
    private final DSLContext ctx;
    private final ArticleStore articles;
    private final AnnotatorStore annotators;
    private final LabelStore labels;
    private final SpanStore spans;
    private final StatusStore statuses;

    Store(DSLContext ctx) {
        this.ctx = ctx;
        this.articles = new ArticleStore(ctx);
        this.annotators = new AnnotatorStore(ctx);
        this.labels = new LabelStore(ctx);
        this.spans = new SpanStore(ctx);
        this.statuses = new StatusStore(ctx);
    }

    public ArticleStore articles() {
        return articles;
    }

    public AnnotatorStore annotators() {
        return annotators;
    }

    public LabelStore labels() {
        return labels;
    }

    public SpanStore spans() {
        return spans;
    }

    public StatusStore statuses() {
        return statuses;
    }

    public GoldStore gold() { return new GoldStore(ctx); }
    public AgreementDataStore agreementData() { return new AgreementDataStore(ctx); }
    public DatasetStore datasets() { return new DatasetStore(ctx); }
    public SuggestStore suggestions() { return new SuggestStore(ctx); }

    /** Runs {@code work} in one transaction: committed if it returns, rolled back if it throws. */
    public <T> T inTransaction(Function<Store, T> work) {
        return ctx.transactionResult(configuration -> work.apply(new Store(configuration.dsl())));
    }

    /** Same as {@link #inTransaction(Function)} for work without a result. */
    public void inTransaction(java.util.function.Consumer<Store> work) {
        ctx.transaction(configuration -> work.accept(new Store(configuration.dsl())));
    }
}
