package io.veritag.store;

import io.veritag.io.TextHash;
import io.veritag.model.NewArticle;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/** Real databases, and real damage done to copies of them. */
public final class DamagedFiles {
    private DamagedFiles() {
    }

    /**
     * A file database (base name {@code base}, i.e. without {@code .mv.db}) with {@code articles} articles of
     * about 3 KB each, three annotators' spans on each, closed cleanly.
     */
    public static Path create(Path base, int articles) {
        Random random = new Random(7);
        try (Database database = Database.open(base.toString())) {
            Store store = database.store();
            long[] annotators = {store.annotators().getOrCreate("anna").id(), store.annotators().getOrCreate("boris").id(),
                    store.annotators().getOrCreate("carla").id()};
            store.inTransaction(tx -> {
                for (int i = 0; i < articles; i++) {
                    StringBuilder text = new StringBuilder();
                    while (text.length() < 3000) {
                        text.append("word").append(random.nextInt(5000)).append(' ');
                    }
                    String body = text.toString().strip();
                    long id = tx.articles().insert(new NewArticle("a" + i, "Article " + i, "test", null, null, body), TextHash.sha256(body));
                    for (int a = 0; a < annotators.length; a++) {
                        tx.spans().insert(id, annotators[a], 10 * a, 10 * a + 8, "CLAIM", null);
                    }
                }
            });
        }
        return Path.of(base + ".mv.db");
    }

    /** Writes 4 KB of zeros at {@code offset} (rounded down to a 4 KB block). */
    public static void zeroBlock(Path file, long offset) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(offset - offset % 4096);
            raf.write(new byte[4096]);
        }
    }

    /** Flips {@code count} random bits in the middle half of the file. */
    public static void flipBits(Path file, int count, long seed) throws IOException {
        Random random = new Random(seed);
        long size = Files.size(file);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            for (int i = 0; i < count; i++) {
                long at = size / 4 + (long) (random.nextDouble() * (size / 2));
                raf.seek(at);
                int b = raf.read();
                raf.seek(at);
                raf.write(b ^ (1 << random.nextInt(8)));
            }
        }
    }

    /** The base name H2 wants (the path without {@code .mv.db}). */
    public static String base(Path file) {
        return file.toString().replaceFirst("\\.mv\\.db$", "");
    }

    /**
     * A copy of {@code file} in {@code folder} with one zeroed 4 KB block that opening refuses: blocks in the
     * middle of the file are tried until one held live data.
     */
    public static Path refusedCopy(Path file, Path folder) throws Exception {
        long size = Files.size(file);
        for (int i = 0; i < 16; i++) {
            Path copy = folder.resolve("damaged-" + i + ".mv.db");
            Files.copy(file, copy);
            zeroBlock(copy, size / 4 + i * (size / 2) / 16);
            try (Database ignored = Database.open(copy.toString())) {
                Files.delete(copy);
            } catch (DamagedDatabaseException expected) {
                return copy;
            }
        }
        throw new AssertionError("no zeroed block in the middle of the file held live data");
    }
}
