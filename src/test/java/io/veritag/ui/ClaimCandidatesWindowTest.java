package io.veritag.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.veritag.model.Annotator;
import io.veritag.model.ClaimCluster;
import io.veritag.model.ClusterMember;
import io.veritag.model.ClusterRole;
import io.veritag.model.Label;
import io.veritag.model.NewArticle;
import io.veritag.model.Span;
import io.veritag.service.Workspace;
import io.veritag.store.Database;
import io.veritag.store.Store;
import io.veritag.ui.kit.EdtGuard;
import io.veritag.ui.kit.Settle;
import io.veritag.ui.kit.SwingExecutor;
import java.awt.Dimension;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.util.Optional;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.KeyPressInfo;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reviewer tags a claim and, from the keyboard only, puts it into the cluster of a similar claim of another
 * outlet that the workbench shows beside the text, or starts a new cluster with it: saved at once, undone with
 * Ctrl+Z, with no query on the event dispatch thread.
 */
class ClaimCandidatesWindowTest {
    private static final String TEXT = "Russia ordered its troops to leave the west bank of the Dnipro. Kyiv doubts the retreat is real.";
    private static final String B = "Defence minister Shoigu told soldiers to withdraw from the Dnipro's west bank. It could take a week.";
    private static final String C = "Moscow's troops were ordered to leave Kherson and the west bank. Grain exports resumed.";

    @TempDir
    Path dir;
    private final EdtGuard guard = new EdtGuard();
    private final SwingExecutor executor = new SwingExecutor();
    private Database database;
    private Workspace workspace;
    private Store store;
    private Annotator anna;
    private long article;
    private long cluster;
    private Robot robot;
    private FrameFixture window;
    private WorkbenchFrame frame;

    @BeforeAll
    static void lookAndFeel() {
        FailOnThreadViolationRepaintManager.install();
        GuiActionRunner.execute(() -> Theme.install(false));
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
        article = TestCorpus.add(store, "a", "Troops ordered out", TEXT);
        long b = store.articles().insert(new NewArticle("b", "Shoigu orders withdrawal", "Outlet B", null, "2022-11-09", B), TestCorpus.sha256(B));
        long c = store.articles().insert(new NewArticle("c", "Kherson", "Outlet C", null, "2022-11-10", C), TestCorpus.sha256(C));
        anna = store.annotators().getOrCreate("anna");
        Span told = claim(b, B, "Shoigu told soldiers to withdraw from the Dnipro's west bank");
        Span moscow = claim(c, C, "Moscow's troops were ordered to leave Kherson and the west bank");
        claim(c, C, "Grain exports resumed");
        ClaimCluster withdrawal = store.clusters().create(anna.id(), "Russia ordered a withdrawal from the west bank");
        store.clusters().add(told, withdrawal.id(), ClusterRole.MEMBER);
        store.clusters().add(moscow, withdrawal.id(), ClusterRole.MEMBER);
        cluster = withdrawal.id();
        robot = BasicRobot.robotWithNewAwtHierarchy();
        WorkbenchPrefs prefs = new WorkbenchPrefs(new MemoryPreferences());
        var labeling = workspace.labeling(anna);
        frame = GuiActionRunner.execute(() -> Workbench.create(workspace, labeling, prefs, executor));
        window = new FrameFixture(robot, frame);
        window.show(new Dimension(1200, 760));
        settle();
        GuiActionRunner.execute(() -> frame.controller().openArticle(article));
        settle();
    }

    private Span claim(long articleId, String text, String words) {
        int at = text.indexOf(words);
        return store.spans().insert(articleId, anna.id(), at, at + words.length(), Label.CLAIM, null);
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

    private void selectWords(String words) {
        int start = TEXT.indexOf(words);
        window.textBox("articleText").focus();
        GuiActionRunner.execute(() -> frame.controller().text().setCaretPosition(start));
        for (int i = 0; i < words.length(); i++) {
            window.textBox("articleText").pressAndReleaseKey(KeyPressInfo.keyCode(KeyEvent.VK_RIGHT).modifiers(InputEvent.SHIFT_MASK));
        }
        robot.waitForIdle();
    }

    private void press(int keyCode, int modifiers) {
        robot.pressAndReleaseKey(keyCode, modifiers);
        settle();
    }

    private Span mine(String words) {
        return store.spans().forArticle(article, anna.id()).stream().filter(s -> s.textIn(TEXT).equals(words)).findFirst().orElseThrow();
    }

    private Optional<Long> clusterOf(Span span) {
        return store.clusters().memberOf(span.id()).map(ClusterMember::clusterId);
    }

    @Test
    void aNewClaimJoinsTheClusterOfASimilarClaimElsewhereOrStartsItsOwnFromTheKeyboard() {
        String words = "Russia ordered its troops to leave the west bank of the Dnipro";
        selectWords(words);
        press(KeyEvent.VK_1, 0);
        settle();
        String[] rows = window.list("candidateList").contents();
        assertThat(rows).hasSizeLessThanOrEqualTo(5).isNotEmpty();
        assertThat(rows[0]).startsWith("1  [Russia ordered a withdrawal from the west bank] “")
                .containsAnyOf("Outlet B, 2022-11-09, Shoigu orders withdrawal", "Outlet C, 2022-11-10, Kherson");
        assertThat(rows).noneMatch(r -> r.contains("Grain exports") && r.startsWith("1"));
        window.label("claimCluster").requireText("In no cluster");

        press(KeyEvent.VK_1, InputEvent.ALT_MASK); // join the first candidate's cluster
        Span claim = mine(words);
        assertThat(clusterOf(claim)).contains(cluster);
        window.label("claimCluster").requireText("In cluster: Russia ordered a withdrawal from the west bank");
        assertThat(store.clusters().members(cluster)).hasSize(3);

        press(KeyEvent.VK_Z, InputEvent.CTRL_MASK); // undo: out again, the cluster as it was
        assertThat(clusterOf(claim)).isEmpty();
        assertThat(store.clusters().members(cluster)).hasSize(2);

        press(KeyEvent.VK_N, InputEvent.ALT_MASK); // a cluster of its own, worded as the span
        assertThat(clusterOf(claim)).isPresent().get().isNotEqualTo(cluster);
        assertThat(store.clusters().get(clusterOf(claim).orElseThrow())).hasValueSatisfying(c -> assertThat(c.canonical()).isEqualTo(words));
        window.label("claimCluster").requireText("In cluster: " + words);

        press(KeyEvent.VK_X, InputEvent.ALT_MASK); // and out of it: the emptied cluster goes
        assertThat(clusterOf(claim)).isEmpty();
        assertThat(store.clusters().forAnnotator(anna.id())).extracting(ClaimCluster::id).containsExactly(cluster);
    }
}
