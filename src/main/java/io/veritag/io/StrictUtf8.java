package io.veritag.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads UTF-8 that must really be UTF-8: malformed bytes raise an error instead of becoming U+FFFD, and
 * NUL characters (binary data) are refused. Lines are read with a length limit so that a huge file or a
 * file without line breaks cannot exhaust the heap.
 */
final class StrictUtf8 {
    private final InputStream bytes;
    private final CharsetDecoder decoder;
    private final String source;
    private final int maxLineChars;
    /** A UTF-8 character takes at most 3 bytes per UTF-16 char. */
    private final int maxLineBytes;
    private byte[] line = new byte[8192];
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private int lineNumber;

    StrictUtf8(InputStream in, String source, int maxLineChars) {
        this.decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        this.bytes = in;
        this.source = source;
        this.maxLineChars = maxLineChars;
        this.maxLineBytes = (int) Math.min(Integer.MAX_VALUE - 8, 3L * maxLineChars);
    }

    /**
     * The next line without its LF/CRLF ending, or null at the end. Lines are split on bytes and each is decoded
     * on its own, so that an invalid byte is reported on its own line (a buffered decoder would report it
     * while still returning an earlier line).
     */
    String readLine() {
        lineNumber++;
        int length = 0;
        boolean sawAny = false;
        try {
            while (true) {
                if (position == limit) {
                    limit = bytes.read(buffer, 0, buffer.length);
                    position = 0;
                    if (limit <= 0) {
                        limit = 0;
                        break;
                    }
                }
                sawAny = true;
                int end = position;
                while (end < limit && buffer[end] != '\n') {
                    end++;
                }
                int count = end - position;
                for (int i = position; i < end; i++) {
                    if (buffer[i] == 0) {
                        throw new InputProblem(source, lineNumber, "binary data (NUL byte), not UTF-8 text");
                    }
                }
                if ((long) length + count > maxLineBytes) {
                    throw new InputProblem(source, lineNumber,
                            "line longer than the limit of " + (maxLineChars / (1024 * 1024)) + " M characters");
                }
                if (length + count > line.length) {
                    line = java.util.Arrays.copyOf(line, (int) Math.min(Math.max((long) line.length * 2, length + count), maxLineBytes));
                }
                System.arraycopy(buffer, position, line, length, count);
                length += count;
                position = end;
                if (end < limit) {
                    position++; // past the LF
                    break;
                }
            }
            if (!sawAny) {
                return null;
            }
            if (length > 0 && line[length - 1] == '\r') {
                length--;
            }
            String decoded = decoder.decode(java.nio.ByteBuffer.wrap(line, 0, length)).toString();
            if (decoded.length() > maxLineChars) {
                throw new InputProblem(source, lineNumber,
                        "line longer than the limit of " + (maxLineChars / (1024 * 1024)) + " M characters");
            }
            return decoded;
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
        Reader reader = new InputStreamReader(bytes, decoder);
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
}
