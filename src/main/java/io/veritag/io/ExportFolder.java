package io.veritag.io;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * The folder an export writes into. Writers create their files through it, so that every file's size and
 * SHA-256 are computed as it is written (no second pass over thousands of brat files) and nothing lands
 * outside the folder.
 */
public final class ExportFolder {
    private final Path root;
    private final List<Manifest.FileEntry> files = new ArrayList<>();
    private final Set<Path> folders = new HashSet<>();

    public ExportFolder(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    /**
     * Creates a new file at {@code relativePath} (with {@code /} separators; parent folders are created).
     * Its size and digest are recorded when the stream is closed.
     */
    public OutputStream create(String relativePath) throws IOException {
        return new BufferedOutputStream(open(relativePath), 1 << 16);
    }

    /** Writes a whole file at once (no buffer: brat writes thousands of small files). */
    public void write(String relativePath, byte[] content) throws IOException {
        try (OutputStream out = open(relativePath)) {
            out.write(content);
        }
    }

    private Recording open(String relativePath) throws IOException {
        Path file = root.resolve(relativePath).normalize();
        if (!file.startsWith(root.normalize())) {
            throw new IOException("refusing to write outside the export folder: " + relativePath);
        }
        Path parent = file.getParent();
        if (folders.add(parent)) {
            Files.createDirectories(parent);
        }
        return new Recording(relativePath, Files.newOutputStream(file, StandardOpenOption.CREATE_NEW));
    }

    /** The files written so far (closed ones), by path. */
    public List<Manifest.FileEntry> files() {
        List<Manifest.FileEntry> sorted = new ArrayList<>(files);
        sorted.sort(Comparator.comparing(Manifest.FileEntry::path));
        return sorted;
    }

    /** Counts and digests the bytes on their way to the file. */
    private final class Recording extends FilterOutputStream {
        private final String path;
        private final MessageDigest sha;
        private long bytes;
        private boolean closed;

        Recording(String path, OutputStream out) {
            super(out);
            this.path = path;
            try {
                this.sha = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every JDK has SHA-256", e);
            }
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            sha.update((byte) b);
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            sha.update(b, off, len);
            bytes += len;
        }

        @Override
        public void close() throws IOException {
            if (!closed) {
                closed = true;
                super.close();
                files.add(new Manifest.FileEntry(path, bytes, HexFormat.of().formatHex(sha.digest())));
            }
        }
    }
}
