package io.veritag.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A new file database starts as a copy of an empty one the build migrated ({@code empty.mv.db.gz} beside this
 * class), instead of running every Flyway migration on first start. The build makes it from the migrations of
 * the same build ({@link #main}), so the copy holds exactly what migrating would give (EmptyDatabaseTemplateTest
 * compares them); without it (a class path without the build's resources) a new database is migrated as before.
 */
final class EmptyDatabaseTemplate {
    static final String RESOURCE = "empty.mv.db.gz";

    private EmptyDatabaseTemplate() {
    }

    /**
     * Puts the template at {@code file} (a {@code .mv.db} path that does not exist yet): written under another
     * name first and moved into place whole, so that a killed start never leaves half a database. False when
     * there is no template or it could not be written: the caller then creates and migrates the file.
     */
    static boolean copyTo(Path file) {
        Path partial = file.resolveSibling(file.getFileName() + ".template-partial");
        if (Files.exists(file)) {
            return false;
        }
        try (InputStream packed = EmptyDatabaseTemplate.class.getResourceAsStream(RESOURCE)) {
            if (packed == null) {
                return false;
            }
            try (InputStream in = new GZIPInputStream(packed)) {
                Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
            }
            Files.move(partial, file); // refused when a file appeared meanwhile: it is never replaced
            CleanCloseSeal.write(file); // closed cleanly by the build, and unchanged since
            return true;
        } catch (IOException | RuntimeException notCopied) {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // a stray partial file is overwritten by the next try
            }
            return false;
        }
    }

    /**
     * Build step: migrates a new database in a scratch folder, closes it cleanly and writes it, gzipped, to the
     * path given as the only argument.
     */
    public static void main(String[] args) throws IOException {
        Path target = Path.of(args[0]);
        Files.deleteIfExists(target); // the database below must be migrated, not copied from an older template
        Path scratch = Files.createTempDirectory("veritag-template");
        System.setProperty("veritag.home", scratch.toString()); // its seal stays in the scratch folder
        try {
            Path base = scratch.resolve("empty");
            Database.open(base.toString()).close();
            Files.createDirectories(target.toAbsolutePath().getParent());
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(target))) {
                Files.copy(Path.of(base + ".mv.db"), out);
            }
        } finally {
            try (var files = Files.walk(scratch)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
        System.exit(0); // H2's and the upkeep's threads are done with; nothing else to wait for
    }
}
