package io.veritag.ui.adjudication;

import static org.assertj.core.api.Assertions.assertThat;

import io.veritag.model.gold.Curator;
import io.veritag.service.adjudication.AdjudicationFixture;
import io.veritag.store.Database;
import io.veritag.service.Workspace;
import io.veritag.ui.kit.EdtGuard;
import io.veritag.ui.kit.Settle;
import io.veritag.ui.kit.SwingExecutor;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.SwingUtilities;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Review → Adjudicate… first asks whom to compare and who curates. */
class AdjudicationSetupTest {
    private final EdtGuard guard = new EdtGuard();
    private final SwingExecutor executor = new SwingExecutor();
    private Database database;
    private Robot robot;
    private final AtomicReference<AdjudicationFrame> opened = new AtomicReference<>();

    @BeforeEach
    void setUp() {
        database = guard.database();
        new AdjudicationFixture(database.store());
        Workspace workspace = new Workspace(database);
        robot = BasicRobot.robotWithNewAwtHierarchy();
        SwingUtilities.invokeLater(() -> AdjudicationFrame.open(workspace, executor, null, "anna", opened::set));
    }

    @AfterEach
    void close() {
        Settle.settle(robot, executor);
        robot.cleanUp();
        database.close();
        guard.assertNoQueryRanOnTheEdt();
    }

    @Test
    void startsTheWindowForTheChosenCuratorWithNamesShownWhenNotBlind() {
        DialogFixture setup = WindowFinder.findDialog("adjudicationSetup").using(robot);
        setup.checkBox("annotator-anna").requireSelected();
        setup.checkBox("annotator-ben").requireSelected();
        setup.checkBox("blindSetup").requireSelected();
        // set and pressed on the EDT: robot clicks on a freshly shown dialog can be lost on a loaded machine
        GuiActionRunner.execute(() -> {
            setup.checkBox("blindSetup").target().setSelected(false);
            setup.textBox("curator").target().setText("dora");
        });
        GuiActionRunner.execute(() -> setup.button("start").target().doClick());
        Settle.settle(robot, executor); // the session is made off the EDT first (slow on a loaded machine)

        FrameFixture window = WindowFinder.findFrame("adjudication").using(robot);
        window.requireTitle("Veritag — Adjudication (curator: dora)");
        Settle.settle(robot, executor);
        window.label("articleTitle").requireText("Kherson is free");
        assertThat(opened.get()).isSameAs(window.target());
        window.checkBox("blind").requireNotSelected();
        assertThat(window.table("versions").contents()[1][1]).isEqualTo("ben");
        assertThat(database.store().gold().curators().byName("dora")).map(Curator::name).contains("dora");
    }

    @Test
    void aCuratorWhoIsOneOfTheAnnotatorsComparedIsSaidAndMustBeConfirmed() {
        DialogFixture setup = WindowFinder.findDialog("adjudicationSetup").using(robot);
        setup.textBox("curator").requireText("anna"); // the workbench's annotator, who is compared here
        setup.label("curatorNote").requireText("anna is one of the annotators compared: they would judge their own spans.");
        GuiActionRunner.execute(() -> setup.button("start").target().doClick());
        setup.requireVisible();
        setup.label("setupProblem").requireText("Press Start again to curate as anna, or enter another curator.");
        // not compared any more: no note
        GuiActionRunner.execute(() -> setup.checkBox("annotator-anna").target().setSelected(false));
        setup.label("curatorNote").requireText(" ");
        GuiActionRunner.execute(() -> setup.checkBox("annotator-anna").target().setSelected(true));
        GuiActionRunner.execute(() -> setup.button("start").target().doClick());

        FrameFixture window = WindowFinder.findFrame("adjudication").using(robot);
        window.requireTitle("Veritag — Adjudication (curator: anna)");
        Settle.settle(robot, executor);
    }

    @Test
    void refusesFewerThanTwoAnnotators() {
        DialogFixture setup = WindowFinder.findDialog("adjudicationSetup").using(robot);
        GuiActionRunner.execute(() -> setup.checkBox("annotator-ben").target().setSelected(false));
        GuiActionRunner.execute(() -> setup.button("start").target().doClick());

        setup.requireVisible();
        setup.label("setupProblem").requireText("Choose at least two annotators.");
        setup.close();
        Settle.settle(robot, executor);
        assertThat(opened.get()).isNull();
    }
}
