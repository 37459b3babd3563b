package io.veritag.ui.adjudication;

import static org.assertj.core.api.Assertions.assertThat;

import io.veritag.HostileCorpus;
import io.veritag.io.DatasetFormats;
import io.veritag.service.Progress;
import io.veritag.service.adjudication.AdjudicationService;
import io.veritag.service.dataset.AnnotationImportService;
import io.veritag.store.Database;
import io.veritag.ui.HostileViews;
import io.veritag.ui.kit.EdtGuard;
import io.veritag.ui.kit.Settle;
import io.veritag.ui.kit.SwingExecutor;
import java.nio.file.Path;
import java.util.List;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Adjudication window on ids, titles, notes and names that are HTML: shown as text, no request sent. */
class HostileAdjudicationWindowTest {
    @TempDir
    Path dir;
    private final EdtGuard guard = new EdtGuard();
    private final SwingExecutor executor = new SwingExecutor();
    private HostileViews views;
    private HostileCorpus corpus;
    private Database database;
    private Robot robot;
    private FrameFixture window;
    private AdjudicationModel model;
    private AdjudicationFrame frame;

    @BeforeAll
    static void lookAndFeel() {
        HostileViews.lookAndFeel();
    }

    @BeforeEach
    void open() {
        views = new HostileViews();
        corpus = new HostileCorpus(views.port());
        String text = "The mayor said the bridge fell. Officials denied it.";
        corpus.add(corpus.img() + " id", HostileCorpus.FAKE + " title", corpus.img(), text, "the bridge fell", HostileCorpus.FAKE + " note");
        corpus.add(corpus.img() + " id", HostileCorpus.FAKE + " title", HostileCorpus.FAKE, text, "Officials denied", corpus.img() + " note");
        database = guard.database();
        assertThat(new AnnotationImportService(database.store()).importAnnotations(DatasetFormats.require("jsonl"),
                corpus.write(dir.resolve("hostile.jsonl")), Progress.NONE).errors()).isEmpty();
        AdjudicationService service = new AdjudicationService(database.store());
        var session = service.session(service.annotators(List.of()), corpus.img() + " curator");
        robot = BasicRobot.robotWithNewAwtHierarchy();
        var labels = database.store().labels().all();
        frame = GuiActionRunner.execute(() -> {
            model = new AdjudicationModel(session, labels, false, executor);
            return new AdjudicationFrame(model);
        });
        window = new FrameFixture(robot, frame);
        window.show();
        GuiActionRunner.execute(() -> model.loadArticles());
        Settle.settle(robot, executor);
        assertThat(GuiActionRunner.execute(() -> model.state())).isPresent();
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
    void idsTitlesNotesAndNamesAreText() throws Exception {
        views.assertInert(frame);
        assertThat(views.shownTexts()).anySatisfy(t -> assertThat(t).contains(HostileCorpus.FAKE));
        // the article list writes its own HTML, with every data string escaped
        assertThat(views.shownTexts()).anySatisfy(t -> assertThat(t).contains("&lt;html&gt;&lt;img src=http://127.0.0.1:"));
        views.assertNoRequest();
    }
}
