package io.veritag.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.sql.SQLException;
import java.util.Properties;

/**
 * The connection pool to a PostgreSQL server, and the one-line messages for the ways opening it fails. The
 * password goes to the driver as a property only: never into the URL, a message or the log.
 */
final class ServerPool {
    private ServerPool() {
    }

    static HikariDataSource open(ServerLocation server, char[] password) {
        Properties properties = server.driverProperties();
        if (password != null) {
            properties.setProperty("password", new String(password));
        }
        HikariConfig config = new HikariConfig();
        config.setPoolName("veritag");
        config.setJdbcUrl(server.jdbcUrl());
        config.setDataSourceProperties(properties);
        config.setMaximumPoolSize(8);
        config.setMinimumIdle(1);
        // a server that went away is noticed within seconds, not after Hikari's default half minute
        config.setConnectionTimeout(5_000);
        config.setValidationTimeout(2_000);
        config.setInitializationFailTimeout(1);
        try {
            return new HikariDataSource(config);
        } catch (HikariPool.PoolInitializationException e) {
            throw new StoreException("Cannot open database " + server.display() + ": " + reason(e), e);
        } catch (RuntimeException e) {
            throw new StoreException("Cannot open database " + server.display() + ": " + reason(e), e);
        }
    }

    /** What went wrong, in one line, from the SQL state rather than the driver's wording. */
    static String reason(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.equals("28P01")) {
                    return "the server refused the login (wrong or missing password: use PGPASSWORD, ~/.pgpass or the dialog)";
                }
                if (state.equals("28000")) {
                    return "the server does not let this login in from here (pg_hba.conf), or the login does not exist";
                }
                if (state.equals("3D000")) {
                    return "no such database on the server (create it first: createdb)";
                }
                if (state.equals("08004") && String.valueOf(sql.getMessage()).contains("password")) {
                    return "the server wants a password and none was found (use PGPASSWORD, ~/.pgpass or the dialog)";
                }
                if (state.startsWith("08")) {
                    return "cannot reach the server (is it running, and is the host and port right?)";
                }
                if (state.equals("42501")) {
                    return "this login may not do that (permission denied)";
                }
                return firstLine(sql.getMessage());
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return firstLine(failure.getMessage());
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        return message.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse(message);
    }
}
