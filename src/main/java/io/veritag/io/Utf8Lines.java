package io.veritag.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
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
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder), 1 << 16)) {
            StringBuilder line = new StringBuilder();
            int c;
            try {
                while ((c = reader.read()) != -1) {
                    if (c == '\n') {
                        number++;
                        handler.line(number, stripCr(line, number));
                        line.setLength(0);
                    } else {
                        line.append((char) c);
                    }
                }
            } catch (CharacterCodingException e) {
                throw new DatasetFormatException(file, number + 1, "not valid UTF-8");
            }
            if (line.length() > 0) {
                number++;
                handler.line(number, stripCr(line, number));
            }
        }
    }

    /** The whole file as a string, strictly decoded. */
    static String read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new DatasetFormatException(file, 0, "not valid UTF-8");
        }
    }

    private static String stripCr(StringBuilder line, int number) {
        int length = line.length();
        if (number == 1 && length > 0 && line.charAt(0) == '\uFEFF') {
            line.deleteCharAt(0);
            length--;
        }
        return length > 0 && line.charAt(length - 1) == '\r' ? line.substring(0, length - 1) : line.toString();
    }
}
