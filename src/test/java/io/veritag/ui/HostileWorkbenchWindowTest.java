package io.veritag.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.veritag.HostileCorpus;
import io.veritag.io.DatasetFormats;
import io.veritag.model.Annotator;
import io.veritag.model.ArticleSummary;
import io.veritag.service.Progress;
import io.veritag.service.dataset.AnnotationImportService;
import io.veritag.service.Workspace;
import io.veritag.store.Database;
import io.veritag.ui.kit.EdtGuard;
import io.veritag.ui.kit.InertText;
import io.veritag.ui.kit.Settle;
import io.veritag.ui.kit.SwingExecutor;
import java.awt.Dimension;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Duration;
import javax.swing.JLabel;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbench on the hostile corpus: titles, notes, ids and annotator names that are HTML (an image from a local
 * server, a big red FAKE) are shown as the literal text in the article list, "My spans" and tooltips, and the
 * local server receives no request.
 */
class HostileWorkbenchWindowTest {
    @TempDir
    Path dir;
    private HostileViews views;
    private HostileCorpus corpus;
    private final EdtGuard guard = new EdtGuard();
    private final SwingExecutor executor = new SwingExecutor();
    private Database database;
    private Workspace workspace;
    private Robot robot;
    private FrameFixture window;
    private WorkbenchFrame frame;

    @BeforeAll
    static void lookAndFeel() {
        HostileViews.lookAndFeel();
    }

    @BeforeEach
    void open() {
        views = new HostileViews();
        corpus = new HostileCorpus(views.port()).standard();
        corpus.add("by-html-name", HostileCorpus.FAKE + " by name", corpus.img(), "Text by the html annotator.",
                "html annotator", HostileCorpus.FAKE + " note");
        database = Database.open(dir.resolve("db").toString(), guard);
        workspace = new Workspace(database);
        assertThat(new AnnotationImportService(database.store()).importAnnotations(DatasetFormats.require("jsonl"),
                corpus.write(dir.resolve("hostile.jsonl")), Progress.NONE).errors()).isEmpty();
        Annotator htmlNamed = database.store().annotators().byName(corpus.img()).orElseThrow();
        robot = BasicRobot.robotWithNewAwtHierarchy();
        var labeling = workspace.labeling(htmlNamed);
        frame = GuiActionRunner.execute(() -> Workbench.create(workspace, labeling,
                new WorkbenchPrefs(new MemoryPreferences()), executor));
        window = new FrameFixture(robot, frame);
        window.show(new Dimension(1200, 760));
        settle();
    }

    @AfterEach
    void close() throws Exception {
        settle();
        window.cleanUp();
        database.close();
        views.close();
        guard.assertNoQueryRanOnTheEdt();
    }

    /** Waits until the events are handled and the database work they started has been delivered. */
    private void settle() {
        Settle.settle(robot, executor);
        assertThat(GuiActionRunner.execute(() -> frame.controller().model().article())).isPresent();
    }

    @Test
    void everyArticleWithEveryAnnotatorsSpansShowsDataAsText() throws Exception {
        GuiActionRunner.execute(() -> frame.controller().setShowOthers(true));
        for (ArticleSummary article : database.store().articles().summaries()) {
            GuiActionRunner.execute(() -> frame.controller().openArticle(article.id()));
            settle();
            views.assertInert(frame);
        }
        assertThat(views.shownTexts()).contains(HostileCorpus.FAKE + " by name", corpus.img() + " title",
                HostileCorpus.FAKE + " note");
        views.assertNoRequest();
    }

    @Test
    void theServerWouldSeeARequestIfHtmlWereRendered() throws Exception {
        // the detector itself: a label allowed to render the same title does reach the server
        GuiActionRunner.execute(() -> {
            JLabel label = InertText.allowHtml(new JLabel(corpus.img() + " title"));
            label.setSize(200, 50);
            label.paint(new BufferedImage(200, 50, BufferedImage.TYPE_INT_RGB).getGraphics());
        });
        assertThat(views.awaitRequest(Duration.ofSeconds(10))).as("a request reached the local server").isTrue();
        assertThat(views.requests()).isPositive();
    }
}
