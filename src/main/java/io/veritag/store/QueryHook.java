package io.veritag.store;

import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;

/** Runs a check before every query (tests: "no query on the event dispatch thread"). */
final class QueryHook implements ExecuteListener {
    private static final long serialVersionUID = 1L;
    private final transient Runnable beforeEachQuery;

    QueryHook(Runnable beforeEachQuery) {
        this.beforeEachQuery = beforeEachQuery;
    }

    @Override
    public void start(ExecuteContext ctx) {
        beforeEachQuery.run();
    }
}
