package io.veritag.ui;

import io.veritag.model.Annotator;
import io.veritag.store.Database;
import javax.swing.SwingUtilities;

/**
 * Opens the window on a scratch database with the sample corpus, for looking at it (screenshots):
 * {@code java -cp ... io.veritag.ui.WorkbenchDemo <db path> [dark]}. Not a test.
 */
public final class WorkbenchDemo {
    private WorkbenchDemo() {
    }

    private static void seed(Database database, Annotator anna) {
        var store = database.store();
        long first = store.articles().summaries().get(0).id();
        var article = store.articles().get(first).orElseThrow();
        var mine = new io.veritag.service.LabelingService(store, anna);
        var ben = new io.veritag.service.LabelingService(store, store.annotators().getOrCreate("ben"));
        String t = article.text();
        tag(mine, article, t, "is the biggest victory since the beginning of the aggression", "CLAIM");
        tag(mine, article, t, "biggest victory", "SPECULATION");
        tag(mine, article, t, "he will throw all his forces at the defense of the city", "SPECULATION");
        tag(mine, article, t, "may be inevitable", "SPECULATION");
        tag(mine, article, t, "Russia has shown no signs", "DENIAL");
        tag(ben, article, t, "the biggest victory since the beginning", "CLAIM");
        tag(ben, article, t, "may be inevitable", "DENIAL");
    }

    private static void tag(io.veritag.service.LabelingService s, io.veritag.model.Article a, String text, String words, String label) {
        int at = text.indexOf(words);
        if (at >= 0) {
            s.createSpan(a, at, at + words.length(), label, true);
        }
    }

    public static void main(String[] args) throws Exception {
        Theme.beforeAwt();
        boolean dark = args.length > 1 && args[1].equals("dark");
        Database database = Database.open(args[0]);
        if (database.store().articles().count() == 0) {
            TestCorpus.load(database.store());
        }
        Annotator anna = database.store().annotators().getOrCreate("anna");
        if (database.store().spans().count() == 0) {
            seed(database, anna);
        }
        SwingUtilities.invokeAndWait(() -> {
            Theme.install(dark);
            WorkbenchPrefs prefs = new WorkbenchPrefs(new MemoryPreferences());
            WorkbenchFrame frame = Workbench.create(database, anna, prefs);
            frame.setLocation(0, 0);
            frame.setVisible(true);
        });
    }
}
