package io.veritag.io;

/**
 * A file cannot be read as asked. The message is one line and names the file (and line, when known):
 * {@code articles.jsonl:12: malformed JSON (Unexpected character ...)}.
 */
public class InputProblem extends RuntimeException {
    private final String source;
    private final int line;

    public InputProblem(String source, int line, String problem) {
        this(source, line, problem, null);
    }

    public InputProblem(String source, int line, String problem, Throwable cause) {
        super(source + (line > 0 ? ":" + line : "") + ": " + problem, cause);
        this.source = source;
        this.line = line;
    }

    public String source() {
        return source;
    }

    /** 1-based line number, or 0 when the problem concerns the whole file. */
    public int line() {
        return line;
    }
}
