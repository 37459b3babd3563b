package io.veritag;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the layering true: ui/cli → service → store/io/agreement → model. Reads the imports of every main
 * source file, so a wrong arrow fails the build with the file that drew it.
 */
class ArchitectureTest {
    private static final Path MAIN = Path.of("src/main/java/io/veritag");
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+)", Pattern.MULTILINE);

    /** Which Veritag packages each package may import (besides itself). */
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "model", Set.of(),
            "agreement", Set.of("model"),
            "io", Set.of("model"),
            "store", Set.of("model"),
            "service", Set.of("model", "store", "io", "agreement"),
            "cli", Set.of("service", "model", "store", "io", "agreement"),
            "ui", Set.of("service", "model", "store", "io", "agreement"));

    /** Third-party packages that only one layer may use. */
    private static final Map<String, Set<String>> EXCLUSIVE = Map.of(
            "org.jooq", Set.of("store"),
            "org.flywaydb", Set.of("store"),
            "org.h2", Set.of("store"),
            "javax.swing", Set.of("ui"),
            "java.awt", Set.of("ui"),
            "com.formdev", Set.of("ui"),
            "org.jfree", Set.of("ui"),
            "picocli", Set.of("cli"));

    @Test
    void packagesImportOnlyDownwards() throws IOException {
        assertThat(violations()).isEmpty();
    }

    private List<String> violations() throws IOException {
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Path relative = MAIN.relativize(file);
                if (relative.getNameCount() < 2) {
                    continue; // the entry point wires ui and cli together
                }
                String layer = relative.getName(0).toString();
                Matcher m = IMPORT.matcher(Files.readString(file));
                while (m.find()) {
                    String imported = m.group(1);
                    String problem = check(layer, imported);
                    if (problem != null) {
                        violations.add(relative + ": " + problem);
                    }
                }
            }
        }
        return violations;
    }

    private static String check(String layer, String imported) {
        if (imported.startsWith("io.veritag.")) {
            String target = imported.substring("io.veritag.".length()).split("\\.")[0];
            if (!target.equals(layer) && ALLOWED.containsKey(target) && !ALLOWED.getOrDefault(layer, Set.of()).contains(target)) {
                return layer + " must not import " + imported;
            }
            return null;
        }
        for (var entry : EXCLUSIVE.entrySet()) {
            if (imported.startsWith(entry.getKey() + ".") && !entry.getValue().contains(layer)) {
                return layer + " must not use " + imported;
            }
        }
        return null;
    }
}
