package io.veritag.store;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreTool;
import org.slf4j.LoggerFactory;

/**
 * Gives a large, mostly dead file its space back at a clean close, by copy and rename, never in place.
 *
 * <p>Why: H2 keeps every chunk written since the oldest open transaction began, so one long transaction (a file
 * imported whole or not at all) leaves a file many times its content (8 GB for 0.2 GB after 100,000 articles),
 * and the upkeep of an open file cannot give that back. H2's own {@code SHUTDOWN COMPACT} moves chunks inside
 * the file; that kind of in-place work is where H2's history of lost commits lies (see STACK.md).
 *
 * <p>How, after H2 has shut the database down cleanly: H2 copies the live pages of the closed file into a new
 * file beside it ({@code veritag.mv.db.compacting}, {@link MVStore#compact(String, String, boolean,
 * org.h2.mvstore.FileStore)}); every map of the copy must hold as many entries as the original's (every table
 * and index); the copy is forced to disk; the original is locked (no other program may have it) and must be
 * the very file that was closed (same inode, size and modification time); then the copy is renamed over it in
 * one atomic step and the folder is forced to disk. A kill at any moment leaves either the original untouched
 * or the whole copy in its place, and at most a leftover {@code .compacting} file, which is never opened as a
 * database and is deleted by the next open ({@link #removeLeftover}). Any doubt (a read error, a count that
 * differs, a lock held, a changed file) keeps the original as it is.
 *
 * <p>The caller holds the file's opening lock ({@link DatabaseFile#openingLock}), so no opener in this program
 * meets a half-finished compaction.
 */
final class CloseCompaction {
    /** Files smaller than this are left alone: the dead space is not worth a copy (property {@code veritag.compact.minBytes}). */
    static volatile long minBytes = Long.getLong("veritag.compact.minBytes", 64L << 20);
    /** Only a file whose live share is below this is copied (property {@code veritag.compact.maxLivePercent}). */
    static volatile int maxLivePercent = Integer.getInteger("veritag.compact.maxLivePercent", 50);
    static final String SUFFIX = ".compacting";
    /** What the last close in this program did (for tests and the log). */
    static volatile Outcome last;

    /** What a close did to the file, for the log and for tests. */
    record Outcome(boolean compacted, String reason, long bytesBefore, long bytesAfter, long millis) {
    }

    private CloseCompaction() {
    }

    /** The copy a compaction writes beside {@code file}. */
    static Path partialOf(Path file) {
        return file.resolveSibling(file.getFileName() + SUFFIX);
    }

    /**
     * At an open, before H2 sees the file: a copy a killed compaction left beside it is deleted (the original,
     * which is still there, is the database). Call only when no other program holds the file.
     */
    static void removeLeftover(Path file) {
        Path partial = partialOf(file);
        try {
            if (Files.isRegularFile(file) && Files.exists(partial)) {
                Files.delete(partial);
                LoggerFactory.getLogger(CloseCompaction.class).info("Deleted {} left by a compaction that did not finish", partial);
            }
        } catch (IOException e) {
            LoggerFactory.getLogger(CloseCompaction.class).warn("Cannot delete {}: {}", partial, e.toString());
        }
    }

    /** Compacts {@code file} (a database H2 has just shut down cleanly) when it is large and mostly dead. */
    static Outcome afterCleanClose(Path file) {
        long start = System.nanoTime();
        Path partial = partialOf(file);
        long before = -1;
        try {
            BasicFileAttributes closed = Files.readAttributes(file, BasicFileAttributes.class);
            before = closed.size();
            if (before < minBytes) {
                return skipped("small", before, start);
            }
            int livePercent = livePercent(file);
            if (livePercent >= maxLivePercent) {
                LoggerFactory.getLogger(CloseCompaction.class).info("Not compacting {} ({} MB): {} % of it is live", file,
                        before >> 20, livePercent);
                return skipped("live share " + livePercent + " %", before, start);
            }
            Files.deleteIfExists(partial);
            MVStore.compact(file.toString(), partial.toString(), false, null);
            String difference = differences(file, partial);
            if (difference != null) {
                return skipped("the copy differs from the file: " + difference, before, start);
            }
            force(partial);
            if (!replace(file, partial, closed)) {
                return skipped("the file was taken or changed during the copy", before, start);
            }
            forceFolder(file.getParent());
            Outcome done = new Outcome(true, "live share " + livePercent + " %", before, Files.size(file), millis(start));
            last = done;
            LoggerFactory.getLogger(CloseCompaction.class).info("Compacted {}: {} MB to {} MB in {} ms", file,
                    before >> 20, done.bytesAfter() >> 20, done.millis());
            return done;
        } catch (IOException | RuntimeException e) {
            LoggerFactory.getLogger(CloseCompaction.class).warn("Did not compact {}: {}", file, e.toString());
            return skipped("failed: " + e, before, start);
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // removed at the next open
            }
        }
    }

    /** The share of the file's bytes that live pages take, as H2's chunk bookkeeping says (read-only open). */
    static int livePercent(Path file) {
        try (MVStore store = new MVStore.Builder().fileName(file.toString()).readOnly().open()) {
            return store.getFileStore().getFillRate() * store.getFileStore().getChunksFillRate() / 100;
        }
    }

    /**
     * Null when both files hold the same maps with the same number of entries each (every table, every index,
     * H2's own maps); else the first difference.
     */
    static String differences(Path original, Path copy) {
        try (MVStore a = new MVStore.Builder().fileName(original.toString()).readOnly().open();
             MVStore b = new MVStore.Builder().fileName(copy.toString()).readOnly().open()) {
            Set<String> names = new TreeSet<>(a.getMapNames());
            if (!names.equals(new TreeSet<>(b.getMapNames()))) {
                return "map names " + names + " vs " + new TreeSet<>(b.getMapNames());
            }
            for (String name : names) {
                long left = a.openMap(name, genericMap()).sizeAsLong();
                long right = b.openMap(name, genericMap()).sizeAsLong();
                if (left != right) {
                    return name + ": " + left + " entries vs " + right;
                }
            }
            return null;
        }
    }

    /**
     * Renames the copy over the file while holding the file's lock (another program that opened it since the
     * close has it locked, and then nothing happens), if it is still the file H2 closed.
     */
    private static boolean replace(Path file, Path partial, BasicFileAttributes closed) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException thisProgramHasIt) {
                return false;
            }
            if (lock == null) {
                return false;
            }
            try {
                BasicFileAttributes now = Files.readAttributes(file, BasicFileAttributes.class);
                if (!Objects.equals(now.fileKey(), closed.fileKey()) || now.size() != closed.size()
                        || !now.lastModifiedTime().equals(closed.lastModifiedTime())) {
                    return false;
                }
                Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
                return true;
            } finally {
                lock.release();
            }
        }
    }

    private static void force(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /** The rename on disk too (POSIX); where a folder cannot be opened (Windows) the file system orders it itself. */
    private static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | RuntimeException notOnThisSystem) {
            // nothing more to do
        }
    }

    /** H2's map builder that reads any map's pages without knowing its types (what its own copy uses). */
    @SuppressWarnings("unchecked")
    private static MVMap.Builder<Object, Object> genericMap() {
        try {
            Method builder = MVStoreTool.class.getDeclaredMethod("getGenericMapBuilder");
            builder.setAccessible(true);
            return (MVMap.Builder<Object, Object>) builder.invoke(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("H2's generic map builder is not there: " + e, e);
        }
    }

    private static Outcome skipped(String reason, long before, long start) {
        Outcome outcome = new Outcome(false, reason, before, before, millis(start));
        last = outcome;
        if (!reason.startsWith("small") && !reason.startsWith("live share") && !reason.startsWith("failed")) {
            LoggerFactory.getLogger(CloseCompaction.class).warn("Not compacting: {}", reason);
        }
        return outcome;
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
