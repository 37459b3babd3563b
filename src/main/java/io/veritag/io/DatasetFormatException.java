package io.veritag.io;

import java.nio.file.Path;

/** Bad input in a dataset file. The message is one line: {@code file:line: what is wrong}. */
public class DatasetFormatException extends RuntimeException {
    private final transient Path file;
    private final int line;

    public DatasetFormatException(Path file, int line, String problem) {
        super((line > 0 ? file + ":" + line : String.valueOf(file)) + ": " + problem);
        this.file = file;
        this.line = line;
    }

    public Path file() {
        return file;
    }

    /** 1-based line number, or 0 when the problem concerns the whole file. */
    public int line() {
        return line;
    }
}
