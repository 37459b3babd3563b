package io.veritag.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a UTF-8 file strictly: invalid bytes are an error naming the file and line, never replaced by
 * U+FFFD (which would shift every later offset). Lines end at LF only; a CR before the LF is dropped.
 */
final class Utf8Lines {
    private Utf8Lines() {
    }

    interface LineHandler {
        void line(int number, String text) throws IOException;
    }

    static void forEach(Path file, LineHandler handler) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        int number = 0;
        byte[] line = new byte[1 << 12];
        int length = 0;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            int b;
            while (true) {
                b = in.read();
                if (b == '\n' || (b == -1 && length > 0)) {
                    number++;
                    handler.line(number, decode(decoder, line, length, number, file));
                    length = 0;
                } else if (b != -1) {
                    if (length == line.length) {
                        line = java.util.Arrays.copyOf(line, line.length * 2);
                    }
                    line[length++] = (byte) b;
                }
                if (b == -1) {
                    return;
                }
            }
        }
    }

    /** One line, strictly decoded, without a trailing CR, and without the BOM if it is the first line. */
    private static String decode(CharsetDecoder decoder, byte[] bytes, int length, int number, Path file) {
        int from = number == 1 && length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        int to = length > from && bytes[length - 1] == '\r' ? length - 1 : length;
        try {
            return decoder.decode(ByteBuffer.wrap(bytes, from, to - from)).toString();
        } catch (CharacterCodingException e) {
            throw new DatasetFormatException(file, number, "not valid UTF-8");
        }
    }

    /** The whole file as a string, strictly decoded. */
    static String read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new DatasetFormatException(file, 0, "not valid UTF-8");
        }
    }
}
