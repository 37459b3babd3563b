package io.veritag.service.care;

import io.veritag.store.AppHome;
import io.veritag.store.Snapshots;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The automatic backups of one database file, kept in {@code <data folder>/backups/} as
 * {@code <name>-<yyyyMMdd-HHmmss>.sql.gz} with a small note of what each holds beside it. Rotation keeps
 * the newest {@value #KEEP_NEWEST} and the newest of each of the last {@value #KEEP_DAYS} days.
 */
public final class BackupFolder {
    static final int KEEP_NEWEST = 5;
    static final int KEEP_DAYS = 7;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final String SUFFIX = ".sql.gz";

    private final Path dir;
    private final String name;
    private final ZoneId zone;

    BackupFolder(Path dir, String name, ZoneId zone) {
        this.dir = dir;
        this.name = name;
        this.zone = zone;
    }

    /**
     * The backups of the database file {@code file}. The default database's are called {@code veritag-…};
     * another file's carry its name and a short hash of its full path, so two {@code team.mv.db} in
     * different folders never share backups.
     */
    public static BackupFolder of(Path file) {
        Path normal = file.toAbsolutePath().normalize();
        String stem = normal.getFileName().toString().replaceFirst("\\.mv\\.db$", "");
        boolean isDefault = normal.equals(Path.of(AppHome.defaultDatabase() + ".mv.db").toAbsolutePath().normalize());
        String safeStem = stem.replaceAll("[^A-Za-z0-9._-]", "_");
        String name = isDefault ? safeStem : safeStem + "-" + HexFormat.of().formatHex(sha256(normal.toString())).substring(0, 8);
        return new BackupFolder(AppHome.dir().resolve("backups"), name, ZoneId.systemDefault());
    }

    public Path dir() {
        return dir;
    }

    /** Where a backup taken at {@code when} goes. */
    Path fileFor(Instant when) {
        return dir.resolve(name + "-" + STAMP.format(LocalDateTime.ofInstant(when, zone)) + SUFFIX);
    }

    /** This database's backups, newest first. */
    public List<Backup> list() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        Pattern pattern = Pattern.compile(Pattern.quote(name) + "-(\\d{8}-\\d{6})" + Pattern.quote(SUFFIX));
        List<Backup> backups = new ArrayList<>();
        try (var files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Matcher m = pattern.matcher(file.getFileName().toString());
                if (m.matches()) {
                    Instant taken = LocalDateTime.parse(m.group(1), STAMP).atZone(zone).toInstant();
                    backups.add(read(file, taken));
                }
            }
        } catch (IOException e) {
            return List.of();
        }
        backups.sort((a, b) -> b.taken().compareTo(a.taken()));
        return backups;
    }

    public Optional<Backup> newest() {
        return list().stream().findFirst();
    }

    /** Records what a new backup holds, then removes the backups rotation no longer keeps. */
    Backup added(Path file, Instant taken, Snapshots.Contents contents) throws IOException {
        Properties note = new Properties();
        note.setProperty("articles", Long.toString(contents.articles()));
        note.setProperty("spans", Long.toString(contents.spans()));
        note.setProperty("annotators", Long.toString(contents.annotators()));
        note.setProperty("goldDecisions", Long.toString(contents.goldDecisions()));
        try (Writer writer = Files.newBufferedWriter(noteOf(file), StandardCharsets.UTF_8)) {
            note.store(writer, "what the backup beside this note holds");
        }
        rotate();
        return new Backup(file, taken, contents.articles(), contents.spans(), contents.annotators(), contents.goldDecisions());
    }

    /** Keeps the newest few and the newest of each of the last days; deletes the rest. */
    void rotate() throws IOException {
        List<Backup> backups = list();
        Set<Path> keep = new HashSet<>();
        backups.stream().limit(KEEP_NEWEST).forEach(b -> keep.add(b.file()));
        if (!backups.isEmpty()) {
            LocalDate newestDay = LocalDate.ofInstant(backups.get(0).taken(), zone);
            Set<LocalDate> daysSeen = new HashSet<>();
            for (Backup backup : backups) { // newest first: the first of each day is that day's newest
                LocalDate day = LocalDate.ofInstant(backup.taken(), zone);
                if (day.isAfter(newestDay.minusDays(KEEP_DAYS)) && daysSeen.add(day)) {
                    keep.add(backup.file());
                }
            }
        }
        for (Backup backup : backups) {
            if (!keep.contains(backup.file())) {
                Files.deleteIfExists(backup.file());
                Files.deleteIfExists(noteOf(backup.file()));
            }
        }
    }

    private Backup read(Path file, Instant taken) {
        Properties note = new Properties();
        try (Reader reader = Files.newBufferedReader(noteOf(file), StandardCharsets.UTF_8)) {
            note.load(reader);
            return new Backup(file, taken, number(note, "articles"), number(note, "spans"), number(note, "annotators"),
                    number(note, "goldDecisions"));
        } catch (IOException | NumberFormatException e) {
            return new Backup(file, taken, -1, -1, -1, -1);
        }
    }

    private static long number(Properties note, String key) {
        return Long.parseLong(note.getProperty(key, "-1"));
    }

    static Path noteOf(Path backup) {
        return backup.resolveSibling(backup.getFileName().toString().replaceFirst("\\.sql\\.gz$", ".properties"));
    }

    private static byte[] sha256(String text) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
