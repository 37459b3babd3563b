package io.veritag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.veritag.service.adjudication.AdjudicationFixture;
import io.veritag.store.Database;
import io.veritag.testing.PostgresServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10 §1: {@code veritag db copy} moves the sample project (articles, spans of two annotators, statuses,
 * gold and its audit trail) from H2 to a real PostgreSQL server and back into a new H2 file; every export,
 * the agreement report and the gold list are identical on all three.
 */
@Tag("postgresql")
class DbCopyCommandTest {
    @TempDir
    Path dir;

    @Test
    void theSampleProjectGoesToPostgresqlAndBackWithIdenticalExports() throws IOException {
        String original = dir.resolve("original").toString();
        CommandRun source = new CommandRun(original);
        assertThat(source.run("import", "--samples")).isZero();
        try (Database database = Database.open(original)) {
            new AdjudicationFixture(database.store());
        }
        assertThat(source.run("adjudicate", "--auto", "--curator", "cora")).as(source.err()).isZero();

        PostgresServer server = PostgresServer.get();
        String onServer = "jdbc:postgresql://localhost:" + server.port() + "/" + server.emptyDatabaseName()
                + "?user=" + PostgresServer.SUPERUSER + "&sslmode=disable";
        String back = dir.resolve("back").toString();
        CommandRun copier = new CommandRun(original);

        assertThat(copier.run("db", "copy", "--from", original, "--to", onServer)).as(copier.err()).isZero();
        assertThat(copier.out()).contains("span").contains("gold_decision")
                .endsWith("Every table has the same number of rows on both sides." + System.lineSeparator());
        assertThat(copier.run("db", "copy", "--from", onServer, "--to", back)).as(copier.err()).isZero();

        // a second copy into a database that now holds a project is refused, and changes nothing
        assertThat(copier.run("db", "copy", "--from", original, "--to", onServer)).isEqualTo(1);
        assertThat(copier.err()).startsWith("veritag: Refused: the target").contains("is not empty").hasLineCount(1);

        Map<String, String> fromOriginal = everything(original, "a");
        assertThat(fromOriginal.keySet()).anyMatch(name -> name.endsWith(".jsonl"));
        assertThat(fromOriginal.toString()).contains("Kherson").contains("cora");
        assertThat(everything(onServer, "b")).isEqualTo(fromOriginal);
        assertThat(everything(back, "c")).isEqualTo(fromOriginal);

        // identities go on after the copied ones on both kinds of database
        CommandRun onBack = new CommandRun(back);
        assertThat(onBack.run("import", Files.writeString(dir.resolve("more.txt"), "One more article.\n").toString())).isZero();
        CommandRun onPostgres = new CommandRun(onServer);
        assertThat(onPostgres.run("import", dir.resolve("more.txt").toString())).as(onPostgres.err()).isZero();
    }

    /** Every export file (annotators and gold), the agreement report and the gold list, by name. */
    private Map<String, String> everything(String db, String tag) throws IOException {
        CommandRun cli = new CommandRun(db);
        Map<String, String> files = new TreeMap<>();
        for (String[] export : new String[][] {{"jsonl"}, {"jsonl", "--gold"}, {"brat"}}) {
            Path out = dir.resolve(tag + "-" + String.join("", export).replace("--", "-"));
            String[] args = Stream.concat(Stream.of("export", "--all-status", "--out", out.toString(), "--format"),
                    Stream.of(export)).toArray(String[]::new);
            assertThat(cli.run(args)).as(cli.err()).isZero();
            try (Stream<Path> walk = Files.walk(out)) {
                for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                    String name = out.relativize(file).toString();
                    String text = Files.readString(file);
                    files.put(String.join("", export) + "/" + name, name.startsWith("manifest") ? withoutPlace(text) : text);
                }
            }
        }
        assertThat(cli.run("agreement", "--format", "json", "--include-unfinished")).as(cli.err()).isZero();
        files.put("agreement.json", cli.out());
        assertThat(cli.run("gold", "--format", "json")).isZero();
        files.put("gold.json", cli.out());
        assertThat(cli.run("annotators")).isZero();
        files.put("annotators.txt", cli.out());
        return files;
    }

    /** A manifest names the database and the moment of export; everything else must be equal. */
    private static String withoutPlace(String manifest) {
        return manifest.lines()
                .filter(line -> !line.matches("(?i).*\"?(database|exported_at|created|created_at|folder|out)\"?\\s*[:=].*"))
                .reduce("", (a, b) -> a + b + "\n");
    }
}
