package io.veritag.store;

import java.nio.file.Path;

/** Where Veritag keeps its data: {@code -Dveritag.home}, else {@code $VERITAG_HOME}, else {@code ~/.veritag}. */
public final class AppHome {
    private AppHome() {
    }

    public static Path dir() {
        String property = System.getProperty("veritag.home");
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        String env = System.getenv("VERITAG_HOME");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        return Path.of(System.getProperty("user.home"), ".veritag");
    }

    /** The embedded default database (H2 adds {@code .mv.db} to this name). */
    public static Path defaultDatabase() {
        return dir().resolve("veritag");
    }
}
