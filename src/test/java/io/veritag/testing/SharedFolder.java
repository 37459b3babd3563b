package io.veritag.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The team's shared folder of reference files (the repro database, the GPL client data read in place), which
 * lives beside the checkout rather than in it: {@code -Dveritag.shared}, else {@code ../shared} from the
 * project folder (where CI puts it), else {@code /work/shared}.
 */
public final class SharedFolder {
    private SharedFolder() {
    }

    public static Path resolve(String relative) {
        String property = System.getProperty("veritag.shared");
        if (property != null && !property.isBlank()) {
            return Path.of(property).resolve(relative);
        }
        Path beside = Path.of("").toAbsolutePath().resolveSibling("shared");
        if (Files.isDirectory(beside)) {
            return beside.resolve(relative);
        }
        return Path.of("/work/shared").resolve(relative);
    }
}
