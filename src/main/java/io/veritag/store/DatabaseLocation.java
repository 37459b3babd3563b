package io.veritag.store;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns what the user gave as the database (nothing, a file path, or a {@code jdbc:h2:} URL) into the JDBC URL
 * Veritag opens, with the same settings on every path to a file database, and refuses what could do harm.
 *
 * <ul>
 *   <li>A path is only a path: no {@code ;} (H2 would read what follows as settings), no control characters, no
 *       {@code scheme:} prefix.</li>
 *   <li>A URL may name a local file ({@code jdbc:h2:file:…} or {@code jdbc:h2:/…}) or a private in-memory
 *       database ({@code jdbc:h2:mem:…}); never a server ({@code tcp:}, {@code ssl:}) or a special file system.</li>
 *   <li>Nothing may start a listening server ({@code AUTO_SERVER}, {@code AUTO_SERVER_PORT},
 *       {@code AUTO_RECONNECT}) or run SQL on open ({@code INIT}); only a short list of harmless settings is
 *       accepted, and a setting that contradicts {@link #FILE_SETTINGS} or {@link #EVERY_SETTINGS} (such as
 *       {@code WRITE_DELAY=500}) is refused.</li>
 * </ul>
 */
public final class DatabaseLocation {
    /**
     * What every file database is opened with. {@code WRITE_DELAY=0}: a commit is on disk when it returns (H2's
     * default delay lost acknowledged commits on a kill).
     */
    static final Map<String, String> FILE_SETTINGS = Map.of("WRITE_DELAY", "0");

    /**
     * What every database is opened with, in memory too. {@code QUERY_CACHE_SIZE=0}: H2 2.4.240 reuses a parsed
     * statement for the same SQL, and a reused {@code EXISTS} subquery answers from before rows the same
     * transaction inserted since (an import then took an id twice); a statement parsed afresh sees them.
     */
    static final Map<String, String> EVERY_SETTINGS = Map.of("QUERY_CACHE_SIZE", "0");

    /** Settings a URL may carry besides {@link #FILE_SETTINGS}: none of them opens a port or runs code. */
    private static final Set<String> HARMLESS = Set.of("IFEXISTS", "DB_CLOSE_DELAY", "CACHE_SIZE", "TRACE_LEVEL_FILE",
            "TRACE_LEVEL_SYSTEM_OUT");
    private static final Set<String> SERVER = Set.of("AUTO_SERVER", "AUTO_SERVER_PORT", "AUTO_RECONNECT");
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]+:");
    private static final String URL_PREFIX = "jdbc:h2:";

    private DatabaseLocation() {
    }

    /**
     * The JDBC URL for a location.
     *
     * @param location null or blank for the embedded default database, a {@code jdbc:h2:} URL, or a file path
     *                 (with or without the {@code .mv.db} ending)
     * @throws StoreException with one line saying what is refused and why
     */
    public static String jdbcUrl(String location) {
        if (location == null || location.isBlank()) {
            return fileUrl(AppHome.defaultDatabase());
        }
        if (location.regionMatches(true, 0, "jdbc:", 0, 5)) {
            return fromUrl(location);
        }
        return fileUrl(fromPath(location));
    }

    /**
     * True when {@code location} names a file database that does not exist yet, so that opening it makes a new,
     * empty one: no annotators to offer, nothing to read. False for anything else, a location that would be
     * refused included (opening it says why).
     */
    public static boolean isNewFile(String location) {
        if (ServerLocation.isServer(location)) {
            return false;
        }
        try {
            String url = jdbcUrl(location);
            return isFile(url) && !url.toUpperCase(Locale.ROOT).contains(";IFEXISTS=TRUE")
                    && !java.nio.file.Files.exists(Path.of(file(url) + ".mv.db"));
        } catch (StoreException | InvalidPathException refused) {
            return false;
        }
    }

    /** True if the URL (as returned by {@link #jdbcUrl}) names a file database. */
    public static boolean isFile(String jdbcUrl) {
        return jdbcUrl.startsWith(URL_PREFIX + "file:");
    }

    /** The file a file URL names, without H2's {@code .mv.db} ending. */
    public static Path file(String jdbcUrl) {
        return Path.of(jdbcUrl.substring((URL_PREFIX + "file:").length()).split(";", 2)[0]);
    }

    private static Path fromPath(String location) {
        for (int i = 0; i < location.length(); i++) {
            char c = location.charAt(i);
            if (c == ';') {
                throw refused(location, "a path cannot contain ';' (H2 would read what follows as settings)");
            }
            if (Character.isISOControl(c)) {
                throw refused(location, "a path cannot contain control characters");
            }
        }
        if (SCHEME.matcher(location).find()) {
            throw refused(location, "this looks like a URL; give a file path, or a jdbc:h2:file: URL");
        }
        String path = location.endsWith(".mv.db") ? location.substring(0, location.length() - ".mv.db".length()) : location;
        try {
            return Path.of(path);
        } catch (InvalidPathException e) {
            throw refused(location, "not a valid path: " + e.getReason());
        }
    }

    private static String fromUrl(String url) {
        if (!url.startsWith(URL_PREFIX)) {
            throw refused(url, "only jdbc:h2: URLs (or a jdbc:postgresql:// server) are supported");
        }
        String[] parts = url.substring(URL_PREFIX.length()).split(";", -1);
        for (int i = 0; i < parts.length - 1; i++) {
            if (parts[i].endsWith("\\")) {
                throw refused(url, "an escaped ';' is not allowed");
            }
        }
        String name = parts[0];
        boolean memory = name.startsWith("mem:");
        if (name.startsWith("file:")) {
            name = name.substring("file:".length());
        }
        if (!memory && SCHEME.matcher(name).find()) {
            throw refused(url, "only local files (jdbc:h2:file:) and private in-memory databases (jdbc:h2:mem:) are"
                    + " allowed, not servers or special file systems");
        }
        if (name.isBlank() || name.chars().anyMatch(Character::isISOControl)) {
            throw refused(url, "no database name");
        }
        Map<String, String> settings = new LinkedHashMap<>();
        for (int i = 1; i < parts.length; i++) {
            readSetting(url, parts[i], settings);
        }
        if (!memory) {
            require(url, settings, FILE_SETTINGS, "which keeps every saved change on disk");
        }
        require(url, settings, EVERY_SETTINGS, "which lets a query see rows inserted earlier in its own transaction");
        return URL_PREFIX + (memory ? "" : "file:") + name + render(settings);
    }

    /** Adds each required setting the URL lacks, and refuses a URL that gives it another value. */
    private static void require(String url, Map<String, String> settings, Map<String, String> required, String why) {
        for (Map.Entry<String, String> setting : required.entrySet()) {
            String given = settings.putIfAbsent(setting.getKey(), setting.getValue());
            if (given != null && !given.equalsIgnoreCase(setting.getValue())) {
                throw refused(url, setting.getKey() + "=" + given + " contradicts " + setting.getKey() + "="
                        + setting.getValue() + ", " + why);
            }
        }
    }

    private static void readSetting(String url, String part, Map<String, String> settings) {
        if (part.isEmpty()) {
            return;
        }
        int equals = part.indexOf('=');
        String key = (equals < 0 ? part : part.substring(0, equals)).strip().toUpperCase(Locale.ROOT);
        String value = equals < 0 ? "" : part.substring(equals + 1).strip();
        if (SERVER.contains(key)) {
            throw refused(url, key + " would start a server listening on the network; Veritag opens its database"
                    + " for itself only");
        }
        if (key.equals("INIT")) {
            throw refused(url, "INIT would run SQL or a script each time the database opens");
        }
        if (!HARMLESS.contains(key) && !FILE_SETTINGS.containsKey(key) && !EVERY_SETTINGS.containsKey(key)) {
            throw refused(url, "the setting " + key + " is not supported (allowed: " + allowedSettings() + ")");
        }
        if (value.isEmpty() || !value.matches("[A-Za-z0-9_-]+")) {
            throw refused(url, "the setting " + key + " needs a plain value");
        }
        settings.put(key, value);
    }

    private static String allowedSettings() {
        return String.join(", ", new java.util.TreeSet<>(union()));
    }

    private static Set<String> union() {
        java.util.Set<String> all = new java.util.HashSet<>(HARMLESS);
        all.addAll(FILE_SETTINGS.keySet());
        all.addAll(EVERY_SETTINGS.keySet());
        return all;
    }

    private static String fileUrl(Path path) {
        Map<String, String> settings = new LinkedHashMap<>(FILE_SETTINGS);
        settings.putAll(EVERY_SETTINGS);
        return URL_PREFIX + "file:" + path.toAbsolutePath().normalize() + render(settings);
    }

    private static String render(Map<String, String> settings) {
        StringBuilder url = new StringBuilder();
        settings.forEach((key, value) -> url.append(';').append(key).append('=').append(value));
        return url.toString();
    }

    private static StoreException refused(String location, String why) {
        return new StoreException("Refused database " + visible(location) + ": " + why, null);
    }

    /** The location as typed, with control characters shown as escapes so that none reaches the terminal. */
    private static String visible(String location) {
        StringBuilder shown = new StringBuilder();
        location.codePoints().forEach(c -> {
            if (Character.isISOControl(c)) {
                shown.append(String.format("\\u%04x", c));
            } else {
                shown.appendCodePoint(c);
            }
        });
        return shown.toString();
    }
}
