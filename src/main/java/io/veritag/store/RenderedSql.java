package io.veritag.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Param;
import org.jooq.Query;
import org.jooq.impl.DSL;

/**
 * The SQL of statements that bulk work runs once per row (an article's bands, a gold span, a decision), rendered
 * once per dialect and shape and from then on only bound: building and rendering a jOOQ statement cost about as
 * much as H2's running it (JFR of `adjudicate --auto` at 100,000 articles: a third of its writing time).
 */
final class RenderedSql {
    private static final Map<String, String> RENDERED = new ConcurrentHashMap<>();
    private static final Pattern NAMED = Pattern.compile(":p(\\d+)");

    private RenderedSql() {
    }

    /**
     * The SQL of the statement {@code build} makes for this {@code shape}. Its parameters must be
     * {@link #param}s numbered 0, 1, … in the order they appear in the SQL, so that the values bound later can be
     * given in that order; a statement whose rendering puts them in another order is refused at once.
     */
    static String of(DSLContext ctx, String shape, Supplier<? extends Query> build) {
        return RENDERED.computeIfAbsent(ctx.dialect() + " " + shape, key -> {
            Query query = build.get();
            Matcher named = NAMED.matcher(ctx.renderNamedParams(query));
            for (int expected = 0; named.find(); expected++) {
                if (Integer.parseInt(named.group(1)) != expected) {
                    throw new IllegalStateException(key + ": parameter p" + named.group(1) + " rendered where p"
                            + expected + " was expected");
                }
            }
            return ctx.render(query);
        });
    }

    /** The {@code index}th parameter of a statement for {@link #of}, typed as {@code field}. */
    static <T> Param<T> param(int index, Field<T> field) {
        return DSL.param("p" + index, field);
    }

    /** A value bound as {@code field}'s type, for the statements of {@link #of} (a null keeps its type too). */
    static <T> Param<T> value(Object value, Field<T> field) {
        return DSL.val(value, field);
    }

    /** Parameters {@code first}, {@code first + 1}, … typed as the columns, for one row of an insert. */
    static List<Param<?>> params(List<Field<?>> columns, int first) {
        List<Param<?>> params = new ArrayList<>(columns.size());
        for (int i = 0; i < columns.size(); i++) {
            params.add(param(first + i, columns.get(i)));
        }
        return params;
    }

    /** The values of one row, each bound as its column's type. */
    static List<Object> values(List<Field<?>> columns, Object... values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException(values.length + " values for " + columns.size() + " columns");
        }
        List<Object> bound = new ArrayList<>(values.length);
        for (int i = 0; i < values.length; i++) {
            bound.add(value(values[i], columns.get(i)));
        }
        return bound;
    }
}
