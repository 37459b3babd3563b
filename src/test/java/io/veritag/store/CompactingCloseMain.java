package io.veritag.store;

/**
 * Run in a child JVM by {@link CloseCompactionKillTest}: opens a mostly dead file, acknowledges {@code count} new
 * annotators (each its own commit, printed only after the commit returned), then says {@code CLOSING} and closes
 * cleanly, which compacts the file; the parent kills it somewhere in that close.
 */
public final class CompactingCloseMain {
    private CompactingCloseMain() {
    }

    public static void main(String[] args) {
        Database database = Database.open(args[0]);
        int count = Integer.parseInt(args[1]);
        for (int i = 0; i < count; i++) {
            String name = args[2] + "-" + i;
            database.store().annotators().getOrCreate(name);
            System.out.println("OK " + name);
        }
        System.out.println("CLOSING");
        System.out.flush();
        long start = System.nanoTime();
        database.close();
        System.out.println("CLOSED " + (System.nanoTime() - start) / 1_000_000);
        System.out.flush();
    }
}
