package io.veritag.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds a server password the PostgreSQL way: {@code PGPASSWORD}, then the password file ({@code PGPASSFILE},
 * else {@code ~/.pgpass}), whose lines are {@code host:port:database:user:password} with {@code *} matching
 * anything and {@code \:} / {@code \\} as escapes. The first matching line wins. Nothing here is logged.
 */
public final class ServerPassword {
    private final Map<String, String> environment;
    private final Path home;

    public ServerPassword(Map<String, String> environment, Path home) {
        this.environment = environment;
        this.home = home;
    }

    /** The password source of this process: its environment and home folder. */
    public static ServerPassword ofThisProcess() {
        return new ServerPassword(System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /** The login to use when a location names none: {@code PGUSER}, else the system user. */
    public String defaultUser() {
        String user = environment.get("PGUSER");
        return user != null && !user.isBlank() ? user : System.getProperty("user.name");
    }

    /** The password for a server login, if the environment or the password file has one. */
    public Optional<char[]> find(ServerLocation server) {
        String fromEnvironment = environment.get("PGPASSWORD");
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return Optional.of(fromEnvironment.toCharArray());
        }
        String passFile = environment.get("PGPASSFILE");
        Path file = passFile != null && !passFile.isBlank() ? Path.of(passFile) : home.resolve(".pgpass");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            return Optional.empty();
        }
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> fields = fields(line);
            if (fields.size() == 5 && matches(fields.get(0), server.host()) && matches(fields.get(1), String.valueOf(server.port()))
                    && matches(fields.get(2), server.database()) && matches(fields.get(3), server.user())) {
                return Optional.of(fields.get(4).toCharArray());
            }
        }
        return Optional.empty();
    }

    private static boolean matches(String field, String value) {
        return field.equals("*") || field.equals(value)
                || (field.equals("localhost") && value.equals("127.0.0.1"));
    }

    /** Splits a password-file line at unescaped colons, removing the escapes. */
    static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                field.append(line.charAt(++i));
            } else if (c == ':' && fields.size() < 4) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
