package io.veritag.ui.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import io.veritag.HostileCorpus;
import io.veritag.io.DatasetFormats;
import io.veritag.service.Progress;
import io.veritag.service.dataset.AnnotationImportService;
import io.veritag.store.Database;
import io.veritag.service.Workspace;
import io.veritag.service.agreement.AgreementService;
import io.veritag.ui.kit.EdtGuard;
import io.veritag.ui.kit.Settle;
import io.veritag.ui.kit.SwingExecutor;
import io.veritag.ui.HostileViews;
import java.awt.Dimension;
import java.nio.file.Path;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Agreement window on annotators and titles that are HTML: shown as text, no request sent. */
class HostileAgreementWindowTest {
    @TempDir
    Path dir;
    private final EdtGuard guard = new EdtGuard();
    private final SwingExecutor executor = new SwingExecutor();
    private HostileViews views;
    private HostileCorpus corpus;
    private Database database;
    private Robot robot;
    private FrameFixture window;
    private AgreementWindow frame;

    @BeforeAll
    static void lookAndFeel() {
        HostileViews.lookAndFeel();
    }

    @BeforeEach
    void open() {
        views = new HostileViews();
        corpus = new HostileCorpus(views.port());
        String text = "The mayor said the bridge fell. Officials denied it.";
        for (String name : new String[] {corpus.img(), HostileCorpus.FAKE, "anna"}) {
            corpus.add("shared", corpus.img() + " shared title", name, text, name.equals("anna") ? "The mayor" : "the bridge fell",
                    HostileCorpus.FAKE + " note");
        }
        database = guard.database();
        assertThat(new AnnotationImportService(database.store()).importAnnotations(DatasetFormats.require("jsonl"),
                corpus.write(dir.resolve("hostile.jsonl")), Progress.NONE).errors()).isEmpty();
        AgreementService service = new Workspace(database).agreement();
        AgreementWindow.Choices choices = AgreementWindow.Choices.load(service);
        robot = BasicRobot.robotWithNewAwtHierarchy();
        frame = GuiActionRunner.execute(() -> new AgreementWindow(service, choices, executor));
        window = new FrameFixture(robot, frame);
        window.show(new Dimension(1200, 800));
    }

    @AfterEach
    void close() throws Exception {
        Settle.settle(robot, executor);
        window.cleanUp();
        database.close();
        views.close();
        guard.assertNoQueryRanOnTheEdt();
    }

    @Test
    void annotatorNamesTitlesAndPairsAreText() throws Exception {
        window.button("compute").click();
        Settle.settle(robot, executor);
        assertThat(GuiActionRunner.execute(() -> frame.busy())).isFalse();
        assertThat(GuiActionRunner.execute(() -> frame.report()).annotators()).contains(corpus.img(), HostileCorpus.FAKE);

        views.assertInert(frame);
        assertThat(views.shownTexts()).anySatisfy(t -> assertThat(t).contains(corpus.img()));
        assertThat(views.shownTexts()).anySatisfy(t -> assertThat(t).contains(HostileCorpus.FAKE));
        views.assertNoRequest();
    }
}
