package io.veritag.service.dataset;

import io.veritag.io.Manifest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/** Sizes and SHA-256 of the files in an export folder, and removal of an abandoned one. */
final class FileDigests {
    private FileDigests() {
    }

    /** Every regular file under {@code folder}, by relative path (with {@code /}), with size and SHA-256. */
    static List<Manifest.FileEntry> of(Path folder) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        List<Manifest.FileEntry> entries = new ArrayList<>(files.size());
        byte[] buffer = new byte[1 << 16];
        for (Path file : files) {
            MessageDigest sha = sha256();
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
                while (in.read(buffer) != -1) {
                    // reading feeds the digest
                }
            }
            String relative = folder.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
            entries.add(new Manifest.FileEntry(relative, Files.size(file), HexFormat.of().formatHex(sha.digest())));
        }
        entries.sort(Comparator.comparing(Manifest.FileEntry::path));
        return entries;
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Deletes a folder and everything in it; best effort, for cleaning up after a failure. */
    static void deleteTree(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not remove the unfinished export " + folder + ": " + e.getMessage(), e);
        }
    }
}
