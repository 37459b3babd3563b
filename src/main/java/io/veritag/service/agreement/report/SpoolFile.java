package io.veritag.service.agreement.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A temporary file of UTF-8 text written once, then copied into the output and deleted. The file is made when
 * the first bytes leave the buffer, so that a report that fails before its first rows (an unknown annotator)
 * says so rather than anything about temporary files; a folder where it cannot be made is one clear line.
 */
final class SpoolFile implements AutoCloseable {
    private final Path folder;
    private final OutputStream out;
    private Path path;
    private OutputStream file;

    SpoolFile(Path folder) {
        this.folder = folder;
        this.out = new BufferedOutputStream(new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                file().write(b);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                file().write(bytes, offset, length);
            }

            @Override
            public void flush() throws IOException {
                if (file != null) {
                    file.flush();
                }
            }

            @Override
            public void close() throws IOException {
                if (file != null) {
                    file.close();
                }
            }
        }, 1 << 16);
    }

    private OutputStream file() throws IOException {
        if (file == null) {
            try {
                path = Files.createTempFile(folder, ".agreement-rows", ".tmp");
            } catch (IOException e) {
                throw new IllegalStateException("cannot keep the report's rows in a temporary file in " + folder
                        + " (" + e + "); give another folder with --out or -Djava.io.tmpdir", e);
            }
            file = Files.newOutputStream(path);
        }
        return file;
    }

    OutputStream output() {
        return out;
    }

    /** Copies the spool (closed for writing first), from byte {@code skip} on, into {@code target}. */
    void copyTo(Writer target, long skip) throws IOException {
        out.close();
        if (path == null) {
            return; // nothing was written
        }
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
    void writeFile(Path target, String head, long skip, String tail) throws IOException {
        out.close();
        try (FileChannel output = FileChannel.open(target, StandardOpenOption.WRITE, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            writeFully(output, head);
            if (path != null) {
                try (FileChannel source = FileChannel.open(path, StandardOpenOption.READ)) {
                    long size = source.size();
                    for (long position = skip; position < size; ) {
                        position += source.transferTo(position, size - position, output);
                    }
                }
            }
            writeFully(output, tail);
        }
    }

    private static void writeFully(FileChannel target, String text) throws IOException {
        ByteBuffer bytes = StandardCharsets.UTF_8.newEncoder().encode(CharBuffer.wrap(text));
        while (bytes.hasRemaining()) {
            target.write(bytes);
        }
    }

    /** Deletes the spool; what is still buffered is dropped, not written. */
    @Override
    public void close() throws IOException {
        try {
            if (file != null) {
                file.close();
            }
        } finally {
            if (path != null) {
                Files.deleteIfExists(path);
            }
        }
    }
}
