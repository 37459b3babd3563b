package io.veritag.ui.adjudication;

import io.veritag.model.Annotator;
import io.veritag.model.ArticleStatus;
import io.veritag.model.ArticleSummary;
import io.veritag.service.ImportService;
import io.veritag.service.Progress;
import io.veritag.service.adjudication.AdjudicationService;
import io.veritag.store.Database;
import io.veritag.store.Store;
import io.veritag.ui.DemoTheme;
import java.util.List;
import javax.swing.SwingUtilities;

/**
 * Opens the adjudication window over the bundled samples with two made-up annotators, in the program's theme, for
 * looking at it (screenshots). Not a test. Options: {@code blind} hides the names, {@code history} selects an
 * accepted span, {@code dark}, and {@code db=<path>} uses that database seeded as the screenshots' one
 * ({@link io.veritag.ui.agreement.ScreenshotData}: three annotators with links) instead of anna and ben in memory.
 */
public final class AdjudicationDemo {
    private AdjudicationDemo() {
    }

    public static void main(String[] args) {
        DemoTheme.beforeAwt();
        List<String> options = List.of(args);
        String path = options.stream().filter(o -> o.startsWith("db=")).map(o -> o.substring(3)).findFirst().orElse(null);
        Database db = path == null ? Database.inMemory() : Database.open(path);
        Store store = db.store();
        if (path == null) {
            new ImportService(store).importSamples(Progress.NONE);
            annotate(store);
        } else {
            io.veritag.ui.agreement.ScreenshotData.seed(store);
        }
        AdjudicationService service = new AdjudicationService(store);
        List<Annotator> chosen = service.annotators(List.of());
        boolean blind = options.contains("blind");
        var session = service.session(chosen, "cora");
        long first = store.articles().summaries().get(0).id();
        var opened = session.open(first);
        var boundary = opened.disagreements().get(0);
        var label = opened.disagreements().get(1);
        if (store.gold().decisions().count() == 0 && boundary.versions().size() > 1) { // once per database
            session.accept(first, boundary.key(), boundary.versions().get(1).range(), "the full stop belongs to the claim");
            session.accept(first, label.key(), label.versions().get(0).range(), "hedged: 'hints at'");
        }
        var labels = store.labels().all();
        SwingUtilities.invokeLater(() -> {
            DemoTheme.install(options.contains("dark"));
            AdjudicationModel model = new AdjudicationModel(session, labels, blind, new io.veritag.ui.kit.SwingExecutor());
            AdjudicationFrame frame = new AdjudicationFrame(model);
            frame.rememberLayout(new io.veritag.ui.kit.WindowLayout( // as the program opens it: sizes grown with the UI scale
                    java.util.prefs.Preferences.userRoot().node("io/veritag/demo/adjudication")), null);
            frame.setLocation(0, 0);
            frame.setVisible(true);
            model.loadArticles();
            if (options.contains("history")) {
                // show the history of the span accepted above once the article is open
                new javax.swing.Timer(2500, e -> model.state().ifPresent(st -> st.gold().stream()
                        .filter(g -> g.range().equals(boundary.versions().get(1).range())).findFirst()
                        .ifPresent(g -> model.selectGold(g.id())))) {
                    {
                        setRepeats(false);
                    }
                }.start();
            }
        });
    }

    /**
     * Two annotators over the samples, sentence by sentence: agreements, boundary, label and missing
     * disagreements in turn. Four of the five articles are finished by both.
     */
    static void annotate(Store store) {
        List<ArticleSummary> articles = store.articles().summaries();
        Annotator anna = store.annotators().getOrCreate("anna");
        Annotator ben = store.annotators().getOrCreate("ben");
        String[] labels = {"CLAIM", "DENIAL", "SPECULATION"};
        for (int a = 0; a < articles.size(); a++) {
            long id = articles.get(a).id();
            String text = store.articles().get(id).orElseThrow().text();
            java.util.regex.Matcher sentence = java.util.regex.Pattern.compile("[A-Z][^.\\n]{20,160}\\.").matcher(text);
            int i = 0;
            while (sentence.find() && i < 14) {
                int s = sentence.start();
                int e = sentence.end() - 1; // without the full stop
                String label = labels[(i + a) % 3];
                switch (i % 6) {
                    case 0, 4 -> {
                        store.spans().insert(id, anna.id(), s, e, label, null);
                        store.spans().insert(id, ben.id(), s, e, label, null);
                    }
                    case 1 -> {
                        store.spans().insert(id, anna.id(), s, e, label, null);
                        store.spans().insert(id, ben.id(), s, e + 1, label, null);
                    }
                    case 2 -> {
                        store.spans().insert(id, anna.id(), s, e, label, null);
                        store.spans().insert(id, ben.id(), s, e, labels[(i + a + 1) % 3], null);
                    }
                    case 3 -> store.spans().insert(id, (i / 6) % 2 == 0 ? ben.id() : anna.id(), s, e, label, null);
                    default -> { }
                }
                i++;
            }
            if (a < 4) {
                store.statuses().set(id, anna.id(), ArticleStatus.DONE);
                store.statuses().set(id, ben.id(), ArticleStatus.DONE);
            }
        }
    }
}
