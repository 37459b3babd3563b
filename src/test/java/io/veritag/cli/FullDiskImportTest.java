package io.veritag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.veritag.service.Workspace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An import that fills the disk, through the real program ({@code veritag import} in its own JVM) on a real full
 * file system: a 3 MB tmpfs. It must end with one line naming the file that failed, saying what is saved and that
 * nothing is half-written, and the file must then hold exactly what that line says. Mounting needs root (CI runs
 * as root); where it is not allowed the test is skipped and says why.
 */
class FullDiskImportTest {
    private static final Pattern SAVED = Pattern.compile("; ([\\d,]+) articles? from ([\\d,]+) files? before it are saved");

    @TempDir
    Path dir;

    private Path disk;

    @BeforeEach
    void mountASmallDisk() throws Exception {
        disk = Files.createDirectories(dir.resolve("disk"));
        Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=6m", "tmpfs", disk.toString())
                .redirectErrorStream(true).start();
        String said = new String(mount.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        Assumptions.assumeTrue(mount.waitFor(30, TimeUnit.SECONDS) && mount.exitValue() == 0,
                "cannot mount a small tmpfs here (needs root): " + said);
    }

    @AfterEach
    void unmount() throws Exception {
        if (disk != null) {
            new ProcessBuilder("umount", disk.toString()).redirectErrorStream(true).start().waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void anImportThatFillsTheDiskNamesTheFileSaysWhatIsSavedAndLeavesNothingHalfWritten() throws Exception {
        Path texts = Files.createDirectories(dir.resolve("texts"));
        Random random = new Random(7);
        for (int i = 0; i < 6000; i++) {
            StringBuilder text = new StringBuilder("Article " + i + "\n\n");
            while (text.length() < 1500) {
                text.append("word").append(random.nextInt(100_000)).append(' ');
            }
            Files.writeString(texts.resolve(String.format("a%05d.txt", i)), text);
        }
        String database = disk.resolve("veritag").toString();
        Process veritag = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-Dveritag.home=" + dir.resolve("home"), "-cp", System.getProperty("java.class.path"), "io.veritag.Veritag",
                "--db", database, "import", texts.toString())
                .redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile())
                .start();
        assertThat(veritag.waitFor(300, TimeUnit.SECONDS)).isTrue();
        List<String> err = Files.readAllLines(dir.resolve("err.txt"));
        String out = Files.readString(dir.resolve("out.txt"));

        assertThat(veritag.exitValue()).isEqualTo(1);
        assertThat(err).hasSize(1);
        String line = err.get(0);
        assertThat(line).matches("veritag: " + Pattern.quote(texts.toString()) + "/a\\d{5}\\.txt: not imported, the disk holding "
                        + Pattern.quote(database) + " is full\\. .*")
                .contains("nothing is half-written")
                .contains("import again")
                .doesNotContain("Exception").doesNotContain("MVStore").doesNotContain("[").doesNotContain("Cannot commit");
        assertThat(out).startsWith("Stopped after importing ");
        Matcher saved = SAVED.matcher(line);
        assertThat(saved.find()).as(line).isTrue();
        long articles = Long.parseLong(saved.group(1).replace(",", ""));
        assertThat(articles).isPositive().isEqualTo(Long.parseLong(saved.group(2).replace(",", "")));
        String failedFile = line.substring(line.lastIndexOf('/', line.indexOf(": not imported")) + 1, line.indexOf(": not imported"));

        // room again: the file opens and holds exactly what the line said, every saved article whole
        new ProcessBuilder("mount", "-o", "remount,size=64m", disk.toString()).start().waitFor(30, TimeUnit.SECONDS);
        try (Workspace workspace = Workspace.open(database)) {
            var summaries = workspace.catalog().articles();
            assertThat(summaries).hasSize((int) articles);
            assertThat(summaries).extracting(a -> a.externalId()).doesNotContain(failedFile.replace(".txt", ""))
                    .allSatisfy(id -> assertThat(id.compareTo(failedFile.replace(".txt", ""))).isNegative());
        }
        assertThat(io.veritag.store.Checkup.check(database).sound()).isTrue();
    }

}
