package io.veritag.service.dataset;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The hidden folder an export writes into ({@code .<name>.partial-<8 hex>} beside the destination) and the lock
 * that says it is alive. A killed export leaves its folder behind; the next export in the same place deletes
 * every such folder whose lock nobody holds, so leftovers do not pile up (one was 116 MB).
 */
final class PartialExport implements AutoCloseable {
    private static final String LOCK = ".export.lock";
    private static final Pattern NAME = Pattern.compile("\\..+\\.partial-[0-9a-f]{8}");
    /** A folder without a lock file may be an export between creating its folder and its lock. */
    private static final Duration UNLOCKED_GRACE = Duration.ofMinutes(1);

    private final Path folder;
    private final FileChannel channel;
    private final FileLock lock;

    private PartialExport(Path folder, FileChannel channel, FileLock lock) {
        this.folder = folder;
        this.channel = channel;
        this.lock = lock;
    }

    /** Creates and locks the hidden folder for {@code destination}. */
    static PartialExport create(Path destination) throws IOException {
        Path folder = destination.toAbsolutePath().resolveSibling(
                "." + destination.getFileName() + ".partial-" + UUID.randomUUID().toString().substring(0, 8));
        Files.createDirectories(folder);
        FileChannel channel = FileChannel.open(folder.resolve(LOCK), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        return new PartialExport(folder, channel, channel.lock());
    }

    Path folder() {
        return folder;
    }

    /** Releases the lock and removes its file, so that the folder holds only the export. */
    @Override
    public void close() throws IOException {
        if (channel.isOpen()) {
            lock.release();
            channel.close();
            Files.deleteIfExists(folder.resolve(LOCK));
        }
    }

    /** Deletes the abandoned export folders in {@code parent}; returns how many. Never fails an export. */
    static int cleanLeftovers(Path parent) {
        if (parent == null || !Files.isDirectory(parent)) {
            return 0;
        }
        int removed = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(parent, p -> NAME.matcher(p.getFileName().toString()).matches())) {
            for (Path leftover : entries) {
                if (Files.isDirectory(leftover) && abandoned(leftover)) {
                    Folders.deleteTree(leftover);
                    removed++;
                }
            }
        } catch (IOException | RuntimeException e) {
            // a leftover that cannot be listed or removed now is tried again next time
        }
        return removed;
    }

    private static boolean abandoned(Path leftover) throws IOException {
        Path lockFile = leftover.resolve(LOCK);
        if (!Files.exists(lockFile)) {
            FileTime modified = Files.getLastModifiedTime(leftover);
            return modified.toInstant().isBefore(Instant.now().minus(UNLOCKED_GRACE));
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock held = channel.tryLock();
            if (held == null) {
                return false; // another process is exporting into it
            }
            held.release();
            return true;
        } catch (OverlappingFileLockException e) {
            return false; // an export of this program is running into it
        }
    }
}
