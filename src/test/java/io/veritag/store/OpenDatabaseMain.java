package io.veritag.store;

/** Run in a second JVM by {@link DatabaseFileTest}: opens the database and prints what happened. */
public final class OpenDatabaseMain {
    private OpenDatabaseMain() {
    }

    public static void main(String[] args) {
        try (Database database = Database.open(args[0])) {
            System.out.println("opened " + database.store().articles().count());
        } catch (StoreException e) {
            System.out.println(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
