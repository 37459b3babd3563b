package io.veritag.io;

import java.nio.file.Path;

/** Bad input in a dataset file. The message is one line: {@code file:line: what is wrong}. */
public class DatasetFormatException extends InputProblem {
    private final transient Path file;

    public DatasetFormatException(Path file, int line, String problem) {
        super(String.valueOf(file), line, problem);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
