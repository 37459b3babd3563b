package io.veritag.store.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Where a search index derived from the database lives. An index that cannot be read (damaged, or written by
 * another Lucene) is deleted and built again; if the folder cannot be used at all, the index lives in memory.
 */
final class DerivedIndexFolder {
    /** Opens an index on a Lucene directory. */
    @FunctionalInterface
    interface Opener<T> {
        T open(Directory directory) throws IOException;
    }

    private DerivedIndexFolder() {
    }

    static <T> T open(Path folder, Opener<T> opener) {
        try {
            Files.createDirectories(folder);
            try {
                return opener.open(FSDirectory.open(folder));
            } catch (IOException | RuntimeException unreadable) {
                deleteContents(folder);
                return opener.open(FSDirectory.open(folder));
            }
        } catch (IOException | RuntimeException unusable) {
            return inMemory(opener);
        }
    }

    static <T> T inMemory(Opener<T> opener) {
        try {
            return opener.open(new ByteBuffersDirectory());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteContents(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                if (!p.equals(folder)) {
                    Files.delete(p);
                }
            }
        }
    }
}
