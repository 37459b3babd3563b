package io.veritag.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash torture: a child JVM works on a database file through the real services and is killed with SIGKILL at a
 * random moment, sometimes in the middle of a big import's commit; then the file must open, hold every change the
 * child acknowledged, hold no half import, and agree with itself through every index. The same files carry on
 * from round to round, so they age: kills, clean closes, deleted spans leaving free space, growth to several MB.
 * Two files are worked in turn: a copy of {@code aged-after-kill.mv.db} (a real file left by a killed session)
 * and one that starts empty.
 *
 * <p>CI runs 30 rounds. The long run: {@code -Dtorture.rounds=500} (and {@code -Dtorture.seed=…} to repeat a
 * seed's choices; kill moments still vary). Figures are printed at the end.
 */
@org.junit.jupiter.api.Tag("h2-only") // files, H2 settings or no database: nothing to run again on PostgreSQL
class CrashTortureTest {
    private static final Path REPRO = io.veritag.testing.SharedFolder.resolve("repro/aged-after-kill.mv.db");
    private static final int ROUNDS = Integer.getInteger("torture.rounds", 30);
    private static final int BIG_LINES = Integer.getInteger("torture.bigLines", 6000);
    /** A long run prints its figures so far every this many rounds ({@code -Dtorture.progress=N}). */
    private static final int PROGRESS_EVERY = Math.max(1, Integer.getInteger("torture.progress", 25));

    @TempDir
    Path dir;

    private final Figures figures = new Figures();

    @Test
    void killedWorkersLoseNothingAcknowledgedAndLeaveFilesThatOpen() throws Exception {
        long seed = Long.getLong("torture.seed", System.nanoTime());
        System.out.println("crash torture: seed " + seed + " (repeat with -Dtorture.seed=" + seed + "), " + ROUNDS + " rounds");
        Random random = new Random(seed);
        List<Lineage> lineages = new ArrayList<>();
        if (Files.isReadable(REPRO)) {
            lineages.add(new Lineage("aged", REPRO));
        }
        lineages.add(new Lineage("fresh", null));
        for (Lineage lineage : lineages) {
            lineage.start();
        }
        for (int round = 1; round <= ROUNDS; round++) {
            Lineage lineage = lineages.get(round % lineages.size());
            runRound(round, lineage, random);
            if (round % PROGRESS_EVERY == 0 && round < ROUNDS) {
                System.out.println(figures.report(seed).lines().findFirst().orElse("")); // a long run shows its progress
            }
        }
        for (Lineage lineage : lineages) {
            figures.sizes.add(lineage.name + " " + Files.size(lineage.file()) / 1024 + " KB");
        }
        System.out.println(figures.report(seed));
        assertThat(figures.failures).as("seed " + seed).isEmpty();
    }

    private void runRound(int round, Lineage lineage, Random random) throws Exception {
        double kind = random.nextDouble();
        int cleanAfter = kind < 0.12 ? 5 + random.nextInt(40) : 0;
        boolean big = cleanAfter == 0 && kind < 0.45;
        int bigLines = big ? BIG_LINES / 2 + random.nextInt(BIG_LINES) : 0;
        String bigKind = random.nextBoolean() ? "articles" : "annotations";
        boolean killInCommit = big && random.nextInt(3) > 0;
        // killed after a number of finished operations plus a delay (mid-operation or during a pause), so that a
        // loaded machine still gets work done before the kill
        int killAfterOps = 2 + random.nextInt(25);
        long killAfterMillis = random.nextInt(1500);
        long commitDelayMillis = random.nextInt(350);

        Path work = Files.createDirectories(dir.resolve("work-" + round));
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), TortureWorkerMain.class.getName(),
                lineage.file().toString().replaceFirst("\\.mv\\.db$", ""), Long.toString(random.nextLong()), "r" + round,
                work.toString(), Integer.toString(bigLines), bigKind, Integer.toString(cleanAfter))
                .redirectError(dir.resolve("worker-" + round + ".err").toFile())
                .start();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> pump(child, lines), "torture-reader");
        reader.setDaemon(true);
        reader.start();
        TortureLedger ledger = lineage.ledger;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        long killAt = Long.MAX_VALUE;
        boolean exited = false;
        while (System.nanoTime() < Math.min(deadline, killAt)) {
            String line = lines.poll(20, TimeUnit.MILLISECONDS);
            if (line == null) {
                continue;
            }
            if (line.equals("EOF")) {
                exited = true;
                break;
            }
            ledger.accept(line);
            if (line.equals("DONE") && cleanAfter == 0 && !big && --killAfterOps == 0) {
                killAt = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(killAfterMillis);
            } else if (big && !killInCommit && isBigImport(line, bigLines)) {
                killAt = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(killAfterMillis);
            } else if (line.startsWith("COMMITTING") && killInCommit) {
                killAt = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(commitDelayMillis);
                figures.midCommitKills++;
            }
        }
        if (!exited) {
            child.destroyForcibly(); // SIGKILL: no shutdown hook, no final write
            figures.kills++;
        } else if (cleanAfter > 0) {
            figures.cleanCloses++;
        }
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        // every line the child wrote before it died is acknowledged: wait for the reader to reach the end of the
        // pipe (a 10 s limit here, on a machine at load 25, could leave a whole acknowledged operation unread and
        // its span counted as "committed but not acknowledged")
        reader.join(TimeUnit.MINUTES.toMillis(5));
        if (reader.isAlive()) {
            figures.fail(round, lineage, "the worker's output was not read to its end within 5 minutes");
        }
        for (String line = lines.poll(); line != null; line = lines.poll()) {
            if (!line.equals("EOF")) {
                ledger.accept(line); // written before the kill: acknowledged all the same
            }
        }
        if (exited && cleanAfter == 0) {
            figures.fail(round, lineage, "worker ended by itself: " + Files.readString(dir.resolve("worker-" + round + ".err")).strip());
        }
        figures.rounds++;
        check(round, lineage);
    }

    private void check(int round, Lineage lineage) throws Exception {
        String path = lineage.file().toString().replaceFirst("\\.mv\\.db$", "");
        try (Database opened = Database.open(path)) {
            opened.store().articles().count();
        } catch (RuntimeException e) {
            figures.notOpening++;
            figures.fail(round, lineage, "file would not open: " + e.getMessage());
            lineage.restart();
            return;
        }
        try (Connection db = DriverManager.getConnection(Database.jdbcUrl(path), "sa", "")) {
            figures.checked += lineage.ledger.acknowledgedThisRound;
            TortureLedger.Findings findings = lineage.ledger.verify(db);
            figures.lost += findings.lost().size();
            figures.inconsistentImports += findings.inconsistentImports().size();
            figures.indexDisagreements += findings.indexDisagreements().size();
            findings.lost().forEach(f -> figures.fail(round, lineage, "lost: " + f));
            findings.inconsistentImports().forEach(f -> figures.fail(round, lineage, "half import: " + f));
            findings.indexDisagreements().forEach(f -> figures.fail(round, lineage, "indexes disagree: " + f));
            findings.unacknowledged().forEach(f -> figures.notes.add("round " + round + " (" + lineage.name + " file): " + f));
            if (findings.indexDisagreements().isEmpty()) {
                lineage.ledger.resync(db);
            } else {
                db.close();
                lineage.restart(); // a damaged file would report the same damage in every later round
            }
        } catch (java.sql.SQLException e) {
            figures.notOpening++;
            figures.fail(round, lineage, "second open failed: " + e.getMessage().lines().findFirst().orElse(""));
            lineage.restart();
        }
    }

    private static boolean isBigImport(String line, int bigLines) {
        String[] f = line.split(" ");
        return f[0].equals("TRY") && (f[1].equals("IMPORT") && f[3].equals(Integer.toString(bigLines))
                || f[1].equals("ANN") && f[4].equals(Integer.toString(bigLines)));
    }

    private static void pump(Process child, BlockingQueue<String> lines) {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                lines.add(line);
            }
        } catch (IOException killed) {
            // the pipe ends with the process
        }
        lines.add("EOF");
    }

    /** One database file carried from round to round, and what is known about it. */
    private final class Lineage {
        final String name;
        final Path origin;
        final TortureLedger ledger = new TortureLedger();
        int generation;

        Lineage(String name, Path origin) {
            this.name = name;
            this.origin = origin;
        }

        Path file() {
            return dir.resolve(name + "-" + generation + ".mv.db");
        }

        /**
         * Puts the starting file in place untouched (an aged file must meet its first worker as it is: a clean
         * open and close here could tidy it up) and learns its contents from a second copy.
         */
        void start() throws Exception {
            Path baseline = dir.resolve(name + "-" + generation + "-baseline.mv.db");
            if (origin != null) {
                Files.copy(origin, file());
                Files.copy(origin, baseline);
                file().toFile().setWritable(true);
                baseline.toFile().setWritable(true);
            }
            String path = baseline.toString().replaceFirst("\\.mv\\.db$", "");
            try (Database created = Database.open(path)) {
                created.store().articles().count();
            }
            try (Connection db = DriverManager.getConnection(Database.jdbcUrl(path), "sa", "")) {
                ledger.resync(db);
            }
            if (origin == null) {
                Files.move(baseline, file());
            } else {
                Files.delete(baseline);
            }
        }

        /** The file is lost: carry on from a fresh copy of the starting point, so that later rounds still count. */
        void restart() throws Exception {
            generation++;
            ledger.reset();
            start();
        }
    }

    private static final class Figures {
        final List<String> failures = new ArrayList<>();
        final List<String> sizes = new ArrayList<>();
        int rounds;
        int kills;
        int midCommitKills;
        int cleanCloses;
        long checked;
        int lost;
        int notOpening;
        int inconsistentImports;
        int indexDisagreements;
        final List<String> notes = new ArrayList<>();

        void fail(int round, Lineage lineage, String what) {
            failures.add("round " + round + " (" + lineage.name + " file): " + what);
        }

        String report(long seed) {
            return "crash torture, seed " + seed + ": " + rounds + " rounds (" + kills + " kills, " + midCommitKills
                    + " of them in a big import's commit, " + cleanCloses + " clean closes); " + checked
                    + " acknowledged changes checked; " + lost + " changes lost; " + notOpening + " files would not open; "
                    + inconsistentImports + " inconsistent imports; " + indexDisagreements + " tables with disagreeing indexes;"
                    + " " + notes.size() + " whole changes committed but not acknowledged; final sizes " + sizes
                    + (notes.isEmpty() ? "" : "\nnot acknowledged:\n  " + String.join("\n  ", notes))
                    + (failures.isEmpty() ? "" : "\nfirst failures:\n  " + String.join("\n  ", failures.subList(0, Math.min(20, failures.size()))));
        }
    }
}
