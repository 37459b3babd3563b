package io.veritag.io;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * The files of a folder that an import reads: regular files with the given ending, in name order. Hidden files
 * and folders ({@code .git/}, an export's {@code .partial} leftovers) are not looked into, and symbolic links are
 * not followed (they could lead anywhere).
 */
final class FolderFiles {
    private FolderFiles() {
    }

    /** {@code path} itself when it is a file (whatever its name), else the folder's files with {@code ending}. */
    static List<Path> fileOrFolder(Path path, String ending) throws IOException {
        if (Files.isDirectory(path)) {
            return endingWith(path, ending);
        }
        if (!Files.isRegularFile(path)) {
            throw new DatasetFormatException(path, 0, "no such file");
        }
        return List.of(path);
    }

    static List<Path> endingWith(Path root, String ending) throws IOException {
        List<Path> found = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                return !dir.equals(root) && dir.getFileName().toString().startsWith(".")
                        ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                String name = file.getFileName().toString();
                if (attributes.isRegularFile() && !name.startsWith(".") && name.endsWith(ending)) {
                    found.add(file);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        found.sort(null);
        return found;
    }
}
