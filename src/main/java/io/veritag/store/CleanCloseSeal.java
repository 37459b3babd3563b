package io.veritag.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.CRC32C;

/**
 * What a database file held when this program last closed it cleanly: its size and a CRC-32C of every byte,
 * kept in the data folder ({@code seals/}). A file that still matches is the very file that was read whole
 * when it was opened and then written only by H2, so opening it again need not read it through SQL first
 * (the walk that costs most of a start on a large file). Any other file (a killed program's, one changed or
 * damaged while closed, one restored from a backup, one without a seal) is read whole as before. The checksum
 * reads the file once, sequentially, at disk speed.
 */
final class CleanCloseSeal {
    private CleanCloseSeal() {
    }

    /** True when {@code file} is byte for byte what was there after the last clean close. */
    static boolean matches(Path file) {
        try {
            Path seal = sealOf(file);
            return Files.isRegularFile(seal) && Files.isRegularFile(file)
                    && Files.readString(seal, StandardCharsets.US_ASCII).strip().equals(describe(file));
        } catch (IOException | RuntimeException unreadable) {
            return false; // then the file is read whole, as without a seal
        }
    }

    /** Notes what {@code file} holds now; call only after a clean close. Failing to note it costs the next start a walk. */
    static void write(Path file) {
        try {
            Path seal = sealOf(file);
            Files.createDirectories(seal.getParent());
            Path partial = seal.resolveSibling(seal.getFileName() + ".partial");
            Files.writeString(partial, describe(file) + "\n", StandardCharsets.US_ASCII);
            Files.move(partial, seal, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException notWritten) {
            forget(file);
        }
    }

    /** Removes the seal: the file is about to change. */
    static void forget(Path file) {
        try {
            Files.deleteIfExists(sealOf(file));
        } catch (IOException | RuntimeException ignored) {
            // an old seal can only fail to match
        }
    }

    private static String describe(Path file) throws IOException {
        CRC32C crc = new CRC32C();
        long size = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int read; (read = in.read(buffer)) > 0; ) {
                crc.update(buffer, 0, read);
                size += read;
            }
        }
        return "size=" + size + " crc32c=" + Long.toHexString(crc.getValue());
    }

    /** One seal per file, named by a hash of its absolute path (no user folder gets extra files). */
    static Path sealOf(Path file) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(file.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8));
            return AppHome.dir().resolve("seals").resolve(HexFormat.of().formatHex(digest, 0, 12) + ".seal");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
