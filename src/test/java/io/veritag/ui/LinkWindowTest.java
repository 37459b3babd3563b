package io.veritag.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.veritag.model.Annotator;
import io.veritag.model.Label;
import io.veritag.model.Link;
import io.veritag.model.LinkType;
import io.veritag.model.SourceType;
import io.veritag.model.Span;
import io.veritag.service.Workspace;
import io.veritag.store.Database;
import io.veritag.store.Store;
import io.veritag.ui.kit.EdtGuard;
import io.veritag.ui.kit.Settle;
import io.veritag.ui.kit.SwingExecutor;
import java.awt.Dimension;
import java.awt.Window;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.swing.JDialog;
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
 * A reviewer labels claims, their sources and a denial with its target with the keyboard only, in the real
 * window on a file database (no query on the event dispatch thread); the links are in the database at once,
 * undo and redo follow, and they are there again after a restart.
 */
class LinkWindowTest {
    private static final String TEXT = "Shoigu said the pullout was orderly. Officials denied it was a retreat. It may be a trap.";

    @TempDir
    Path dir;
    private final EdtGuard guard = new EdtGuard();
    private final SwingExecutor executor = new SwingExecutor();
    private Database database;
    private Workspace workspace;
    private Store store;
    private Annotator anna;
    private long article;
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
        article = TestCorpus.add(store, "t1", "Pullout", TEXT);
        anna = store.annotators().getOrCreate("anna");
        robot = BasicRobot.robotWithNewAwtHierarchy();
        show();
    }

    private void show() {
        WorkbenchPrefs prefs = new WorkbenchPrefs(new MemoryPreferences());
        var labeling = workspace.labeling(anna);
        frame = GuiActionRunner.execute(() -> Workbench.create(workspace, labeling, prefs, executor));
        window = new FrameFixture(robot, frame);
        window.show(new Dimension(1200, 760));
        settle();
    }

    @AfterEach
    void closeWindow() {
        settle();
        if (window != null) {
            window.cleanUp();
        }
        database.close();
        guard.assertNoQueryRanOnTheEdt();
    }

    private void settle() {
        Settle.settle(robot, executor);
    }

    /** Selects words from the keyboard: caret to their start, then Shift+Right over them. */
    private void selectWords(String words) {
        int start = TEXT.indexOf(words);
        window.textBox("articleText").focus();
        GuiActionRunner.execute(() -> frame.controller().text().setCaretPosition(start));
        for (int i = 0; i < words.length(); i++) {
            window.textBox("articleText").pressAndReleaseKey(KeyPressInfo.keyCode(KeyEvent.VK_RIGHT).modifiers(InputEvent.SHIFT_MASK));
        }
        robot.waitForIdle();
    }

    private void press(int keyCode) {
        robot.pressAndReleaseKeys(keyCode);
        settle();
    }

    private void pressCtrl(int keyCode, int modifiers) {
        robot.pressAndReleaseKey(keyCode, modifiers);
        settle();
    }

    private JDialog showing(String name) {
        return Arrays.stream(Window.getWindows()).filter(w -> w instanceof JDialog && name.equals(w.getName()) && w.isShowing())
                .map(w -> (JDialog) w).findFirst().orElseThrow(() -> new AssertionError(name + " is not showing"));
    }

    private Map<String, Span> spansByText() {
        return store.spans().forArticle(article, anna.id()).stream().collect(Collectors.toMap(s -> s.textIn(TEXT), Function.identity()));
    }

    private List<String> linksInWords() {
        Map<Long, Span> byId = store.spans().forArticle(article, anna.id()).stream().collect(Collectors.toMap(Span::id, Function.identity()));
        return store.links().forArticle(article, anna.id()).stream()
                .map(l -> byId.get(l.fromSpanId()).textIn(TEXT) + " " + l.type() + " " + byId.get(l.toSpanId()).textIn(TEXT)).toList();
    }

    @Test
    void claimsSourcesAndADenialWithItsTargetFromTheKeyboard() {
        selectWords("the pullout was orderly");
        press(KeyEvent.VK_1);
        selectWords("Shoigu");
        robot.pressAndReleaseKeys(KeyEvent.VK_S); // opens the source type chooser
        robot.waitForIdle();
        assertThat(showing("sourceTypeDialog")).isNotNull();
        press(KeyEvent.VK_2); // 2 = Military
        // Xvfb has no window manager to give the keyboard back after a dialog: a click on the status bar does
        java.awt.Point end = GuiActionRunner.execute(() -> {
            java.awt.Rectangle r = frame.controller().text().modelToView2D(TEXT.length() - 1).getBounds();
            return new java.awt.Point(r.x + 1, r.y + r.height / 2);
        });
        robot.click(frame.controller().text(), end);
        settle();
        assertThat(spansByText().get("Shoigu")).extracting(Span::label, Span::sourceType).containsExactly(Label.SOURCE, SourceType.MILITARY);
        assertThat(linksInWords()).containsExactly("the pullout was orderly SAID_BY Shoigu");

        selectWords("Officials denied it was a retreat");
        press(KeyEvent.VK_2);
        press(KeyEvent.VK_L); // link mode: a denial's first type is DENIES, the nearest claim is the target
        assertThat(GuiActionRunner.execute(() -> frame.actions().links.picker().type())).isEqualTo(LinkType.DENIES);
        window.label("statusSaved").requireText(java.util.regex.Pattern.compile(".*Link Denies → CLAIM “the pullout was orderly”.*"));
        press(KeyEvent.VK_ENTER);
        assertThat(linksInWords()).containsExactly("the pullout was orderly SAID_BY Shoigu",
                "Officials denied it was a retreat DENIES the pullout was orderly");

        press(KeyEvent.VK_L); // T switches to SAID_BY: the only source is the target
        press(KeyEvent.VK_T);
        assertThat(GuiActionRunner.execute(() -> frame.actions().links.picker().target().map(s -> s.textIn(TEXT)))).contains("Shoigu");
        press(KeyEvent.VK_ENTER);
        press(KeyEvent.VK_U);
        assertThat(linksInWords()).hasSize(3).contains("Officials denied it was a retreat SAID_BY Shoigu");
        assertThat(spansByText().get("Officials denied it was a retreat").unsure()).isTrue();
        assertThat(Arrays.stream(window.table("spanTable").contents()).map(row -> row[3]))
                .contains("unsure · denies “the pullout was orderly” · said by “Shoigu” (Military)");

        // undo and redo follow the database, links included
        pressCtrl(KeyEvent.VK_Z, InputEvent.CTRL_MASK); // unsure
        pressCtrl(KeyEvent.VK_Z, InputEvent.CTRL_MASK); // the second SAID_BY
        assertThat(linksInWords()).hasSize(2);
        pressCtrl(KeyEvent.VK_Z, InputEvent.CTRL_MASK | InputEvent.SHIFT_MASK);
        assertThat(linksInWords()).hasSize(3);

        // deleting the claim deletes its links; undo brings both back
        selectWords("the pullout");
        GuiActionRunner.execute(() -> frame.controller().clickedAt(TEXT.indexOf("pullout")));
        GuiActionRunner.execute(() -> frame.controller().text().select(TEXT.indexOf("pullout"), TEXT.indexOf("pullout")));
        press(KeyEvent.VK_DELETE);
        assertThat(linksInWords()).containsExactly("Officials denied it was a retreat SAID_BY Shoigu");
        assertThat(GuiActionRunner.execute(() -> frame.controller().model().links())).hasSize(1);
        pressCtrl(KeyEvent.VK_Z, InputEvent.CTRL_MASK);
        assertThat(linksInWords()).hasSize(3);
        assertThat(GuiActionRunner.execute(() -> frame.controller().model().links())).hasSize(3);

        // after a restart the links are there again
        window.cleanUp();
        window = null;
        robot = BasicRobot.robotWithNewAwtHierarchy();
        show();
        assertThat(GuiActionRunner.execute(() -> frame.controller().model().links())).extracting(Link::type)
                .containsExactlyInAnyOrder(LinkType.SAID_BY, LinkType.DENIES, LinkType.SAID_BY);
    }

    @Test
    void escLeavesLinkModeAndAClickLinksToTheClickedSpan() {
        selectWords("the pullout was orderly");
        press(KeyEvent.VK_1);
        selectWords("It may be a trap");
        press(KeyEvent.VK_3);
        press(KeyEvent.VK_L);
        assertThat(GuiActionRunner.execute(() -> frame.actions().links.picker().active())).isTrue();
        press(KeyEvent.VK_ESCAPE);
        assertThat(GuiActionRunner.execute(() -> frame.actions().links.picker().active())).isFalse();
        assertThat(store.links().count()).isZero();
        // Esc did not leave the arrows with the picker: they move the caret again
        press(KeyEvent.VK_L);
        Span claim = spansByText().get("the pullout was orderly");
        GuiActionRunner.execute(() -> frame.actions().links.picker().pick(claim));
        settle();
        assertThat(linksInWords()).containsExactly("It may be a trap HEDGES the pullout was orderly");
        // a label the type cannot join is refused with a message, nothing saved
        press(KeyEvent.VK_L);
        Span itself = spansByText().get("It may be a trap");
        GuiActionRunner.execute(() -> frame.actions().links.picker().pick(itself));
        settle();
        window.label("statusSaved").requireText(java.util.regex.Pattern.compile(".*cannot link.*"));
        assertThat(store.links().count()).isOne();
    }

    @Test
    void f1ShowsTheGuidelinesWithTheirVersions() {
        store.guidelines().add("DENIES", "From a denial to the claim it rejects, only when that claim is quoted.", "owner");
        window.cleanUp();
        robot = BasicRobot.robotWithNewAwtHierarchy();
        show();
        // F1 goes to the focused window: wait until the new window has the keyboard (under load the key was sent
        // before it had, nothing heard it, and the pane was "not showing")
        window.textBox("articleText").focus();
        press(KeyEvent.VK_F1);
        JDialog pane = showing("guidelinePane");
        String text = GuiActionRunner.execute(() -> ((GuidelinePane) pane).shownText());
        assertThat(text).contains("DENIES  (version 2)\nFrom a denial to the claim it rejects, only when that claim is quoted.")
                .contains("CLAIM  (version 1)").contains("L  link the selected span");
        press(KeyEvent.VK_ESCAPE);
        assertThat(GuiActionRunner.execute(pane::isVisible)).isFalse();
    }
}
