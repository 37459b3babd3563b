package io.veritag.io;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * File and folder names for brat: article external ids and annotator names, with the few characters that file
 * systems refuse (path separators, Windows' reserved characters, control characters, a leading dot, a
 * trailing dot or space) written as {@code %XX}. Reversible, so that a re-import finds the same ids.
 */
final class BratNames {
    private static final String RESERVED = "%/\\:*?\"<>|";

    private BratNames() {
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

    /** The name an encoded file name stands for; {@code %XX} sequences are UTF-8 bytes. */
    static String decode(String encoded) {
        if (encoded.indexOf('%') < 0) {
            return encoded;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%' && i + 2 < encoded.length() + 0 && isHex(encoded, i + 1) && isHex(encoded, i + 2)) {
                bytes.write(Integer.parseInt(encoded.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static boolean isHex(String s, int i) {
        return i < s.length() && Character.digit(s.charAt(i), 16) >= 0;
    }
}
