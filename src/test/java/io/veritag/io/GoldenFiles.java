package io.veritag.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Golden files under src/test/resources/io/veritag/io/&lt;format&gt;/: {@code input.jsonl} beside {@code expected/}.
 * Run with {@code -Dveritag.golden.update=true} to rewrite the expected files after a deliberate change (then
 * review the diff).
 */
final class GoldenFiles {
    static final Set<String> LABELS = Set.of("CLAIM", "DENIAL", "SPECULATION");
    static final List<String> LABEL_ORDER = List.of("CLAIM", "DENIAL", "SPECULATION");

    private GoldenFiles() {
    }

    static Path folder(String format) {
        try {
            return Path.of(GoldenFiles.class.getResource("/io/veritag/io/" + format + "/input.jsonl").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The documents of a Veritag JSONL file, read with the real reader. */
    static List<AnnotatedDocument> read(Path jsonl) throws IOException {
        List<AnnotatedDocument> documents = new ArrayList<>();
        new JsonlFormat().reader().orElseThrow().read(jsonl, LABELS, imported -> documents.add(imported.document()));
        return documents;
    }

    /** Every file under {@code folder}, relative, sorted. */
    static List<String> files(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString().replace('\\', '/'))
                    .sorted(Comparator.naturalOrder()).toList();
        }
    }

    /** Asserts that {@code actual} holds exactly the files of {@code expected}, byte for byte. */
    static void assertSameTree(Path actual, Path expected) throws IOException {
        if (Boolean.getBoolean("veritag.golden.update")) {
            update(actual, source(expected));
        }
        assertThat(files(actual)).isEqualTo(files(expected));
        for (String file : files(expected)) {
            assertThat(new String(Files.readAllBytes(actual.resolve(file)), java.nio.charset.StandardCharsets.UTF_8))
                    .as(file)
                    .isEqualTo(new String(Files.readAllBytes(expected.resolve(file)), java.nio.charset.StandardCharsets.UTF_8));
            assertThat(Files.readAllBytes(actual.resolve(file))).as(file).isEqualTo(Files.readAllBytes(expected.resolve(file)));
        }
    }

    /** The source folder of a resource folder (target/test-classes → src/test/resources). */
    private static Path source(Path resource) {
        String path = resource.toString().replace("target/test-classes", "src/test/resources");
        return Path.of(path);
    }

    private static void update(Path actual, Path expected) throws IOException {
        if (Files.exists(expected)) {
            try (Stream<Path> walk = Files.walk(expected)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        for (String file : files(actual)) {
            Path target = expected.resolve(file);
            Files.createDirectories(target.getParent());
            Files.copy(actual.resolve(file), target);
        }
        Path compiled = Path.of(expected.toString().replace("src/test/resources", "target/test-classes"));
        try {
            update0(actual, compiled);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void update0(Path actual, Path compiled) throws IOException {
        if (Files.exists(compiled)) {
            try (Stream<Path> walk = Files.walk(compiled)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        for (String file : files(actual)) {
            Path target = compiled.resolve(file);
            Files.createDirectories(target.getParent());
            Files.copy(actual.resolve(file), target);
        }
    }
}
