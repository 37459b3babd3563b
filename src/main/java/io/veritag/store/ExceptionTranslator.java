package io.veritag.store;

import java.sql.SQLException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;

/** Turns jOOQ/JDBC failures into {@link StoreException}s with a one-line message, so no caller sees jOOQ. */
final class ExceptionTranslator implements ExecuteListener {
    private final DamageState damage;

    ExceptionTranslator(DamageState damage) {
        this.damage = damage;
    }

    /** Once the file showed damage, nothing more is written to it (reads still run, for a last export). */
    @Override
    public void start(ExecuteContext ctx) {
        DamagedDatabaseException seen = damage.current();
        if (seen != null && ctx.type() != org.jooq.ExecuteType.READ) {
            throw seen;
        }
        if (damage.diskFull() != null) {
            throw damage.diskFull(); // H2 has closed the database
        }
    }
    private static final Pattern CONSTRAINT = Pattern.compile("\"?((?:PK|FK|UQ|CK|IX)_[A-Z0-9_]+)", Pattern.CASE_INSENSITIVE);

    @Override
    public void exception(ExecuteContext ctx) {
        RuntimeException original = ctx.exception();
        if (original instanceof StoreException) {
            return;
        }
        StoreException known = damage.translate(original);
        if (known != null) {
            ctx.exception(known);
            return;
        }
        SQLException sql = ctx.sqlException();
        String message = sql != null ? sql.getMessage() : String.valueOf(original.getMessage());
        String firstLine = message.lines().findFirst().orElse(message);
        if (sql != null && "42501".equals(sql.getSQLState())) {
            // the team server's grants or row-level security refused it: a rule, not a fault
            ctx.exception(new StoreException("Not allowed for this login on the team server ("
                    + firstLine.replaceFirst("^ERROR: ", "") + ")", null, original));
            return;
        }
        if (sql != null && Store.lostConnection(sql.getSQLState())) {
            ctx.exception(ServerConnections.unreachable(damage.file(), original));
            return;
        }
        Matcher m = CONSTRAINT.matcher(firstLine);
        String name = m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
        Constraint constraint = name == null ? null : Constraint.named(name).orElse(null);
        String text = name != null ? "database constraint " + name + " violated" : firstLine;
        ctx.exception(new StoreException(text, constraint, original));
    }
}
