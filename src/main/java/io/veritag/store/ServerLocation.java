package io.veritag.store;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A PostgreSQL team server named as {@code jdbc:postgresql://host[:port]/database[?user=…&sslmode=…]} or
 * {@code postgresql://[user@]host[:port]/database[?sslmode=…]}.
 *
 * <p>Only the host, port, database, user and a fixed list of harmless parameters are accepted, each checked
 * against a strict pattern. The JDBC URL is rebuilt from the checked host, port and database only; the user and
 * the parameters travel as driver properties, never spliced into the URL. A password in the location is refused:
 * it would end up in shell history, window titles and recent-connection lists (PGPASSWORD, ~/.pgpass or the
 * dialog give it instead). Parameters that load classes or files (socketFactory, sslfactory, loggerFile…) are
 * refused like every other parameter not on the list.
 *
 * @param user     the login; on a team server it is also the annotator's name
 * @param sslmode  PostgreSQL's sslmode; {@code prefer} (TLS when the server offers it) unless given
 */
public record ServerLocation(String host, int port, String database, String user, String sslmode) {
    public static final int DEFAULT_PORT = 5432;
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9.-]{0,252})|\\[[0-9A-Fa-f:.]{2,45}]");
    /** Database and login names: letters, digits, underscore, dot and dash (no quoting games, no URL syntax). */
    public static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]{0,62}");
    private static final Set<String> SSL_MODES = Set.of("disable", "allow", "prefer", "require", "verify-ca", "verify-full");
    private static final Set<String> PARAMETERS = Set.of("user", "sslmode", "connectTimeout");

    public ServerLocation {
        if (host == null || !HOST.matcher(host).matches()) {
            throw new IllegalArgumentException("not a host name: " + host);
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("not a port: " + port);
        }
        if (database == null || !NAME.matcher(database).matches()) {
            throw new IllegalArgumentException("not a database name: " + database);
        }
        if (user == null || !NAME.matcher(user).matches()) {
            throw new IllegalArgumentException("not a user name: " + user);
        }
        if (!SSL_MODES.contains(sslmode)) {
            throw new IllegalArgumentException("not an sslmode: " + sslmode);
        }
    }

    /** True when {@code location} names a PostgreSQL server (whether or not it is a valid one). */
    public static boolean isServer(String location) {
        return location != null && (startsWith(location, "jdbc:postgresql:") || startsWith(location, "postgresql:")
                || startsWith(location, "postgres:"));
    }

    /**
     * Reads a server location.
     *
     * @param defaultUser the login when the location names none (PGUSER, else the system user)
     * @throws StoreException with one line saying what is refused
     */
    public static ServerLocation parse(String location, String defaultUser) {
        String rest;
        if (startsWith(location, "jdbc:postgresql://")) {
            rest = location.substring("jdbc:postgresql://".length());
        } else if (startsWith(location, "postgresql://")) {
            rest = location.substring("postgresql://".length());
        } else if (startsWith(location, "postgres://")) {
            rest = location.substring("postgres://".length());
        } else {
            throw refused(location, "a server is named as jdbc:postgresql://host:port/database or postgresql://host:port/database");
        }
        if (rest.chars().anyMatch(c -> Character.isISOControl(c) || Character.isWhitespace(c))) {
            throw refused(location, "control characters or spaces are not allowed");
        }
        String query = "";
        int question = rest.indexOf('?');
        if (question >= 0) {
            query = rest.substring(question + 1);
            rest = rest.substring(0, question);
        }
        if (rest.contains("#")) {
            throw refused(location, "a '#' is not allowed");
        }
        int slash = rest.indexOf('/');
        if (slash < 0) {
            throw refused(location, "no database name (…/database)");
        }
        String authority = rest.substring(0, slash);
        String database = rest.substring(slash + 1);
        String user = null;
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            user = authority.substring(0, at);
            authority = authority.substring(at + 1);
            if (user.contains(":")) {
                throw refused(location, "a password in the address is not accepted (it would show in history and lists);"
                        + " use PGPASSWORD, ~/.pgpass or the dialog");
            }
        }
        String host = authority;
        int port = DEFAULT_PORT;
        int colon = authority.lastIndexOf(':');
        if (colon >= 0 && !authority.endsWith("]")) {
            host = authority.substring(0, colon);
            String digits = authority.substring(colon + 1);
            if (!digits.matches("[0-9]{1,5}") || Integer.parseInt(digits) < 1 || Integer.parseInt(digits) > 65535) {
                throw refused(location, "the port must be a number from 1 to 65535");
            }
            port = Integer.parseInt(digits);
        }
        if (host.isEmpty() || !HOST.matcher(host).matches()) {
            throw refused(location, "not a host name");
        }
        if (!NAME.matcher(database).matches()) {
            throw refused(location, "the database name may hold letters, digits, '_', '.' and '-' only");
        }
        Map<String, String> parameters = parameters(location, query);
        if (parameters.containsKey("user")) {
            if (user != null) {
                throw refused(location, "the user is given twice");
            }
            user = parameters.get("user");
        }
        if (user == null) {
            user = defaultUser;
        }
        if (user == null || !NAME.matcher(user).matches()) {
            throw refused(location, "the user name may hold letters, digits, '_', '.' and '-' only");
        }
        String sslmode = parameters.getOrDefault("sslmode", "prefer");
        if (!SSL_MODES.contains(sslmode)) {
            throw refused(location, "sslmode must be one of " + new java.util.TreeSet<>(SSL_MODES));
        }
        return new ServerLocation(host, port, database, user, sslmode);
    }

    private static Map<String, String> parameters(String location, String query) {
        Map<String, String> parameters = new TreeMap<>();
        if (query.isEmpty()) {
            return parameters;
        }
        for (String pair : query.split("&", -1)) {
            int equals = pair.indexOf('=');
            String key = decode(location, equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(location, pair.substring(equals + 1));
            if (key.equalsIgnoreCase("password")) {
                throw refused(location, "a password in the address is not accepted (it would show in history and lists);"
                        + " use PGPASSWORD, ~/.pgpass or the dialog");
            }
            if (!PARAMETERS.contains(key)) {
                throw refused(location, "the parameter " + visible(key) + " is not supported (allowed: "
                        + String.join(", ", new java.util.TreeSet<>(PARAMETERS)) + ")");
            }
            if (parameters.containsKey(key)) {
                throw refused(location, "the parameter " + key + " is given twice");
            }
            if (key.equals("connectTimeout") && !value.matches("[0-9]{1,4}")) {
                throw refused(location, "connectTimeout needs a number of seconds");
            }
            parameters.put(key, value);
        }
        return parameters;
    }

    /** The URL the driver opens: rebuilt from the checked host, port and database only. */
    public String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    /** Driver properties: user, sslmode and a fixed application name; the password is added by the caller. */
    Properties driverProperties() {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("sslmode", sslmode);
        properties.setProperty("ApplicationName", "Veritag");
        properties.setProperty("connectTimeout", "10");
        return properties;
    }

    /** How the location is shown in titles, messages and recent lists: never with a password. */
    public String display() {
        return "postgresql://" + user + "@" + host + ":" + port + "/" + database
                + (sslmode.equals("prefer") ? "" : "?sslmode=" + sslmode);
    }

    /** The same server and database with another login. */
    public ServerLocation as(String otherUser) {
        return new ServerLocation(host, port, database, otherUser, sslmode);
    }

    private static boolean startsWith(String text, String prefix) {
        return text.regionMatches(true, 0, prefix, 0, prefix.length());
    }

    private static String decode(String location, String part) {
        try {
            return URLDecoder.decode(part, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw refused(location, "a badly escaped parameter");
        }
    }

    static StoreException refused(String location, String why) {
        return new StoreException("Refused database " + visible(withoutPassword(location)) + ": " + why, null);
    }

    /** A location as typed, with any password part blanked, for messages. */
    static String withoutPassword(String location) {
        return location.replaceAll("(?i)(password=)[^&]*", "$1***").replaceAll("(//[^/@:]*):[^/@]*@", "$1:***@");
    }

    private static String visible(String text) {
        StringBuilder shown = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (Character.isISOControl(c)) {
                shown.append(String.format("\\u%04x", c));
            } else {
                shown.appendCodePoint(c);
            }
        });
        return shown.toString();
    }
}
