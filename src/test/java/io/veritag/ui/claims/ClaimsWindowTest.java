package io.veritag.ui.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.veritag.model.Annotator;
import io.veritag.model.ClaimCluster;
import io.veritag.model.ClusterRole;
import io.veritag.model.Label;
import io.veritag.model.NewArticle;
import io.veritag.model.Span;
import io.veritag.service.LabelingService;
import io.veritag.service.Workspace;
import io.veritag.store.Database;
import io.veritag.store.Store;
import com.formdev.flatlaf.FlatLightLaf;
import io.veritag.ui.kit.EdtGuard;
import io.veritag.ui.kit.Settle;
import io.veritag.ui.kit.SwingExecutor;
import java.awt.Dimension;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.JOptionPaneFinder;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JListFixture;
import org.assertj.swing.fixture.JOptionPaneFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Review → Claims: the clusters across the corpus, a cluster's members with their articles, merge and settle from the keyboard, undo. */
class ClaimsWindowTest {
    private static final String A = "Russia ordered its troops to leave the west bank. Kyiv doubts the retreat is real.";
    private static final String B = "Moscow told soldiers to withdraw from the west bank.";
    private static final String C = "Troops were ordered out of the west bank, officials said.";

    @TempDir
    Path dir;
    private final EdtGuard guard = new EdtGuard();
    private final SwingExecutor executor = new SwingExecutor();
    private Database database;
    private Workspace workspace;
    private Store store;
    private Robot robot;
    private FrameFixture window;
    private long first;
    private long second;
    private long toldId;
    private long doubtsId;
    private long outId;

    @BeforeAll
    static void lookAndFeel() {
        FailOnThreadViolationRepaintManager.install();
        GuiActionRunner.execute(() -> FlatLightLaf.setup());
    }

    @AfterAll
    static void restoreRepaintManager() {
        FailOnThreadViolationRepaintManager.uninstall();
    }

    @BeforeEach
    void openWindow() {
        database = Database.open(dir.resolve("test").toString(), guard);
        workspace = new Workspace(database);
        store = database.store();
        long a = store.articles().insert(new NewArticle("a", "Troops told to leave", "Outlet A", null, "2022-11-09", A), "sha-a");
        long b = store.articles().insert(new NewArticle("b", "Withdrawal", "Outlet B", null, "2022-11-10", B), "sha-b");
        long c = store.articles().insert(new NewArticle("c", "Kherson", "Outlet C", null, "2022-11-12", C), "sha-c");
        Annotator anna = store.annotators().getOrCreate("anna");
        Span ordered = store.spans().insert(a, anna.id(), 0, A.indexOf(". Kyiv"), Label.CLAIM, null);
        Span doubts = store.spans().insert(a, anna.id(), A.indexOf("Kyiv"), A.length(), Label.DENIAL, null);
        Span told = store.spans().insert(b, anna.id(), 0, B.length() - 1, Label.CLAIM, null);
        Span out = store.spans().insert(c, anna.id(), 0, C.indexOf(","), Label.CLAIM, null);
        ClaimCluster one = store.clusters().create(anna.id(), "Russia ordered a withdrawal");
        store.clusters().add(ordered, one.id(), ClusterRole.MEMBER);
        store.clusters().add(told, one.id(), ClusterRole.MEMBER);
        store.clusters().add(doubts, one.id(), ClusterRole.ATTACHED);
        ClaimCluster two = store.clusters().create(anna.id(), "Troops ordered out");
        store.clusters().add(out, two.id(), ClusterRole.MEMBER);
        toldId = told.id();
        doubtsId = doubts.id();
        outId = out.id();
        first = one.id();
        second = two.id();
        LabelingService labeling = workspace.labeling(anna);
        robot = BasicRobot.robotWithNewAwtHierarchy();
        ClaimsWindow frame = GuiActionRunner.execute(() -> new ClaimsWindow(workspace, labeling, executor));
        window = new FrameFixture(robot, frame);
        window.show(new Dimension(1000, 640));
        settle();
    }

    @AfterEach
    void closeWindow() {
        settle();
        if (window != null) {
            window.cleanUp();
        }
        workspace.close();
        guard.assertNoQueryRanOnTheEdt();
    }

    private void settle() {
        Settle.settle(robot, executor);
    }

    @Test
    void listsClustersShowsMembersAndMergesSettlesAndUndoesFromTheKeyboard() {
        String[][] rows = window.table("clusterTable").contents();
        assertThat(rows).hasNumberOfRows(2);
        assertThat(rows[0]).containsExactly("Russia ordered a withdrawal", "2", "2", "2022-11-09", "2022-11-10", "1", "0", "", "");
        assertThat(window.textBox("clusterMembers").text()).contains("Outlet A · 2022-11-09 · Troops told to leave",
                "“Russia ordered its troops to leave the west bank”", "DENIAL — Outlet A", "“Kyiv doubts the retreat is real.”");

        window.table("clusterTable").focus();
        robot.pressAndReleaseKey(KeyEvent.VK_ENTER, InputEvent.CTRL_MASK);
        settle();
        assertThat(store.clusters().get(first)).hasValueSatisfying(c -> assertThat(c.settled()).isTrue());

        window.table("clusterTable").selectRows(0, 1);
        robot.pressAndReleaseKey(KeyEvent.VK_M, InputEvent.CTRL_MASK);
        settle();
        assertThat(store.clusters().get(second)).isEmpty();
        assertThat(store.clusters().members(first)).hasSize(4);
        assertThat(window.table("clusterTable").contents()).hasNumberOfRows(1);
        assertThat(window.table("clusterTable").contents()[0][2]).isEqualTo("3");

        robot.pressAndReleaseKey(KeyEvent.VK_Z, InputEvent.CTRL_MASK);
        settle();
        assertThat(store.clusters().get(second)).isPresent();
        assertThat(window.table("clusterTable").contents()).hasNumberOfRows(2);

        GuiActionRunner.execute(() -> ((ClaimsWindow) window.target()).rename(first, "Russia ordered its troops out of the west bank"));
        settle();
        assertThat(store.clusters().get(first)).hasValueSatisfying(c -> assertThat(c.canonical()).isEqualTo("Russia ordered its troops out of the west bank"));
        window.label("claimsStatus").requireText(java.util.regex.Pattern.compile(".*2 clusters of anna.*"));
    }

    @Test
    void splitsAndMovesTheSelectedSpansFromTheKeyboard() {
        window.table("clusterTable").selectRows(0);
        window.table("clusterTable").focus();
        robot.pressAndReleaseKey(KeyEvent.VK_M, InputEvent.CTRL_MASK | InputEvent.SHIFT_MASK);
        settle();
        window.label("claimsStatus").requireText(java.util.regex.Pattern.compile("Select the spans to split off.*"));
        assertThat(store.clusters().members(first)).hasSize(3);

        robot.pressAndReleaseKey(KeyEvent.VK_TAB);
        settle();
        JListFixture spans = window.list("clusterSpans");
        assertThat(GuiActionRunner.execute(() -> spans.target().isFocusOwner())).as("Tab goes to the spans").isTrue();
        assertThat(spans.contents()).hasSize(3);
        assertThat(spans.contents()[1]).isEqualTo("CLAIM · Outlet B · 2022-11-10 · Withdrawal — “Moscow told soldiers to withdraw from the west bank”");
        assertThat(spans.contents()[2]).startsWith("DENIAL · Outlet A");
        GuiActionRunner.execute(() -> spans.target().setSelectedIndices(new int[] {1, 2}));
        robot.pressAndReleaseKey(KeyEvent.VK_M, InputEvent.CTRL_MASK | InputEvent.SHIFT_MASK);
        settle();
        long split = store.clusters().memberOf(toldId).orElseThrow().clusterId();
        assertThat(split).isNotIn(first, second);
        assertThat(store.clusters().memberOf(doubtsId)).hasValueSatisfying(m -> assertThat(m.clusterId()).isEqualTo(split));
        assertThat(store.clusters().members(first)).hasSize(1);
        assertThat(store.clusters().get(split)).hasValueSatisfying(c ->
                assertThat(c.canonical()).isEqualTo("Moscow told soldiers to withdraw from the west bank"));
        assertThat(window.table("clusterTable").contents()).hasNumberOfRows(3);

        // F6 on the only span of "Troops ordered out": the picker offers the other clusters; that one is left empty
        int row = rowOf("Troops ordered out");
        window.table("clusterTable").selectRows(row);
        settle();
        window.list("clusterSpans").focus();
        GuiActionRunner.execute(() -> window.list("clusterSpans").target().setSelectedIndex(0));
        robot.pressAndReleaseKey(KeyEvent.VK_F6);
        JOptionPaneFixture picker = new JOptionPaneFixture(robot, JOptionPaneFinder.findOptionPane().withTimeout(5_000)
                .using(robot).target());
        assertThat(picker.comboBox().contents()).containsExactly("Russia ordered a withdrawal",
                "Moscow told soldiers to withdraw from the west bank");
        picker.comboBox().selectItem("Moscow told soldiers to withdraw from the west bank");
        picker.okButton().click();
        settle();
        assertThat(store.clusters().memberOf(outId)).hasValueSatisfying(m -> assertThat(m.clusterId()).isEqualTo(split));
        assertThat(store.clusters().get(second)).isEmpty();
        assertThat(window.table("clusterTable").contents()).hasNumberOfRows(2);

        // one undo brings the moved span and its cluster back (a click: the keyboard comes back to the window)
        window.table("clusterTable").cell(org.assertj.swing.data.TableCell.row(0).column(0)).click();
        robot.pressAndReleaseKey(KeyEvent.VK_Z, InputEvent.CTRL_MASK);
        settle();
        assertThat(store.clusters().memberOf(outId)).hasValueSatisfying(m -> assertThat(m.clusterId()).isEqualTo(second));
        assertThat(window.table("clusterTable").contents()).hasNumberOfRows(3);
    }

    private int rowOf(String wording) {
        String[][] rows = window.table("clusterTable").contents();
        for (int i = 0; i < rows.length; i++) {
            if (rows[i][0].equals(wording)) {
                return i;
            }
        }
        throw new AssertionError("no cluster worded " + wording);
    }
}
