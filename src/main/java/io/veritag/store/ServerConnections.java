package io.veritag.store;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jooq.ConnectionProvider;
import org.jooq.exception.DataAccessException;

/**
 * jOOQ's connections to a PostgreSQL server. When the server cannot be reached (restarted, network cut) the
 * caller gets one line saying so, not the pool's or the driver's message; the pool opens new connections by
 * itself once the server is back, so the next call simply works.
 */
final class ServerConnections implements ConnectionProvider {
    private final DataSource pool;
    private final String shown;

    ServerConnections(DataSource pool, String shown) {
        this.pool = pool;
        this.shown = shown;
    }

    @Override
    public Connection acquire() {
        try {
            return pool.getConnection();
        } catch (SQLException e) {
            throw unreachable(shown, e);
        }
    }

    @Override
    public void release(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new DataAccessException("Cannot give a connection back to the pool", e);
        }
    }

    static StoreException unreachable(String shown, Throwable cause) {
        return new StoreException("The database server " + shown + " cannot be reached; nothing was saved", null, cause);
    }
}
