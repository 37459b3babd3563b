package io.veritag.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Program and schema version, filled in by the build. */
public final class AppVersion {
    private static final Properties PROPERTIES = load();

    private AppVersion() {
    }

    public static String program() {
        return PROPERTIES.getProperty("version", "dev");
    }

    public static String schema() {
        return PROPERTIES.getProperty("schema", "dev");
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = AppVersion.class.getResourceAsStream("/io/veritag/version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
