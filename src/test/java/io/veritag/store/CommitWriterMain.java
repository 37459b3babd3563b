package io.veritag.store;

import io.veritag.model.NewArticle;

/**
 * Run in a child JVM by {@link DurabilityTest}: inserts spans one commit at a time, printing each id only
 * after its commit returned ("acknowledged"), until it is killed.
 */
public final class CommitWriterMain {
    private CommitWriterMain() {
    }

    public static void main(String[] args) {
        try (Database database = Database.open(args[0])) {
            Store store = database.store();
            long article = store.articles().insert(new NewArticle("a", "t", null, null, null, "x".repeat(1_000_000)), "h");
            long annotator = store.annotators().getOrCreate("anna").id();
            System.out.println("ready");
            System.out.flush();
            for (int start = 0; start < 999_999; start++) {
                long id = store.spans().insert(article, annotator, start, start + 1, "CLAIM", null).id();
                System.out.println(id);
                System.out.flush();
            }
        }
    }
}
