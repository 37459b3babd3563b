package io.veritag.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads UTF-8 that must really be UTF-8: malformed bytes raise an error instead of becoming U+FFFD, and
 * NUL characters (binary data) are refused. Lines are read with a length limit so that a huge file or a
 * file without line breaks cannot exhaust the heap.
 */
final class StrictUtf8 {
    private final BufferedReader reader;
    private final String source;
    private final int maxLineChars;
    private int lineNumber;

    StrictUtf8(InputStream in, String source, int maxLineChars) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        this.reader = new BufferedReader(new InputStreamReader(in, decoder), 1 << 16);
        this.source = source;
        this.maxLineChars = maxLineChars;
    }

    /** The next line without its LF/CRLF ending, or null at the end. */
    String readLine() {
        StringBuilder line = new StringBuilder();
        lineNumber++;
        try {
            int c;
            while ((c = reader.read()) >= 0) {
                if (c == '\n') {
                    return stripCr(line);
                }
                if (c == 0) {
                    throw new InputProblem(source, lineNumber, "binary data (NUL byte), not UTF-8 text");
                }
                if (line.length() >= maxLineChars) {
                    throw new InputProblem(source, lineNumber,
                            "line longer than the limit of " + (maxLineChars / (1024 * 1024)) + " M characters");
                }
                line.append((char) c);
            }
            return line.length() == 0 ? null : stripCr(line);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new InputProblem(source, lineNumber, "not valid UTF-8 text", e);
        } catch (IOException e) {
            throw new InputProblem(source, lineNumber, "cannot read: " + e.getMessage(), e);
        }
    }

    /** Everything up to the end, as one string; limited to {@code maxLineChars} characters in all. */
    String readAll() {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[1 << 14];
        lineNumber = 1;
        try {
            int n;
            while ((n = reader.read(buffer)) >= 0) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == 0) {
                        throw new InputProblem(source, 0, "binary data (NUL byte), not UTF-8 text");
                    }
                }
                if (text.length() + n > maxLineChars) {
                    throw new InputProblem(source, 0,
                            "too large: the limit for one article is " + (maxLineChars / (1024 * 1024)) + " M characters");
                }
                text.append(buffer, 0, n);
            }
            return text.toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new InputProblem(source, 0, "not valid UTF-8 text", e);
        } catch (IOException e) {
            throw new InputProblem(source, 0, "cannot read: " + e.getMessage(), e);
        }
    }

    int lineNumber() {
        return lineNumber;
    }

    private static String stripCr(StringBuilder line) {
        int length = line.length();
        return length > 0 && line.charAt(length - 1) == '\r' ? line.substring(0, length - 1) : line.toString();
    }
}
