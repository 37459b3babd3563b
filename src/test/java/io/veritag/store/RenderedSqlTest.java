package io.veritag.store;

import static io.veritag.store.generated.Tables.GOLD_SPAN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/** Statements rendered once and then only bound: their values must go where the SQL expects them. */
class RenderedSqlTest {
    @Test
    void aStatementIsRenderedWithPlaceholdersOncePerDialectAndShape() {
        for (SQLDialect dialect : new SQLDialect[] {SQLDialect.H2, SQLDialect.POSTGRES}) {
            DSLContext ctx = DSL.using(dialect);
            String sql = RenderedSql.of(ctx, "test in order", () -> ctx.insertInto(GOLD_SPAN)
                    .set(GOLD_SPAN.START_OFFSET, RenderedSql.param(0, GOLD_SPAN.START_OFFSET))
                    .set(GOLD_SPAN.END_OFFSET, RenderedSql.param(1, GOLD_SPAN.END_OFFSET)));
            assertThat(sql).contains("?").doesNotContain(":p");
            assertThat(RenderedSql.of(ctx, "test in order", () -> {
                throw new AssertionError("rendered twice");
            })).isSameAs(sql);
        }
    }

    @Test
    void aStatementWhoseParametersRenderOutOfOrderIsRefused() {
        DSLContext ctx = DSL.using(SQLDialect.H2);
        assertThatThrownBy(() -> RenderedSql.of(ctx, "test out of order", () -> ctx.insertInto(GOLD_SPAN)
                .set(GOLD_SPAN.START_OFFSET, RenderedSql.param(1, GOLD_SPAN.START_OFFSET))
                .set(GOLD_SPAN.END_OFFSET, RenderedSql.param(0, GOLD_SPAN.END_OFFSET))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("parameter p1 rendered where p0 was expected");
    }
}
