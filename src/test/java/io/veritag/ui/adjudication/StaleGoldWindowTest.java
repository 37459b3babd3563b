package io.veritag.ui.adjudication;

import static io.veritag.service.adjudication.AdjudicationFixture.K1;
import static io.veritag.service.adjudication.AdjudicationFixture.range;
import static org.assertj.core.api.Assertions.assertThat;

import io.veritag.model.Span;
import io.veritag.model.gold.LabeledRange;
import io.veritag.service.adjudication.AdjudicationFixture;
import io.veritag.service.adjudication.AdjudicationService;
import io.veritag.service.adjudication.ArticleProgress;
import io.veritag.store.Database;
import io.veritag.store.Store;
import io.veritag.ui.kit.EdtGuard;
import io.veritag.ui.kit.Settle;
import io.veritag.ui.kit.SwingExecutor;
import java.awt.Component;
import java.awt.event.KeyEvent;
import java.util.List;
import javax.swing.JLabel;
import javax.swing.JList;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 item 3: gold made before an annotator changed the article is marked as older than the annotations,
 * in the article list and in the header, and only then.
 */
class StaleGoldWindowTest {
    private final EdtGuard guard = new EdtGuard();
    private final SwingExecutor executor = new SwingExecutor();
    private Database database;
    private Store store;
    private AdjudicationFixture batch;
    private AdjudicationService service;
    private AdjudicationModel model;
    private Robot robot;
    private FrameFixture window;

    @BeforeAll
    static void checkEdtAccess() {
        FailOnThreadViolationRepaintManager.install();
    }

    @BeforeEach
    void openWindow() {
        database = guard.database();
        store = database.store();
        batch = new AdjudicationFixture(store);
        service = new AdjudicationService(store);
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
        settle();
        window.textBox("articleText").focus();
    }

    @AfterEach
    void close() {
        settle();
        window.cleanUp();
        database.close();
        guard.assertNoQueryRanOnTheEdt();
    }

    @Test
    void goldIsFreshAfterDecisionsAndStaleOnceAnAnnotatorAddsASpan() throws InterruptedException {
        window.pressAndReleaseKeys(KeyEvent.VK_RIGHT); // settles the first disagreement: gold now exists
        settle();
        assertThat(progress(batch.k1).goldStale()).isFalse();
        window.label("settlement").requireText("1 of 3 settled");

        Thread.sleep(5); // the edit comes after the decision, as a later session's would
        LabeledRange extra = range(K1, "officials said", "CLAIM");
        store.spans().insert(batch.k1, batch.anna.id(), extra.start(), extra.end(), extra.label(), null);
        reload();

        assertThat(progress(batch.k1).goldStale()).isTrue();
        assertThat(progress(batch.k2).goldStale()).as("another article, untouched").isFalse();
        assertThat(window.label("settlement").text()).contains("⚠ gold older than the annotations");
        assertThat(listText(0)).contains("gold older than the annotations").startsWith("<html>⚠");
    }

    @Test
    void removingASpanTheGoldWasMadeFromMakesItStale() throws InterruptedException {
        window.pressAndReleaseKeys(KeyEvent.VK_RIGHT); // takes ben's "Russia denied it." into gold
        settle();
        assertThat(progress(batch.k1).goldStale()).isFalse();
        Span bens = store.spans().forArticle(batch.k1, batch.ben.id()).stream()
                .filter(s -> s.textIn(K1).equals("Russia denied it.")).findFirst().orElseThrow();
        Thread.sleep(5);
        store.spans().delete(bens.id());
        reload();
        assertThat(progress(batch.k1).goldStale()).isTrue();
        assertThat(window.label("settlement").text()).contains("⚠ gold older than the annotations");
    }

    @Test
    void anArticleWithoutGoldIsNeverStale() {
        // k2 was never opened: no decision, no gold; a later span changes nothing about gold
        LabeledRange extra = range(AdjudicationFixture.K2, "Prices fell", "DENIAL");
        store.spans().insert(batch.k2, batch.ben.id(), extra.start(), extra.end(), extra.label(), null);
        assertThat(store.gold().decisions().forArticle(batch.k2)).isEmpty();
        assertThat(progress(batch.k2).goldStale()).isFalse();
        reload(); // opens k2 on the way: its gold is made from the spans as they are now
        assertThat(store.gold().decisions().forArticle(batch.k2)).isNotEmpty();
        assertThat(progress(batch.k2).goldStale()).isFalse();
        assertThat(progress(batch.k1).goldStale()).as("k1's gold is as fresh as its spans").isFalse();
        assertThat(window.label("settlement").text()).doesNotContain("older");
    }

    private ArticleProgress progress(long articleId) {
        return service.preview(service.annotators(List.of()), io.veritag.service.Progress.NONE).stream()
                .filter(p -> p.article().id() == articleId).findFirst().orElseThrow();
    }

    /** The list read again, and the curator goes to another article and back: k1 is read afresh. */
    private void reload() {
        GuiActionRunner.execute(() -> model.loadArticles());
        settle();
        GuiActionRunner.execute(() -> model.openArticle(batch.k2));
        settle();
        GuiActionRunner.execute(() -> model.openArticle(batch.k1));
        settle();
        assertThat(GuiActionRunner.execute(() -> model.state().orElseThrow().article().id())).isEqualTo(batch.k1);
    }

    /** The list row's text as the renderer draws it. */
    private String listText(int index) {
        @SuppressWarnings("unchecked")
        JList<ArticleProgress> list = (JList<ArticleProgress>) window.list("articles").target();
        return GuiActionRunner.execute(() -> {
            Component c = list.getCellRenderer().getListCellRendererComponent(list, list.getModel().getElementAt(index),
                    index, false, false);
            return ((JLabel) c).getText();
        });
    }

    private void settle() {
        Settle.settle(robot, executor);
    }
}
