package io.veritag.ui.adjudication;

import static org.assertj.core.api.Assertions.assertThat;

import io.veritag.model.gold.Curator;
import io.veritag.service.adjudication.AdjudicationFixture;
import io.veritag.store.Database;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.SwingUtilities;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Review → Adjudicate… first asks whom to compare and who curates. */
class AdjudicationSetupTest {
    private Database database;
    private Robot robot;
    private final AtomicReference<Optional<AdjudicationFrame>> opened = new AtomicReference<>();

    @BeforeEach
    void setUp() {
        database = Database.inMemory();
        new AdjudicationFixture(database.store());
        robot = BasicRobot.robotWithNewAwtHierarchy();
        SwingUtilities.invokeLater(() -> opened.set(AdjudicationFrame.open(database.store(), null, "anna")));
    }

    @AfterEach
    void close() {
        robot.cleanUp();
        database.close();
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

        FrameFixture window = WindowFinder.findFrame("adjudication").using(robot);
        window.requireTitle("Veritag — Adjudication (curator: dora)");
        var title = window.label("articleTitle");
        Pause.pause(new Condition("the first article to open") {
            @Override
            public boolean test() {
                return "Kherson is free".equals(GuiActionRunner.execute(() -> title.target().getText()));
            }
        }, Timeout.timeout(10_000));
        window.checkBox("blind").requireNotSelected();
        assertThat(window.table("versions").contents()[1][1]).isEqualTo("ben");
        assertThat(database.store().gold().curators().byName("dora")).map(Curator::name).contains("dora");
    }

    @Test
    void refusesFewerThanTwoAnnotators() {
        DialogFixture setup = WindowFinder.findDialog("adjudicationSetup").using(robot);
        GuiActionRunner.execute(() -> setup.checkBox("annotator-ben").target().setSelected(false));
        GuiActionRunner.execute(() -> setup.button("start").target().doClick());

        setup.requireVisible();
        setup.label("setupProblem").requireText("Choose at least two annotators.");
        setup.close();
        robot.waitForIdle();
        assertThat(opened.get()).isEmpty();
    }
}
