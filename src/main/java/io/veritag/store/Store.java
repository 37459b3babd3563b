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

    /** The jOOQ context, for store-internal work across tables (copying a whole database). */
    DSLContext dsl() {
        return ctx;
    }

    public LinkStore links() { return new LinkStore(ctx); }
    public ClusterStore clusters() { return new ClusterStore(ctx); }
    public GuidelineStore guidelines() { return new GuidelineStore(ctx); }
    public GoldStore gold() { return new GoldStore(ctx); }
    public AgreementDataStore agreementData() { return new AgreementDataStore(ctx); }
    public DatasetStore datasets() { return new DatasetStore(ctx); }
    public SuggestStore suggestions() { return new SuggestStore(ctx); }
    public ArticleOriginStore origins() { return new ArticleOriginStore(ctx); }
    public NearDuplicateStore nearDuplicates() { return new NearDuplicateStore(ctx); }

    /**
     * Runs {@code work} in one transaction: committed if it returns, rolled back if it throws. Inside another
     * transaction it runs under a savepoint. A commit the disk has no room for ends in {@link DiskFullException}.
     */
    public <T> T inTransaction(Function<Store, T> work) {
        try {
            return ctx.transactionResult(configuration -> work.apply(new Store(configuration.dsl())));
        } catch (org.jooq.exception.DataAccessException e) {
            throw translated(e);
        }
    }

    /** Same as {@link #inTransaction(Function)} for work without a result. */
    public void inTransaction(java.util.function.Consumer<Store> work) {
        inTransaction((Store tx) -> {
            work.accept(tx);
            return null;
        });
    }

    /** A failed commit (not seen by the statement listener): the disk, damage, or the driver's first line. */
    private RuntimeException translated(org.jooq.exception.DataAccessException e) {
        DamageState damage = (DamageState) ctx.configuration().data(DamageState.class);
        StoreException known = damage == null ? null : damage.translate(e);
        if (known == null && damage != null && lostConnection(e.sqlState())) {
            known = ServerConnections.unreachable(damage.file(), e); // a server that went away mid-transaction
        }
        return known != null ? known : e;
    }

    /** SQL states of a connection that is gone: class 08, or the server shutting down (57P01–57P03). */
    static boolean lostConnection(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("57P"));
    }
}
