package io.veritag.ui;

import io.veritag.model.Annotator;
import io.veritag.model.Article;
import io.veritag.model.Label;
import io.veritag.model.LinkType;
import io.veritag.model.SourceType;
import io.veritag.model.Span;
import io.veritag.service.LabelingService;
import io.veritag.service.Workspace;
import io.veritag.store.Database;
import io.veritag.ui.kit.SwingExecutor;
import javax.swing.SwingUtilities;

/**
 * Opens the window on a scratch database with the sample corpus, sources and links on the first article, for
 * screenshots: {@code java -cp ... io.veritag.ui.LinksDemo <db path> [dark]}. Not a test.
 */
public final class LinksDemo {
    private LinksDemo() {
    }

    private static Span tag(LabelingService s, Article a, String words, String label) {
        int at = a.text().indexOf(words);
        return s.createSpan(a, at, at + words.length(), label, true).select();
    }

    private static Span source(LabelingService s, Article a, String words, SourceType type, Span statement) {
        int at = a.text().indexOf(words);
        return s.createSource(a, at, at + words.length(), type, statement == null ? null : statement.id(), true).select();
    }

    private static void seed(Database database, Annotator anna) {
        var store = database.store();
        Article article = store.articles().get(store.articles().summaries().get(0).id()).orElseThrow();
        LabelingService mine = new LabelingService(store, anna);
        Span victory = tag(mine, article, "is the biggest victory since the beginning of the aggression", Label.CLAIM);
        source(mine, article, "The Washington Post", SourceType.MEDIA, victory);
        Span assault = tag(mine, article, "may be inevitable", Label.SPECULATION);
        mine.toggleLink(assault.id(), victory.id(), LinkType.HEDGES);
        source(mine, article, "The publication", SourceType.MEDIA, assault);
        Span hint = tag(mine, article, "hints at the liberation of the region in the near future", Label.SPECULATION);
        source(mine, article, "The Ukrainian side", SourceType.OFFICIAL, hint);
        Span deployed = tag(mine, article, "Russia had deployed an additional 1,000 troops", Label.CLAIM);
        source(mine, article, "the Ukrainian armed forces", SourceType.MILITARY, deployed);
        Span retreat = tag(mine, article, "Russian troops appeared ready to retreat", Label.CLAIM);
        source(mine, article, "Western officials", SourceType.OFFICIAL, retreat);
        Span denial = tag(mine, article, "Russia has shown no signs that it is ready to give up the city", Label.DENIAL);
        mine.toggleLink(denial.id(), retreat.id(), LinkType.DENIES);
        mine.setUnsure(hint.id(), true);
    }

    public static void main(String[] args) throws Exception {
        Theme.beforeAwt();
        boolean dark = java.util.List.of(args).contains("dark");
        Database database = Database.open(args[0]);
        if (database.store().articles().count() == 0) {
            TestCorpus.load(database.store());
        }
        Annotator anna = database.store().annotators().getOrCreate("anna");
        if (database.store().spans().count() == 0) {
            seed(database, anna);
        }
        Workspace workspace = new Workspace(database);
        LabelingService labeling = workspace.labeling(anna);
        SwingExecutor executor = new SwingExecutor();
        WorkbenchFrame[] frame = new WorkbenchFrame[1];
        SwingUtilities.invokeAndWait(() -> {
            Theme.install(dark);
            frame[0] = Workbench.create(workspace, labeling, new WorkbenchPrefs(new MemoryPreferences()), executor);
            frame[0].setLocation(0, 0);
            frame[0].setSize(1280, 800);
            frame[0].setVisible(true);
        });
        executor.awaitIdle(java.time.Duration.ofSeconds(30));
        SwingUtilities.invokeAndWait(() -> frame[0].controller().model().spans().stream()
                .filter(s -> s.label().equals(Label.DENIAL)).findFirst()
                .ifPresent(s -> frame[0].controller().model().selectSpan(s.id())));
    }
}
