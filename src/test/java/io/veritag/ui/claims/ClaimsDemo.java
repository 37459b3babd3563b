package io.veritag.ui.claims;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.FlatLightLaf;
import io.veritag.model.Annotator;
import io.veritag.model.ClaimCluster;
import io.veritag.model.ClusterRole;
import io.veritag.model.Label;
import io.veritag.model.LinkType;
import io.veritag.model.NewArticle;
import io.veritag.model.SourceType;
import io.veritag.model.Span;
import io.veritag.service.Workspace;
import io.veritag.store.Database;
import io.veritag.store.Store;
import io.veritag.ui.kit.InertText;
import io.veritag.ui.kit.SwingExecutor;
import javax.swing.SwingUtilities;

/**
 * Opens the claims view on a scratch database with one cluster told by five outlets over a week, for looking at
 * it: {@code java -cp ... io.veritag.ui.claims.ClaimsDemo <db path> [dark]}. Not a test.
 */
public final class ClaimsDemo {
    private ClaimsDemo() {
    }

    public static void main(String[] args) throws Exception {
        Database database = Database.open(args[0]);
        Store store = database.store();
        Annotator anna = store.annotators().getOrCreate("anna");
        if (store.spans().count() == 0) {
            seed(store, anna);
        }
        Workspace workspace = new Workspace(database);
        var labeling = workspace.labeling(anna);
        boolean dark = args.length > 1 && args[1].equals("dark");
        SwingUtilities.invokeAndWait(() -> {
            InertText.install();
            FlatLaf.registerCustomDefaultsSource("io.veritag.ui.themes");
            if (dark) {
                FlatDarkLaf.setup();
            } else {
                FlatLightLaf.setup();
            }
            ClaimsWindow window = new ClaimsWindow(workspace, labeling, new SwingExecutor());
            window.setBounds(0, 0, 1280, 800);
            window.setVisible(true);
        });
    }

    private static void seed(Store store, Annotator anna) {
        long cluster = store.clusters().create(anna.id(), "Russia ordered its troops to leave the west bank of the Dnipro").id();
        member(store, anna, cluster, "kyiv-1", "Kyiv Daily", "2022-11-09",
                "Russia's defence minister ordered troops to leave the west bank, state television said.",
                "Russia's defence minister ordered troops to leave the west bank", "state television", Label.CLAIM);
        member(store, anna, cluster, "wire-1", "Wire Service", "2022-11-09",
                "Ukraine's army doubts the withdrawal is real, a spokesman said.",
                "Ukraine's army doubts the withdrawal is real", "a spokesman", Label.DENIAL);
        member(store, anna, cluster, "herald-1", "The Herald", "2022-11-10",
                "Moscow told its soldiers to withdraw from Kherson, officials said.",
                "Moscow told its soldiers to withdraw from Kherson", "officials", Label.CLAIM);
        member(store, anna, cluster, "post-1", "Evening Post", "2022-11-11",
                "The retreat may be a trap to lure Ukrainian forces in, analysts said.",
                "The retreat may be a trap to lure Ukrainian forces in", "analysts", Label.SPECULATION);
        member(store, anna, cluster, "times-1", "Capital Times", "2022-11-12",
                "Russian troops were ordered out of the west bank of the Dnipro.",
                "Russian troops were ordered out of the west bank of the Dnipro", null, Label.CLAIM);
        member(store, anna, cluster, "blog-1", "Frontline Blog", "2022-11-15",
                "Soldiers were told to leave the west bank days ago.",
                "Soldiers were told to leave the west bank days ago", null, Label.CLAIM);
        member(store, anna, cluster, "undated-1", "Morning Letter", null,
                "The troops were told to leave the west bank.", "The troops were told to leave the west bank", null, Label.CLAIM);
        long other = store.clusters().create(anna.id(), "The bridge was blown up").id();
        member(store, anna, other, "herald-2", "The Herald", "2022-11-11",
                "The Antonivskyi bridge was blown up.", "The Antonivskyi bridge was blown up", null, Label.CLAIM);
    }

    private static void member(Store store, Annotator anna, long cluster, String id, String outlet, String date, String text,
                               String spanText, String source, String label) {
        long article = store.articles().insert(new NewArticle(id, outlet + ": " + id, outlet, null, date, text), "sha-" + id);
        Span span = store.spans().insert(article, anna.id(), text.indexOf(spanText), text.indexOf(spanText) + spanText.length(),
                label, null);
        if (source != null) {
            Span said = store.spans().insert(article, anna.id(), text.indexOf(source), text.indexOf(source) + source.length(),
                    Label.SOURCE, null, SourceType.OFFICIAL, null);
            store.links().insert(span, said, LinkType.SAID_BY);
        }
        store.clusters().add(span, cluster, label.equals(Label.CLAIM) ? ClusterRole.MEMBER : ClusterRole.ATTACHED);
    }
}
