package io.veritag.io;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * File and folder names for brat: article external ids and annotator names, with the few characters that file
 * systems refuse (path separators, Windows' reserved characters, control characters, a leading dot, a
 * trailing dot or space) written as {@code %XX}. Reversible, so that a re-import finds the same ids.
 *
 * <p>File systems allow 255 bytes per name (less with {@code .ann}, and {@code %2F} triples a slash), so an
 * encoded name longer than {@link #MAX_NAME_BYTES} is shortened to its beginning plus {@code ~} and 16 hex digits
 * of the SHA-256 of the whole name: short, stable from export to export, and unique. Those cannot be decoded
 * from the name alone: the export's manifest maps each back ({@code file_names}).
 */
final class BratNames {
    /** Longest encoded name kept whole, in UTF-8 bytes; {@code .ann} and a part folder still fit in 255. */
    static final int MAX_NAME_BYTES = 120;
    private static final int KEPT_PREFIX_BYTES = 80;
    private static final Pattern SHORTENED = Pattern.compile(".*~[0-9a-f]{16}");
    private static final String RESERVED = "%/\\:*?\"<>|~";

    private BratNames() {
    }

    /** The file name for {@code name}: encoded, and shortened when too long. */
    static String fileName(String name) {
        String encoded = encode(name);
        if (encoded.getBytes(StandardCharsets.UTF_8).length <= MAX_NAME_BYTES) {
            return encoded;
        }
        return prefix(encoded) + "~" + TextHash.sha256(name).substring(0, 16);
    }

    /**
     * The folder name for an annotator: {@link #fileName}, except that a name equal to a file the export writes
     * beside the folders ({@code manifest.json}) gets its dots encoded.
     */
    static String folderName(String name) {
        String file = fileName(name);
        return file.toLowerCase(Locale.ROOT).equals(Manifest.FILE_NAME) ? file.replace(".", "%2E") : file;
    }

    /** True when {@code fileName} was made by shortening, so that only the manifest knows the name it stands for. */
    static boolean isShortened(String fileName) {
        return SHORTENED.matcher(fileName).matches();
    }

    static String encode(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean edge = (i == 0 && c == '.') || (i == name.length() - 1 && (c == '.' || c == ' '));
            if (c < 0x20 || c == 0x7F || RESERVED.indexOf(c) >= 0 || edge) {
                out.append('%').append(String.format("%02X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * The name an encoded file name stands for; {@code %XX} sequences are UTF-8 bytes.
     *
     * @throws IllegalArgumentException if the bytes are not UTF-8 (a {@code %C3} alone): guessing would change the id
     */
    static String decode(String encoded) {
        if (encoded.indexOf('%') < 0) {
            return encoded;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%' && isHex(encoded, i + 1) && isHex(encoded, i + 2)) {
                bytes.write(Integer.parseInt(encoded.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("file name '" + encoded + "': its %XX sequences are not UTF-8");
        }
    }

    /** The start of {@code encoded}, at most {@link #KEPT_PREFIX_BYTES}, cut between characters and escapes. */
    private static String prefix(String encoded) {
        int bytes = 0;
        int i = 0;
        while (i < encoded.length()) {
            int step = encoded.charAt(i) == '%' ? 3 : Character.charCount(encoded.codePointAt(i));
            int size = encoded.substring(i, i + step).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + size > KEPT_PREFIX_BYTES) {
                break;
            }
            bytes += size;
            i += step;
        }
        return encoded.substring(0, i);
    }

    private static boolean isHex(String s, int i) {
        return i < s.length() && Character.digit(s.charAt(i), 16) >= 0;
    }
}
