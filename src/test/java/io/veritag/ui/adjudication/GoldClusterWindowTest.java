package io.veritag.ui.adjudication;

import static io.veritag.service.adjudication.AdjudicationFixture.K1;
import static io.veritag.service.adjudication.AdjudicationFixture.K2;
import static io.veritag.service.adjudication.AdjudicationFixture.range;
import static org.assertj.core.api.Assertions.assertThat;

import io.veritag.model.ClaimCluster;
import io.veritag.model.ClusterRole;
import io.veritag.model.gold.Decision;
import io.veritag.model.gold.DecisionKind;
import io.veritag.model.gold.GoldCluster;
import io.veritag.model.gold.GoldClusterMember;
import io.veritag.model.gold.GoldSpan;
import io.veritag.model.gold.LabeledRange;
import io.veritag.service.adjudication.AdjudicationFixture;
import io.veritag.service.adjudication.AdjudicationService;
import io.veritag.store.Database;
import io.veritag.store.Store;
import io.veritag.ui.kit.EdtGuard;
import io.veritag.ui.kit.Settle;
import io.veritag.ui.kit.SwingExecutor;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.util.List;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.JOptionPaneFinder;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JOptionPaneFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue 12: from the adjudication window's keyboard, a curator settles an annotator's claim cluster into gold. */
class GoldClusterWindowTest {
    private static final LabeledRange KHERSON = range(K1, "Kherson is free 🇺🇦 now", "CLAIM");
    private static final LabeledRange DENIED = range(K1, "Russia denied it", "DENIAL");
    private static final LabeledRange POWER = range(K2, "Power is back 😀", "CLAIM");
    private static final LabeledRange PRICES = range(K2, "Prices fell", "CLAIM");

    private final EdtGuard guard = new EdtGuard();
    private final SwingExecutor executor = new SwingExecutor();
    private Database database;
    private Store store;
    private AdjudicationFixture fixture;
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
        fixture = new AdjudicationFixture(store);
        ClaimCluster annas = store.clusters().create(fixture.anna.id(), "Things are back to normal");
        for (var member : List.of(List.of(fixture.k1, KHERSON), List.of(fixture.k1, DENIED), List.of(fixture.k2, POWER),
                List.of(fixture.k2, PRICES))) {
            long article = (Long) member.get(0);
            LabeledRange r = (LabeledRange) member.get(1);
            var span = store.spans().forArticle(article, fixture.anna.id()).stream()
                    .filter(s -> s.start() == r.start() && s.end() == r.end()).findFirst().orElseThrow();
            store.clusters().add(span, annas.id(), ClusterRole.of(r.label()));
        }
        AdjudicationService service = new AdjudicationService(store);
        var session = service.session(service.annotators(List.of()), "cora");
        session.open(fixture.k2); // "Power is back" is pre-accepted into gold there
        robot = BasicRobot.robotWithNewAwtHierarchy();
        var labels = store.labels().all();
        AdjudicationFrame frame = GuiActionRunner.execute(() -> {
            model = new AdjudicationModel(session, labels, false, executor);
            return new AdjudicationFrame(model);
        });
        window = new FrameFixture(robot, frame);
        window.show();
        GuiActionRunner.execute(() -> frame.setLocation(0, 0));
        GuiActionRunner.execute(() -> model.loadArticles());
        settle();
        window.textBox("articleText").focus();
    }

    @AfterEach
    void close() {
        // a picker left open by a failed step would block the next test class's windows: close it first
        GuiActionRunner.execute(() -> {
            for (java.awt.Window open : java.awt.Window.getWindows()) {
                if (open instanceof javax.swing.JDialog dialog && dialog.isModal() && dialog.isShowing()) {
                    dialog.dispose();
                }
            }
        });
        try {
            settle();
        } finally {
            window.cleanUp();
            database.close();
        }
        guard.assertNoQueryRanOnTheEdt();
    }

    private void settle() {
        Settle.settle(robot, executor);
    }

    private GoldSpan gold(long article, LabeledRange range) {
        return store.gold().spans().forArticle(article).stream().filter(g -> g.range().equals(range)).findFirst().orElseThrow();
    }

    /** Presses a picker's button; a click lost under Xvfb just after a modal dialog appears is repeated. */
    private void press(JOptionPaneFixture picker, java.util.function.Function<JOptionPaneFixture, org.assertj.swing.fixture.JButtonFixture> button) {
        // the real condition for a click to land: the picker's window is mapped and has the keyboard (under load a
        // click sent as soon as it was "showing" went to the window beneath, and the picker stayed open)
        java.awt.Window dialog = GuiActionRunner.execute(() -> javax.swing.SwingUtilities.getWindowAncestor(picker.target()));
        org.assertj.swing.timing.Pause.pause(new org.assertj.swing.timing.Condition("the picker has the keyboard") {
            @Override
            public boolean test() {
                return GuiActionRunner.execute(dialog::isFocused);
            }
        }, 20_000);
        for (int attempt = 0; attempt < 3 && GuiActionRunner.execute(() -> picker.target().isShowing()); attempt++) {
            button.apply(picker).click();
            robot.waitForIdle();
        }
    }

    /**
     * Presses C and waits for its picker: first that the window took the key (the model is reading the choices or
     * shows them: C is off until the picker is closed), then for the picker, read in the background.
     */
    private JOptionPaneFixture picker() {
        assertThat(GuiActionRunner.execute(() -> model.picking())).as("a picker still pending before C").isFalse();
        robot.pressAndReleaseKey(KeyEvent.VK_C);
        assertThat(GuiActionRunner.execute(() -> model.picking()))
                .as("C reached the window (focus owner: %s)", GuiActionRunner.execute(() -> String.valueOf(
                        java.awt.KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner())))
                .isTrue();
        return new JOptionPaneFixture(robot, JOptionPaneFinder.findOptionPane().withTimeout(30_000).using(robot).target());
    }

    @Test
    void theCuratorAcceptsAnAnnotatorsClusterIntoGoldFromTheKeyboardAndUndoesIt() {
        assertThat(window.label("articleTitle").text()).contains("Kherson is free");
        robot.pressAndReleaseKey(KeyEvent.VK_H); // the gold list, its first span selected: the headline claim
        settle();
        window.list("gold").requireFocused();
        assertThat(model.selectedGold()).hasValueSatisfying(g -> assertThat(g.range()).isEqualTo(KHERSON));

        JOptionPaneFixture picker = picker();
        assertThat(picker.comboBox().contents()).containsExactly(
                "Start a new gold claim cluster “Kherson is free 🇺🇦 now”",
                "Accept anna's cluster “Things are back to normal” (4 spans)");
        picker.comboBox().selectItem(1);
        press(picker, JOptionPaneFixture::okButton);
        settle();

        GoldCluster cluster = store.gold().clusters().all().get(0);
        assertThat(cluster.canonical()).isEqualTo("Things are back to normal");
        assertThat(store.gold().clusters().members(cluster.id())).extracting(GoldClusterMember::goldSpanId)
                .containsExactlyInAnyOrder(gold(fixture.k1, KHERSON).id(), gold(fixture.k2, POWER).id());
        assertThat(window.label("message").text()).isEqualTo("Accepted into gold claim cluster “Things are back to normal”: "
                + "2 gold spans put in, 2 of the cluster's spans not in gold yet");
        assertThat(window.textBox("history").text())
                .contains("put CLAIM «Kherson is free 🇺🇦 now» into gold claim cluster “Things are back to normal” · from the cluster of anna");
        assertThat(store.gold().decisions().forArticle(fixture.k1)).last().extracting(Decision::kind).isEqualTo(DecisionKind.CLUSTER_IN);

        // Ctrl+Z undoes this article's part; "Power is back" stays in the cluster (its own article's trail)
        window.list("gold").clickItem(0); // the keyboard comes back to the window after the picker
        robot.pressAndReleaseKey(KeyEvent.VK_Z, InputEvent.CTRL_MASK);
        settle();
        assertThat(store.gold().clusters().memberOf(gold(fixture.k1, KHERSON).id())).isEmpty();
        assertThat(store.gold().clusters().members(cluster.id())).extracting(GoldClusterMember::goldSpanId)
                .containsExactly(gold(fixture.k2, POWER).id());

        // C again: now the headline can also join the gold cluster that exists
        window.list("gold").clickItem(0);
        picker = picker();
        assertThat(picker.comboBox().contents()).containsExactly(
                "Start a new gold claim cluster “Kherson is free 🇺🇦 now”",
                "Put into “Things are back to normal” (1 gold span)",
                "Accept anna's cluster “Things are back to normal” (4 spans)");
        picker.comboBox().selectItem(1);
        press(picker, JOptionPaneFixture::okButton);
        settle();
        assertThat(store.gold().clusters().members(cluster.id())).hasSize(2);
        assertThat(window.label("message").text()).isEqualTo("Put into gold claim cluster “Things are back to normal”.");

        // and a picker closed with Cancel decides nothing
        int decisions = store.gold().decisions().count();
        window.list("gold").clickItem(0);
        picker = picker();
        assertThat(picker.comboBox().contents()).startsWith("Take out of “Things are back to normal”");
        press(picker, JOptionPaneFixture::cancelButton);
        settle();
        assertThat(store.gold().decisions().count()).isEqualTo(decisions);
    }

    @Test
    void aSecondCWhileThePickerIsReadDoesNothingAndCComesBackAfterIt() {
        robot.pressAndReleaseKey(KeyEvent.VK_H);
        settle();
        java.util.concurrent.atomic.AtomicInteger pickers = new java.util.concurrent.atomic.AtomicInteger();
        boolean offWhilePending = GuiActionRunner.execute(() -> {
            model.clusterChoices(choices -> pickers.incrementAndGet());
            model.clusterChoices(choices -> pickers.incrementAndGet()); // the second C, before the first is read
            return model.picking();
        });
        assertThat(offWhilePending).as("picking while the choices are read").isTrue();
        settle();
        assertThat(pickers).hasValue(1);
        assertThat(GuiActionRunner.execute(() -> model.picking())).as("picking after the picker closed").isFalse();
        GuiActionRunner.execute(() -> model.clusterChoices(choices -> pickers.incrementAndGet()));
        settle();
        assertThat(pickers).hasValue(2);
    }
}
