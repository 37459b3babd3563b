package io.veritag.ui;

import io.veritag.model.Annotator;
import io.veritag.service.LabelingService;
import io.veritag.service.Workspace;
import io.veritag.store.Database;
import io.veritag.ui.kit.SwingExecutor;
import javax.swing.SwingUtilities;

/**
 * Opens the window on a scratch database with the sample corpus, for looking at it (screenshots):
 * {@code java -cp ... io.veritag.ui.WorkbenchDemo <db path> [dark] [others] [select]}, 1280×800 grown with the UI
 * scale ({@code -Dflatlaf.uiScale=1.5}). Not a test.
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
        mine.spans(first).stream().filter(s -> s.label().equals("DENIAL")).findFirst()
                .ifPresent(s -> mine.editNote(s.id(), "attributed to the Post, not to Moscow"));
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
        java.util.List<String> options = java.util.List.of(args).subList(1, args.length);
        boolean dark = options.contains("dark");
        Database database = Database.open(args[0]);
        if (database.store().articles().count() == 0) {
            TestCorpus.load(database.store());
        }
        Annotator anna = database.store().annotators().getOrCreate("anna");
        if (database.store().spans().count() == 0) {
            seed(database, anna);
        }
        WorkbenchFrame[] frame = new WorkbenchFrame[1];
        Workspace workspace = new Workspace(database);
        LabelingService labeling = workspace.labeling(anna);
        SwingExecutor executor = new SwingExecutor();
        SwingUtilities.invokeAndWait(() -> {
            Theme.install(dark);
            WorkbenchPrefs prefs = new WorkbenchPrefs(new MemoryPreferences());
            frame[0] = Workbench.create(workspace, labeling, prefs, executor);
            frame[0].setLocation(0, 0);
            frame[0].setSize(io.veritag.ui.kit.WindowLayout.fit(io.veritag.ui.kit.WindowLayout.scaled(
                    new java.awt.Dimension(1280, 800)), io.veritag.ui.kit.WindowLayout.usableScreen(frame[0])));
            frame[0].setVisible(true);
        });
        WorkbenchController controller = frame[0].controller();
        executor.awaitIdle(java.time.Duration.ofSeconds(30));
        SwingUtilities.invokeAndWait(() -> {
            if (options.contains("others")) {
                controller.setShowOthers(true);
            }
            if (options.contains("select")) {
                controller.model().spans().stream().filter(s -> s.label().equals("DENIAL")).findFirst()
                        .ifPresent(s -> controller.model().selectSpan(s.id()));
            }
        });
    }
}
