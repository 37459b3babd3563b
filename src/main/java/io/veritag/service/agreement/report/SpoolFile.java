package io.veritag.service.agreement.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A temporary file of UTF-8 text written once, then copied into the output and deleted. */
final class SpoolFile implements AutoCloseable {
    private final Path path;
    private final OutputStream out;

    SpoolFile(Path folder) throws IOException {
        path = Files.createTempFile(folder, ".agreement-rows", ".tmp");
        out = new BufferedOutputStream(Files.newOutputStream(path), 1 << 16);
    }

    OutputStream output() {
        return out;
    }

    /** Copies the spool (closed for writing first), from byte {@code skip} on, into {@code target}. */
    void copyTo(Writer target, long skip) throws IOException {
        out.close();
        try (Reader in = new InputStreamReader(Files.newInputStream(path), StandardCharsets.UTF_8)) {
            if (in.skip(skip) != skip) {
                throw new IOException("the spool of article rows is shorter than expected: " + path);
            }
            char[] buffer = new char[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                target.write(buffer, 0, n);
            }
        }
    }

    /**
     * Writes {@code head} (UTF-8) into {@code file}, then the spool from byte {@code skip} on, then {@code tail}:
     * the spool is copied by the file system ({@link FileChannel#transferTo}).
     */
    void writeFile(Path file, String head, long skip, String tail) throws IOException {
        out.close();
        try (FileChannel target = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING);
             FileChannel source = FileChannel.open(path, StandardOpenOption.READ)) {
            writeFully(target, head);
            long size = source.size();
            for (long position = skip; position < size; ) {
                position += source.transferTo(position, size - position, target);
            }
            writeFully(target, tail);
        }
    }

    private static void writeFully(FileChannel target, String text) throws IOException {
        ByteBuffer bytes = StandardCharsets.UTF_8.newEncoder().encode(java.nio.CharBuffer.wrap(text));
        while (bytes.hasRemaining()) {
            target.write(bytes);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            out.close();
        } finally {
            Files.deleteIfExists(path);
        }
    }
}
