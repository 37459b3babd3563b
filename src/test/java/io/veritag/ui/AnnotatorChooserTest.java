package io.veritag.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.veritag.model.Annotator;
import io.veritag.store.Database;
import java.awt.event.KeyEvent;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.JOptionPaneFixture;
import org.assertj.swing.fixture.JTextComponentFixture;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** First start: the name field has the focus, typing a name and pressing Enter creates the annotator. */
class AnnotatorChooserTest {
    private Database database;
    private Robot robot;
    private JFrame owner;

    @BeforeAll
    static void lookAndFeel() {
        GuiActionRunner.execute(() -> Theme.install(false));
    }

    @BeforeEach
    void setUp() {
        database = Database.inMemory();
        robot = BasicRobot.robotWithNewAwtHierarchy();
        owner = GuiActionRunner.execute(() -> {
            JFrame frame = new JFrame("owner");
            frame.setSize(400, 300);
            frame.setVisible(true);
            return frame;
        });
    }

    @AfterEach
    void tearDown() {
        robot.cleanUp();
        database.close();
    }

    @Test
    void typingANameAndPressingEnterCreatesTheAnnotator() {
        database.store().annotators().getOrCreate("anna");
        AtomicReference<Optional<Annotator>> chosen = new AtomicReference<>();
        SwingUtilities.invokeLater(() -> chosen.set(AnnotatorChooser.choose(owner, database.store(), null, true)));

        JOptionPaneFixture pane = new JOptionPaneFixture(robot, org.assertj.swing.finder.JOptionPaneFinder
                .findOptionPane().withTimeout(5_000).using(robot).target());
        JTextComponentFixture name = pane.textBox("annotatorNameText");
        waitUntil(() -> GuiActionRunner.execute(() -> name.target().isFocusOwner()));
        assertThat(GuiActionRunner.execute(() -> name.target().getSelectedText())).isEqualTo("anna");

        name.enterText("carla");
        name.pressAndReleaseKeys(KeyEvent.VK_ENTER);
        waitUntil(() -> chosen.get() != null);

        assertThat(chosen.get()).map(Annotator::name).contains("carla");
        assertThat(database.store().annotators().byName("carla")).isPresent();
    }

    private void waitUntil(java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + Timeout.timeout(10_000).duration() * 1_000_000L;
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition met within 10 s").isLessThan(deadline);
            robot.waitForIdle();
        }
    }
}
