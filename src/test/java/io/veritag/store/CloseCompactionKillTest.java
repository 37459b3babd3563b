package io.veritag.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.veritag.model.Annotator;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A kill at any moment of the close-time compaction ({@link CloseCompaction}) loses no acknowledged change and
 * leaves a file that opens and is whole. A child JVM opens a copy of a mostly dead file, commits a few changes
 * (acknowledged on its output), closes it, and is SIGKILLed at a moment spread over the close (measured first by
 * one close that is let finish): before the copy, during it, around the rename, while the seal is written. After
 * each kill the file must open, pass Veritag's full integrity walk, have every index agree with its table, and
 * hold every acknowledged change; the copy left beside it must be gone after that open and never be the database.
 *
 * <p>{@code -Dcompaction.kill.trials=N} (default 8), {@code -Dcompaction.kill.seed=S}.
 */
@org.junit.jupiter.api.Tag("h2-only") // files, H2 settings or no database: nothing to run again on PostgreSQL
class CloseCompactionKillTest {
    private static final int ARTICLES = 6_000;
    private static final int CHANGES = 5;

    @TempDir
    Path dir;

    @Test
    void aKillDuringTheCompactionLosesNothingAndTheFileOpens() throws Exception {
        long minBytes = CloseCompaction.minBytes;
        CloseCompaction.minBytes = Long.MAX_VALUE; // the aged file stays as the big transaction left it
        Path aged;
        try {
            aged = DamagedFiles.create(dir.resolve("aged"), ARTICLES);
        } finally {
            CloseCompaction.minBytes = minBytes;
        }
        int trials = Integer.getInteger("compaction.kill.trials", 8);
        long seed = Long.getLong("compaction.kill.seed", System.nanoTime());
        System.out.printf("CloseCompactionKillTest: seed %d, %d trials, aged file %,d bytes, %d %% live%n", seed, trials,
                Files.size(aged), CloseCompaction.livePercent(aged));
        Random random = new Random(seed);

        Trial calibration = run(aged, "calibrate", -1);
        assertThat(calibration.closeMillis).as("the close that was let finish").isPositive();
        assertThat(calibration.outcome).as("the close that was let finish; its log: %s",
                Files.readString(dir.resolve("calibrate.err"))).isEqualTo("compacted");
        check(calibration);

        List<String> outcomes = new ArrayList<>();
        for (int t = 0; t < trials; t++) {
            // spread over 0 .. 1.2 × the measured close, one slice per trial, a random point inside it
            long delay = (long) ((t + random.nextDouble()) / trials * 1.2 * calibration.closeMillis);
            Trial trial = run(aged, "t" + t, delay);
            outcomes.add(trial.name + " killed at " + delay + " ms: " + trial.outcome);
            check(trial);
        }
        // on a loaded machine a close can take much longer than the calibration's: then kill later, or earlier in
        // the copy, until both moments have been hit (every trial is checked all the same)
        for (int extra = 0; extra < trials && !(hit(outcomes, "compacted") && hit(outcomes, "partial copy left")); extra++) {
            double share = hit(outcomes, "compacted") ? 0.3 + 0.5 * random.nextDouble() : 1.2 + 0.4 * (extra + 1);
            long delay = (long) (share * calibration.closeMillis);
            Trial trial = run(aged, "x" + extra, delay);
            outcomes.add(trial.name + " killed at " + delay + " ms: " + trial.outcome);
            check(trial);
        }
        System.out.println("CloseCompactionKillTest: close " + calibration.closeMillis + " ms; " + outcomes);
        assertThat(outcomes).as("some kills landed while the copy was being written").anyMatch(o -> o.endsWith("partial copy left"));
        assertThat(outcomes).as("some kills landed after the rename").anyMatch(o -> o.endsWith("compacted"));
    }

    private static boolean hit(List<String> outcomes, String outcome) {
        return outcomes.stream().anyMatch(o -> o.endsWith(outcome));
    }

    private record Trial(String name, Path file, Set<String> acknowledged, long closeMillis, String outcome) {
    }

    /** One child run on a fresh copy; killed {@code killAfterMillis} after it began to close, or let finish (-1). */
    private Trial run(Path aged, String name, long killAfterMillis) throws Exception {
        Path file = Files.copy(aged, Files.createDirectories(dir.resolve(name)).resolve("db.mv.db"));
        Object inode = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-Dveritag.compact.minBytes=1048576", "-Dveritag.compact.maxLivePercent=95", "-Dveritag.home=" + System.getProperty("veritag.home", dir.resolve("home").toString()),
                "-cp", System.getProperty("java.class.path"), CompactingCloseMain.class.getName(),
                DamagedFiles.base(file), Integer.toString(CHANGES), name)
                .redirectError(dir.resolve(name + ".err").toFile())
                .start();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null; ) {
                    lines.add(line);
                }
            } catch (java.io.IOException ignored) {
                // killed
            }
            lines.add("EOF");
        });
        reader.setDaemon(true);
        reader.start();
        Set<String> acknowledged = new java.util.HashSet<>();
        long closeMillis = -1;
        for (String line; !(line = lines.poll(5, TimeUnit.MINUTES)).equals("EOF"); ) {
            if (line.startsWith("OK ")) {
                acknowledged.add(line.substring(3));
            } else if (line.equals("CLOSING") && killAfterMillis >= 0) {
                Thread.sleep(killAfterMillis);
                child.destroyForcibly(); // SIGKILL
            } else if (line.startsWith("CLOSED ")) {
                closeMillis = Long.parseLong(line.substring(7));
            }
        }
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(acknowledged).as(name + ": the child acknowledged its changes before closing").hasSize(CHANGES);
        Path partial = CloseCompaction.partialOf(file);
        String outcome = Files.exists(partial) ? "partial copy left"
                : !Files.readAttributes(file, BasicFileAttributes.class).fileKey().equals(inode) ? "compacted" : "original kept";
        return new Trial(name, file, acknowledged, closeMillis, outcome);
    }

    private static void check(Trial trial) throws Exception {
        Path partial = CloseCompaction.partialOf(trial.file);
        try (Database database = Database.open(DamagedFiles.base(trial.file)); Connection connection = database.connection()) {
            assertThat(partial).as(trial.name + ": the open deleted the partial copy").doesNotExist();
            assertThat(database.damage().current()).as(trial.name).isNull();
            assertThat(database.store().articles().count()).as(trial.name).isEqualTo(ARTICLES);
            Set<String> names = database.store().annotators().all().stream().map(Annotator::name).collect(Collectors.toSet());
            assertThat(names).as(trial.name + " (" + trial.outcome + "): every acknowledged change").containsAll(trial.acknowledged);
            assertThat(Integrity.walk(connection, Integrity.Depth.FULL).problems()).as(trial.name).isEmpty();
            assertThat(IndexAgreement.disagreements(connection)).as(trial.name).isEmpty();
        }
        try (var folder = Files.list(trial.file.getParent())) {
            assertThat(folder.map(p -> p.getFileName().toString()).filter(n -> n.contains(".mv.db")))
                    .as(trial.name + ": nothing but the database file").containsOnly("db.mv.db");
        }
    }
}
