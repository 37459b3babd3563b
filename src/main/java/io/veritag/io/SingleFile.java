package io.veritag.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** File naming for formats that write one file per export part: {@code data.ext}, or {@code train.ext} etc. */
final class SingleFile {
    private SingleFile() {
    }

    static Path path(Path folder, String part, String extension) {
        return folder.resolve((part == null ? "data" : part) + "." + extension);
    }

    static OutputStream create(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        return new BufferedOutputStream(Files.newOutputStream(file, StandardOpenOption.CREATE_NEW), 1 << 16);
    }
}
