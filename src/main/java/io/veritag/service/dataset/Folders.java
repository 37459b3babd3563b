package io.veritag.service.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Removal of an abandoned export folder. */
final class Folders {
    private Folders() {
    }

    /** Deletes a folder and everything in it, for cleaning up after a failure or a cancel. */
    static void deleteTree(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not remove the unfinished export " + folder + ": " + e.getMessage(), e);
        }
    }
}
