package io.veritag.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A clean close gives a large, mostly dead file its space back (by a verified copy renamed over it), keeps every
 * row, seals the new file, and leaves small or mostly live files as they are.
 */
@org.junit.jupiter.api.Tag("h2-only") // files, H2 settings or no database: nothing to run again on PostgreSQL
class CloseCompactionTest {
    private static final int ARTICLES = 6_000;

    @TempDir
    static Path shared;

    @TempDir
    Path dir;

    /** A file written by one big transaction and closed without compaction: most of it is dead. */
    private static Path aged;

    @BeforeAll
    static void age() {
        long minBytes = CloseCompaction.minBytes;
        CloseCompaction.minBytes = Long.MAX_VALUE;
        try {
            aged = DamagedFiles.create(shared.resolve("aged"), ARTICLES);
            // H2's own SHUTDOWN compacts in place for up to 200 ms, and on a quiet machine that left the file 81 %
            // live five times in a row; so the file is aged again, with that compaction off
            rewriteEveryTextWithoutCompaction(aged);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        } finally {
            CloseCompaction.minBytes = minBytes;
        }
    }

    /**
     * Rewrites every article's text and back again in one transaction (same length, same text: nothing a check or a
     * key sees changes) and shuts down without H2's compaction: the texts' old copies and the transaction's log are
     * then dead space, most of the file, however fast the machine is.
     */
    private static void rewriteEveryTextWithoutCompaction(Path file) throws java.sql.SQLException {
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(
                "jdbc:h2:file:" + DamagedFiles.base(file) + ";MAX_COMPACT_TIME=0", "sa", "")) {
            connection.setAutoCommit(false);
            try (java.sql.Statement statement = connection.createStatement()) {
                statement.execute("UPDATE article SET text = REPLACE(text, 'word', 'wOrd')");
                statement.execute("UPDATE article SET text = REPLACE(text, 'wOrd', 'word')");
            }
            connection.commit();
            try (java.sql.Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN");
            }
        }
    }

    private static final long MIN_BYTES = CloseCompaction.minBytes;
    private static final int MAX_LIVE_PERCENT = CloseCompaction.maxLivePercent;

    @AfterEach
    void defaults() {
        CloseCompaction.minBytes = MIN_BYTES;
        CloseCompaction.maxLivePercent = MAX_LIVE_PERCENT;
    }

    @Test
    void aMostlyDeadFileShrinksAtACleanCloseAndKeepsEveryRow() throws Exception {
        Path file = Files.copy(aged, dir.resolve("big.mv.db"));
        long before = Files.size(file);
        int livePercent = CloseCompaction.livePercent(file);
        assertThat(livePercent).as("the big transaction left the file mostly dead").isLessThan(50);
        Object inode = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
        // H2's own SHUTDOWN compacts in place for up to 200 ms, which on a file this small leaves it about 70 % live;
        // on a large file (8 GB after 100,000 articles) it leaves it nearly as dead as before: the copy's threshold
        // is raised here so that the copy, not H2's bounded in-place work, is what is tested
        CloseCompaction.minBytes = 1 << 20;
        CloseCompaction.maxLivePercent = 95;
        long spanToDelete;
        try (Database database = Database.open(DamagedFiles.base(file))) {
            spanToDelete = database.store().spans().forArticle(1, 1).get(0).id();
            database.store().spans().delete(spanToDelete);
            database.store().annotators().getOrCreate("dora"); // acknowledged just before the close
        }
        long after = Files.size(file);
        assertThat(CloseCompaction.last.compacted()).as("%s", CloseCompaction.last).isTrue();
        assertThat(Files.readAttributes(file, BasicFileAttributes.class).fileKey()).as("the copy replaced the file").isNotEqualTo(inode);
        assertThat(after).as("from %,d bytes at %d %% live", before, livePercent)
                .isLessThan(before / 2)
                .isLessThan((long) (before * (livePercent + 15) / 100.0));
        assertThat(CloseCompaction.livePercent(file)).as("the copy is nearly all live").isGreaterThanOrEqualTo(85);
        assertThat(CloseCompaction.partialOf(file)).doesNotExist();
        assertThat(CleanCloseSeal.matches(file)).as("the seal describes the compacted file").isTrue();

        try (Database reopened = Database.open(DamagedFiles.base(file)); Connection connection = reopened.connection()) {
            assertThat(reopened.store().articles().count()).isEqualTo(ARTICLES);
            assertThat(Snapshots.contents(reopened).spans()).isEqualTo(3L * ARTICLES - 1);
            assertThat(reopened.store().spans().forArticle(1, 1)).noneMatch(span -> span.id() == spanToDelete);
            assertThat(reopened.store().annotators().all()).extracting("name").contains("dora");
            Integrity.Result walk = Integrity.walk(connection, Integrity.Depth.FULL);
            assertThat(walk.problems()).isEmpty();
            assertThat(IndexAgreement.disagreements(connection)).isEmpty();
        }
    }

    @Test
    void aSmallOrMostlyLiveFileIsNotRewritten() throws Exception {
        Path file = Files.copy(aged, dir.resolve("kept.mv.db"));
        Object inode = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
        // a minimum well above this file's size, which the open and close may grow a little (the aged file is
        // about as large as the 64 MB default)
        CloseCompaction.minBytes = 2 * Files.size(file);
        Database.open(DamagedFiles.base(file)).close();
        assertThat(Files.readAttributes(file, BasicFileAttributes.class).fileKey()).as("%s", CloseCompaction.last)
                .isEqualTo(inode);
        assertThat(CloseCompaction.last.reason()).isEqualTo("small");

        CloseCompaction.minBytes = 1 << 20;
        CloseCompaction.maxLivePercent = 1; // nothing is that dead
        Database.open(DamagedFiles.base(file)).close();
        assertThat(Files.readAttributes(file, BasicFileAttributes.class).fileKey()).isEqualTo(inode);
        assertThat(CleanCloseSeal.matches(file)).isTrue();
    }

    @Test
    void aCompactedFileIsNotCompactedAgain() throws Exception {
        Path file = Files.copy(aged, dir.resolve("twice.mv.db"));
        CloseCompaction.minBytes = 1 << 20;
        CloseCompaction.maxLivePercent = 95;
        Database.open(DamagedFiles.base(file)).close();
        assertThat(CloseCompaction.last.compacted()).as("%s", CloseCompaction.last).isTrue();
        CloseCompaction.maxLivePercent = 50;
        Object inode = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
        assertThat(CloseCompaction.livePercent(file)).isGreaterThanOrEqualTo(50);
        try (Database database = Database.open(DamagedFiles.base(file))) {
            database.store().annotators().getOrCreate("erik");
        }
        assertThat(Files.readAttributes(file, BasicFileAttributes.class).fileKey()).isEqualTo(inode);
        assertThat(CloseCompaction.last.compacted()).isFalse();
    }

    /** What a kill during the copy leaves: the original and a partial copy, which the next open deletes. */
    @Test
    void aPartialCopyLeftBesideTheFileIsDeletedAtTheNextOpenAndNeverOpened() throws Exception {
        Path file = Files.copy(aged, dir.resolve("left.mv.db"));
        Path partial = CloseCompaction.partialOf(file);
        Files.write(partial, new byte[] {1, 2, 3}); // not a database at all
        assertThat(partial.getFileName().toString()).doesNotEndWith(".mv.db");
        try (Database database = Database.open(DamagedFiles.base(file))) {
            assertThat(partial).doesNotExist();
            assertThat(database.store().articles().count()).isEqualTo(ARTICLES);
        }
    }

    /** The copy is checked map by map before it replaces anything: a copy missing entries is caught. */
    @Test
    void aCopyThatLacksEntriesIsFoundDifferent() throws Exception {
        Path file = Files.copy(aged, dir.resolve("whole.mv.db"));
        Path other = DamagedFiles.create(dir.resolve("fewer"), 10);
        assertThat(CloseCompaction.differences(file, Files.copy(file, dir.resolve("same.mv.db")))).isNull();
        assertThat(CloseCompaction.differences(file, other)).isNotNull();
    }
}
