package io.veritag.service;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/** The SHA-256 stored with every article: lower-case hex of the UTF-8 bytes of its normalised text. */
final class TextHash {
    private TextHash() {
    }

    static String sha256(String text) {
        return HexFormat.of().formatHex(FileDigests.sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
