package io.veritag.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.veritag.service.LabelingService;
import io.veritag.service.Workspace;
import io.veritag.store.Database;
import io.veritag.ui.kit.EdtGuard;
import io.veritag.ui.kit.SwingExecutor;
import java.awt.Component;
import java.awt.event.FocusAdapter;
import java.awt.event.FocusEvent;
import java.awt.event.KeyEvent;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.JOptionPaneFixture;
import org.assertj.swing.fixture.JTextComponentFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** First start: the name field has the focus, typing a name and pressing Enter creates the annotator. */
class AnnotatorChooserTest {
    private final EdtGuard guard = new EdtGuard();
    private Database database;
    private Robot robot;
    private JFrame owner;

    @BeforeAll
    static void lookAndFeel() {
        GuiActionRunner.execute(() -> Theme.install(false));
    }

    @BeforeEach
    void setUp() {
        database = guard.database();
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
    void typingANameAndPressingEnterCreatesTheAnnotator() throws Exception {
        database.store().annotators().getOrCreate("anna");
        Workspace workspace = new Workspace(database);
        SwingExecutor executor = new SwingExecutor();
        CompletableFuture<LabelingService> chosen = new CompletableFuture<>();
        SwingUtilities.invokeLater(() -> Workbench.askWhoLabels(workspace, executor, List.of("anna"), chosen::complete,
                () -> chosen.completeExceptionally(new AssertionError("cancelled"))));

        JOptionPaneFixture pane = new JOptionPaneFixture(robot, org.assertj.swing.finder.JOptionPaneFinder
                .findOptionPane().withTimeout(5_000).using(robot).target());
        JTextComponentFixture name = pane.textBox("annotatorNameText");
        focused(name.target()).get(10, TimeUnit.SECONDS);
        assertThat(GuiActionRunner.execute(() -> name.target().getSelectedText())).isEqualTo("anna");

        name.enterText("carla");
        name.pressAndReleaseKeys(KeyEvent.VK_ENTER);

        assertThat(chosen.get(10, TimeUnit.SECONDS).annotator().name()).isEqualTo("carla");
        assertThat(database.store().annotators().byName("carla")).isPresent();
        guard.assertNoQueryRanOnTheEdt();
    }

    /** Completes when the component has the keyboard focus (at once if it has it already). */
    private static CompletableFuture<Void> focused(Component component) {
        CompletableFuture<Void> gained = new CompletableFuture<>();
        GuiActionRunner.execute(() -> {
            component.addFocusListener(new FocusAdapter() {
                @Override
                public void focusGained(FocusEvent e) {
                    gained.complete(null);
                }
            });
            if (component.isFocusOwner()) {
                gained.complete(null);
            }
        });
        return gained;
    }
}
