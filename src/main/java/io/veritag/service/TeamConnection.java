package io.veritag.service;

import io.veritag.store.ServerLocation;

/**
 * A team database on a PostgreSQL server as the window asks for it: host, port, database, login and TLS mode,
 * checked by the same rules as {@code --db postgresql://…}. It never holds a password, so it can be shown and
 * remembered as it is.
 */
public record TeamConnection(String host, int port, String database, String user, String sslmode) {
    public static final int DEFAULT_PORT = ServerLocation.DEFAULT_PORT;
    /** TLS when the server offers it, as the PostgreSQL tools do. */
    public static final String DEFAULT_SSLMODE = "prefer";
    public static final java.util.List<String> SSL_MODES = java.util.List.of("prefer", "require", "verify-ca", "verify-full",
            "allow", "disable");

    /** @throws IllegalArgumentException naming the field that is not acceptable */
    public TeamConnection {
        new ServerLocation(host, port, database, user, sslmode);
    }

    /** A remembered connection, as {@link #display()} wrote it. */
    public static TeamConnection parse(String shown) {
        ServerLocation location = ServerLocation.parse(shown, "");
        return new TeamConnection(location.host(), location.port(), location.database(), location.user(), location.sslmode());
    }

    /** {@code postgresql://user@host:port/database}, with {@code ?sslmode=} when it is not the default. */
    public String display() {
        return location().display();
    }

    ServerLocation location() {
        return new ServerLocation(host, port, database, user, sslmode);
    }
}
