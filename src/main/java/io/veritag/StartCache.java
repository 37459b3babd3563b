package io.veritag;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desktop image's class-data-sharing archive ({@code lib/app/veritag.jsa}), which the launcher passes with
 * {@code -XX:SharedArchiveFile=$APPDIR/veritag.jsa}. On Java 17 such an archive only fits the folder it was
 * made in: a copied or moved image still starts (silently, with the runtime's own archive), just slower. So
 * the archive is made by this class, at build time and again the first time the window opens from a new
 * folder, and a note beside it ({@code veritag.jsa.origin}) says for which folder it was made.
 *
 * <p>Run as a program ({@code java -cp lib/app/veritag.jar io.veritag.StartCache}) it makes the archive for
 * the folder its jar is in, and waits: the build does that. {@link #refreshIfMoved()} starts the same run as
 * a separate, low-priority process that outlives the window.
 */
public final class StartCache {
    private static final String ARCHIVE = "veritag.jsa";
    private static final String ORIGIN = "veritag.jsa.origin";
    /** Let the window finish starting before the training run competes with it for the processor. */
    private static final long DELAY_BEFORE_TRAINING_SECONDS = 20;

    private final Path appFolder;

    private StartCache(Path appFolder) {
        this.appFolder = appFolder;
    }

    /** The cache of the desktop image this process was started from, if it was started by its launcher. */
    static Optional<StartCache> ofThisLauncher() {
        String launcher = System.getProperty("jpackage.app-path");
        if (launcher == null) {
            return Optional.empty();
        }
        Path image = Path.of(launcher).toAbsolutePath().getParent().getParent();
        Path app = image.resolve("lib").resolve("app");
        return Files.isRegularFile(app.resolve("veritag.jar")) ? Optional.of(new StartCache(app)) : Optional.empty();
    }

    /** Whether the archive beside the jar was made for this very folder. */
    boolean fitsHere() {
        try {
            return Files.isRegularFile(appFolder.resolve(ARCHIVE))
                    && Files.readString(appFolder.resolve(ORIGIN), StandardCharsets.UTF_8).strip().equals(folderKey());
        } catch (IOException missing) {
            return false;
        }
    }

    /**
     * When the image was copied or moved since its archive was made, and its folder is writable, makes a new
     * archive in a separate low-priority process after a pause; the next start is fast again.
     */
    public static void refreshIfMoved() {
        ofThisLauncher().filter(cache -> !cache.fitsHere() && Files.isWritable(cache.appFolder)).ifPresent(cache -> {
            // looked up here, not in a static field: the build's run of main() must not start logging
            Logger log = LoggerFactory.getLogger(StartCache.class);
            try {
                List<String> command = new ArrayList<>(lowPriority());
                command.addAll(List.of(javaCommand(), "-Xshare:auto", "-cp", cache.jar().toString(),
                        StartCache.class.getName(), "--after", String.valueOf(DELAY_BEFORE_TRAINING_SECONDS)));
                new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
                log.info("the desktop image has moved to {}: making its start-up archive again", cache.appFolder);
            } catch (IOException e) {
                log.warn("could not start the start-up archive run for {}", cache.appFolder, e);
            }
        });
    }

    /** Makes the archive for the folder this class's jar is in; with {@code --after N}, waits N seconds first. */
    public static void main(String[] args) throws Exception {
        if (args.length == 2 && "--after".equals(args[0])) {
            TimeUnit.SECONDS.sleep(Long.parseLong(args[1]));
        }
        Path jar = Path.of(StartCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        int exitCode = new StartCache(jar.getParent()).make();
        System.exit(exitCode);
    }

    /**
     * One training run of the program ({@link ClassDataTraining}: the window built and painted off screen) in a
     * fresh JVM that writes the archive at exit, into a temporary name first so that a running launcher never
     * maps half a file; then the note for this folder.
     */
    int make() throws IOException, InterruptedException {
        Path scratch = Files.createTempDirectory("veritag-start-cache");
        Path partial = appFolder.resolve(ARCHIVE + ".partial");
        try {
            Files.deleteIfExists(partial);
            // The class path must be the launcher's exactly ($APPDIR/veritag.jar) or the archive will not fit.
            Process training = new ProcessBuilder(javaCommand(), "-XX:ArchiveClassesAtExit=" + partial,
                    "-Xlog:cds=off", "-Xlog:cds+dynamic=off",
                    "-Dveritag.home=" + scratch, "-Djava.util.prefs.userRoot=" + scratch.resolve("prefs"),
                    "-cp", jar().toString(), ClassDataTraining.class.getName())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            int exitCode = training.waitFor();
            if (exitCode != 0 || !Files.isRegularFile(partial)) {
                System.err.println("veritag: the start-up archive for " + appFolder + " could not be made (exit code " + exitCode + ")");
                return exitCode == 0 ? 1 : exitCode;
            }
            moveIntoPlace(partial, appFolder.resolve(ARCHIVE));
            Files.writeString(appFolder.resolve(ORIGIN), folderKey() + "\n", StandardCharsets.UTF_8);
            return 0;
        } finally {
            Files.deleteIfExists(partial);
            deleteTree(scratch);
        }
    }

    private Path jar() {
        return appFolder.resolve("veritag.jar");
    }

    private String folderKey() throws IOException {
        return appFolder.toRealPath().toString();
    }

    private static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static List<String> lowPriority() {
        return Files.isExecutable(Path.of("/usr/bin/nice")) ? List.of("/usr/bin/nice", "-n", "19") : List.of();
    }

    private static void moveIntoPlace(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
