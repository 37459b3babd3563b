package io.veritag.ui.adjudication;

import com.formdev.flatlaf.FlatLightLaf;
import io.veritag.model.Annotator;
import io.veritag.model.ArticleStatus;
import io.veritag.model.ArticleSummary;
import io.veritag.service.ImportService;
import io.veritag.service.Progress;
import io.veritag.service.adjudication.AdjudicationService;
import io.veritag.store.Database;
import io.veritag.store.Store;
import java.util.List;
import javax.swing.SwingUtilities;

/**
 * Opens the adjudication window over the bundled samples with two made-up annotators, for looking at it
 * (screenshots). Not a test. Argument "blind" hides the names.
 */
public final class AdjudicationDemo {
    private AdjudicationDemo() {
    }

    public static void main(String[] args) {
        Database db = Database.inMemory();
        Store store = db.store();
        new ImportService(store).importSamples(Progress.NONE);
        annotate(store);
        AdjudicationService service = new AdjudicationService(store);
        List<Annotator> chosen = service.annotators(List.of());
        boolean blind = args.length > 0 && args[0].equals("blind");
        var session = service.session(chosen, "cora");
        long first = store.articles().summaries().get(0).id();
        var opened = session.open(first);
        var boundary = opened.disagreements().get(0);
        session.accept(first, boundary.key(), boundary.versions().get(1).range(), "the full stop belongs to the claim");
        var label = opened.disagreements().get(1);
        session.accept(first, label.key(), label.versions().get(0).range(), "hedged: 'hints at'");
        var labels = store.labels().all();
        SwingUtilities.invokeLater(() -> {
            FlatLightLaf.setup();
            AdjudicationModel model = new AdjudicationModel(session, labels, blind, new io.veritag.ui.kit.SwingExecutor());
            AdjudicationFrame frame = new AdjudicationFrame(model);
            frame.setLocation(5, 5);
            frame.setVisible(true);
            model.loadArticles();
            if (args.length > 1) {
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
