package io.veritag.ui.adjudication;

import static io.veritag.service.adjudication.AdjudicationFixture.range;
import static org.assertj.core.api.Assertions.assertThat;

import io.veritag.model.Annotator;
import io.veritag.model.ArticleStatus;
import io.veritag.model.NewArticle;
import io.veritag.model.gold.Decision;
import io.veritag.model.gold.DecisionKind;
import io.veritag.model.gold.GoldSpan;
import io.veritag.model.gold.LabeledRange;
import io.veritag.service.adjudication.AdjudicationService;
import io.veritag.store.Database;
import io.veritag.store.Store;
import io.veritag.ui.kit.EdtGuard;
import io.veritag.ui.kit.Settle;
import io.veritag.ui.kit.SwingExecutor;
import java.awt.event.KeyEvent;
import java.util.Arrays;
import java.util.List;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One annotator with two nested spans in one disagreement (a whole sentence, and a phrase inside it): the
 * curator must see both and be able to take either, and the trail must only name spans that were shown.
 */
class NestedSpansAdjudicationTest {
    private static final String TEXT = "Officials hailed the liberation of the region as final. Markets rose.";

    private final EdtGuard guard = new EdtGuard();
    private final SwingExecutor executor = new SwingExecutor();
    private Database database;
    private Store store;
    private long article;
    private AdjudicationModel model;
    private Robot robot;
    private FrameFixture window;

    @BeforeEach
    void openWindow() {
        database = guard.database();
        store = database.store();
        article = store.articles().insert(new NewArticle("n1", "Nested", null, null, null, TEXT), "sha-n1");
        Annotator anna = store.annotators().getOrCreate("anna");
        Annotator boris = store.annotators().getOrCreate("boris");
        span(anna, "hailed the liberation", "SPECULATION");
        span(boris, "Officials hailed the liberation of the region as final.", "CLAIM");
        span(boris, "liberation of the region", "DENIAL");
        store.statuses().set(article, anna.id(), ArticleStatus.DONE);
        store.statuses().set(article, boris.id(), ArticleStatus.DONE);

        AdjudicationService service = new AdjudicationService(store);
        var session = service.session(service.annotators(List.of()), "cora");
        robot = BasicRobot.robotWithNewAwtHierarchy();
        var labels = store.labels().all();
        AdjudicationFrame frame = GuiActionRunner.execute(() -> {
            model = new AdjudicationModel(session, labels, false, executor);
            return new AdjudicationFrame(model);
        });
        window = new FrameFixture(robot, frame);
        window.show();
        GuiActionRunner.execute(() -> model.loadArticles());
        settle(); // no explicit focus: the window gives the keyboard to the text itself
    }

    @AfterEach
    void close() {
        settle();
        window.cleanUp();
        database.close();
        guard.assertNoQueryRanOnTheEdt();
    }

    @Test
    void everySpanOfTheGroupHasItsOwnRow() {
        window.label("disagreementTitle").requireText("Disagreement 1 of 1 · boundary + label · open");
        String[][] rows = window.table("versions").contents();
        assertThat(Arrays.stream(rows).map(r -> r[1] + " " + r[2] + " " + r[3]).toList()).containsExactly(
                "anna SPECULATION «hailed the liberation»",
                "boris CLAIM «Officials hailed the liberation of the region as final.»",
                "boris DENIAL «liberation of the region»");
        window.button("accept3").requireVisible().requireEnabled();
        window.label("batchProgress").requireText("<html>0 of 1 settled<br>0 of 1 article done</html>");
    }

    @Test
    void theArrowsDecideAsSoonAsTheWindowOpensAndTheHeaderShowsTheTitle() {
        window.textBox("articleText").requireFocused();
        window.label("articleTitle").requireText("Nested");
        window.pressAndReleaseKeys(KeyEvent.VK_RIGHT); // row 2: boris's CLAIM
        settle();
        assertThat(store.gold().spans().forArticle(article)).extracting(GoldSpan::range)
                .containsExactly(range(TEXT, "Officials hailed the liberation of the region as final.", "CLAIM"));
    }

    @Test
    void keyThreeTakesTheInnerSpanAndTheTrailNamesOnlyShownSpans() {
        window.pressAndReleaseKeys(KeyEvent.VK_3);
        settle();

        assertThat(store.gold().spans().forArticle(article)).extracting(GoldSpan::range)
                .containsExactly(range(TEXT, "liberation of the region", "DENIAL"));
        Decision accepted = store.gold().decisions().forArticle(article).get(0);
        assertThat(accepted.kind()).isEqualTo(DecisionKind.ACCEPT);
        assertThat(accepted.after()).isEqualTo(range(TEXT, "liberation of the region", "DENIAL"));
        // every span the decision names (chosen or passed over) was a row on screen
        List<String> shown = Arrays.stream(window.table("versions").contents()).map(r -> r[1] + " " + r[2] + " " + r[3]).toList();
        assertThat(accepted.sources()).hasSize(3).allSatisfy(source -> assertThat(shown).contains(
                source.annotatorName() + " " + source.label() + " «"
                        + TEXT.substring(source.start(), source.end()) + "»"));
        window.list("gold").selectItem(0);
        settle();
        assertThat(window.textBox("history").text()).contains("proposed by boris")
                .contains("passed over: boris CLAIM «Officials hailed").contains("anna SPECULATION «hailed the liberation»");
    }

    @Test
    void bothNestedSpansOfOneAnnotatorCanGoIntoGold() {
        window.pressAndReleaseKeys(KeyEvent.VK_2);
        settle();
        GuiActionRunner.execute(() -> model.select(0));
        window.pressAndReleaseKeys(KeyEvent.VK_3);
        settle();

        assertThat(store.gold().spans().forArticle(article)).extracting(GoldSpan::range).containsExactlyInAnyOrder(
                range(TEXT, "Officials hailed the liberation of the region as final.", "CLAIM"),
                range(TEXT, "liberation of the region", "DENIAL"));
    }

    @Test
    void escapeLeavesTheReasonFieldFirstThenClosesTheWindow() {
        window.pressAndReleaseKeys(KeyEvent.VK_R);
        window.textBox("reason").requireFocused();
        window.textBox("reason").pressAndReleaseKeys(KeyEvent.VK_ESCAPE);
        window.textBox("articleText").requireFocused();
        assertThat(GuiActionRunner.execute(() -> window.target().isShowing())).isTrue();

        window.pressAndReleaseKeys(KeyEvent.VK_ESCAPE);
        robot.waitForIdle();
        assertThat(GuiActionRunner.execute(() -> window.target().isShowing())).isFalse();
    }

    @Test
    void switchingThemeKeepsTheLanesAndTheShade() {
        int before = GuiActionRunner.execute(() -> ((javax.swing.text.JTextComponent) window.textBox("articleText").target())
                .getHighlighter().getHighlights().length);
        assertThat(before).isEqualTo(4); // three annotator bars and the shade of the current disagreement

        GuiActionRunner.execute(() -> {
            com.formdev.flatlaf.FlatDarkLaf.setup();
            javax.swing.SwingUtilities.updateComponentTreeUI(window.target());
        });
        try {
            assertThat(GuiActionRunner.execute(() -> ((javax.swing.text.JTextComponent) window.textBox("articleText").target())
                    .getHighlighter().getHighlights().length)).isEqualTo(before);
        } finally {
            GuiActionRunner.execute(() -> com.formdev.flatlaf.FlatLightLaf.setup());
        }
    }

    private void span(Annotator annotator, String phrase, String label) {
        LabeledRange r = range(TEXT, phrase, label);
        store.spans().insert(article, annotator.id(), r.start(), r.end(), r.label(), null);
    }

    /** Waits until the events are handled and the database work they started has been delivered. */
    private void settle() {
        Settle.settle(robot, executor);
    }
}
