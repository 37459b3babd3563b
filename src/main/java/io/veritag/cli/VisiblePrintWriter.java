package io.veritag.cli;

import java.io.PrintWriter;
import java.io.Writer;

/**
 * The command line's standard output and error: everything printed passes through {@link VisibleText}, so that
 * no command can forget it. Files written with {@code --out} are exact; the terminal gets escapes. JSON stays
 * valid and means the same, since {@code \}{@code uXXXX} is JSON's own escape.
 */
final class VisiblePrintWriter extends PrintWriter {
    private VisiblePrintWriter(Writer target) {
        super(new Filter(target), true);
    }

    static PrintWriter wrap(PrintWriter target) {
        return target instanceof VisiblePrintWriter ? target : new VisiblePrintWriter(target);
    }

    /** Escapes as text arrives; a CR waits for the next character to know whether it begins a CRLF. */
    private static final class Filter extends Writer {
        private final Writer target;
        private char pendingHigh;
        private boolean pendingCr;

        Filter(Writer target) {
            this.target = target;
        }

        @Override
        public void write(char[] chars, int off, int len) throws java.io.IOException {
            StringBuilder out = new StringBuilder(len + 8);
            for (int i = off; i < off + len; i++) {
                append(out, chars[i]);
            }
            target.write(out.toString());
        }

        private void append(StringBuilder out, char c) {
            if (pendingCr) {
                pendingCr = false;
                out.append(c == '\n' ? "\r" : "\\u000d");
            }
            if (pendingHigh != 0) {
                char high = pendingHigh;
                pendingHigh = 0;
                if (Character.isLowSurrogate(c)) {
                    out.append(high).append(c);
                    return;
                }
                out.append(VisibleText.visible(String.valueOf(high)));
            }
            if (c == '\r') {
                pendingCr = true;
            } else if (Character.isHighSurrogate(c)) {
                pendingHigh = c;
            } else if (VisibleText.hidden(c) || Character.isLowSurrogate(c)) {
                out.append(VisibleText.visible(String.valueOf(c)));
            } else {
                out.append(c); // the usual case, without allocating
            }
        }

        @Override
        public void flush() throws java.io.IOException {
            target.flush();
        }

        @Override
        public void close() throws java.io.IOException {
            StringBuilder out = new StringBuilder();
            if (pendingCr) {
                out.append("\\u000d");
            }
            if (pendingHigh != 0) {
                out.append(VisibleText.visible(String.valueOf(pendingHigh)));
            }
            pendingCr = false;
            pendingHigh = 0;
            target.write(out.toString());
            target.close();
        }
    }
}
