package io.veritag.io;

import java.io.IOException;
import java.io.OutputStream;

/** File naming for formats that write one file per export part: {@code data.ext}, or {@code train.ext} etc. */
final class SingleFile {
    private SingleFile() {
    }

    static OutputStream create(ExportFolder folder, String part, String extension) throws IOException {
        return folder.create((part == null ? "data" : part) + "." + extension);
    }
}
