package io.veritag.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.veritag.model.Annotator;
import io.veritag.model.Article;
import io.veritag.model.ArticleStatus;
import io.veritag.model.Span;
import io.veritag.service.Workspace;
import io.veritag.store.Database;
import io.veritag.store.Store;
import io.veritag.ui.kit.EdtGuard;
import io.veritag.ui.kit.Settle;
import io.veritag.ui.kit.SwingExecutor;
import java.awt.Dimension;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.util.List;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.KeyPressInfo;
import org.assertj.swing.core.MouseButton;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JOptionPaneFixture;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drives the real workbench window with AssertJ Swing (run under Xvfb) on a fresh file database per test. The
 * window runs its database work on the production executor; the tests wait for it to settle, and fail if the
 * window queries the database on the event dispatch thread.
 */
class WorkbenchWindowTest {
    private static final String TEXT = "The mayor said the bridge fell. Officials denied it. Maybe it will reopen 🇺🇦 soon.";

    @TempDir
    Path dir;
    private final EdtGuard guard = new EdtGuard();
    private final SwingExecutor executor = new SwingExecutor();
    private Database database;
    private Workspace workspace;
    private Store store;
    private Annotator anna;
    private long first;
    private long second;
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
        FailOnThreadViolationRepaintManager.uninstall(); // other test classes share this JVM
    }

    @BeforeEach
    void openWindow() {
        database = Database.open(dir.resolve("test").toString(), guard);
        workspace = new Workspace(database);
        store = database.store();
        first = TestCorpus.add(store, "t1", "Bridge story", TEXT);
        second = TestCorpus.add(store, "t2", "Second story", "Another article about the port. It reopened.");
        anna = store.annotators().getOrCreate("anna");
        robot = BasicRobot.robotWithNewAwtHierarchy();
        show(anna);
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

    private void show(Annotator annotator) {
        WorkbenchPrefs prefs = new WorkbenchPrefs(new MemoryPreferences());
        var labeling = workspace.labeling(annotator);
        frame = GuiActionRunner.execute(() -> Workbench.create(workspace, labeling, prefs, executor));
        window = new FrameFixture(robot, frame);
        window.show(new Dimension(1200, 760));
        settle();
        assertThat(GuiActionRunner.execute(() -> frame.controller().model().article())).isPresent();
    }

    /** Waits until the events are handled and the database work they started has been delivered. */
    private void settle() {
        Settle.settle(robot, executor);
    }

    /**
     * Presses a dialog button on the EDT. A robot click on a freshly shown dialog is sometimes lost on a busy
     * Xvfb without a window manager; what is tested here is what the window does with the answer.
     */
    static void pressButton(org.assertj.swing.fixture.JButtonFixture button) {
        button.requireVisible().requireEnabled();
        GuiActionRunner.execute(() -> button.target().doClick());
    }

    private void selectWords(String words) {
        int start = TEXT.indexOf(words);
        window.textBox("articleText").focus();
        GuiActionRunner.execute(() -> frame.controller().text().select(start, start + words.length()));
    }

    private void press(int keyCode, int oldStyleModifiers) {
        window.textBox("articleText").pressAndReleaseKey(KeyPressInfo.keyCode(keyCode).modifiers(oldStyleModifiers));
        settle();
    }

    private void press(int keyCode) {
        window.textBox("articleText").pressAndReleaseKeys(keyCode);
        settle();
    }

    private void clickOn(String words) {
        int offset = TEXT.indexOf(words) + 1;
        Point p = GuiActionRunner.execute(() -> {
            Rectangle r = frame.controller().text().modelToView2D(offset).getBounds();
            return new Point(r.x + 2, r.y + r.height / 2);
        });
        robot.click(frame.controller().text(), p, MouseButton.LEFT_BUTTON, 1);
        robot.waitForIdle();
    }

    private List<Span> spansOf(Annotator who) {
        return store.spans().forArticle(first, who.id());
    }

    private static String textOf(Span s) {
        return s.textIn(TEXT);
    }

    @Test
    void selectingTextAndPressing1SavesASpanAtOnce() {
        selectWords("idge fe");
        press(KeyEvent.VK_1);

        assertThat(spansOf(anna)).extracting(WorkbenchWindowTest::textOf, Span::label).containsExactly(tuple("bridge fell", "CLAIM"));
        assertThat(window.table("spanTable").contents()).hasDimensions(1, 4);
        assertThat(window.table("spanTable").valueAt(org.assertj.swing.data.TableCell.row(0).column(1))).isEqualTo("bridge fell");
        window.label("statusSaved").requireText(java.util.regex.Pattern.compile("✓ Saved .*create CLAIM span.*"));
        window.label("statusCounts").requireText("CLAIM 1  ·  DENIAL 0  ·  SPECULATION 0");
        assertThat(store.statuses().get(first, anna.id())).isEqualTo(ArticleStatus.IN_PROGRESS);
    }

    @Test
    void doubleClickSelectsAWordAndShiftArrowsSelectFromTheKeyboard() {
        int offset = TEXT.indexOf("bridge") + 2;
        Point p = GuiActionRunner.execute(() -> {
            Rectangle r = frame.controller().text().modelToView2D(offset).getBounds();
            return new Point(r.x, r.y + r.height / 2);
        });
        robot.click(frame.controller().text(), p, MouseButton.LEFT_BUTTON, 2);
        robot.waitForIdle();
        assertThat(GuiActionRunner.execute(() -> frame.controller().text().getSelectedText())).isEqualTo("bridge");
        press(KeyEvent.VK_2);

        int start = TEXT.indexOf("Officials");
        GuiActionRunner.execute(() -> frame.controller().text().setCaretPosition(start));
        for (int i = 0; i < "Officials".length(); i++) {
            press(KeyEvent.VK_RIGHT, InputEvent.SHIFT_MASK);
        }
        press(KeyEvent.VK_3);
        assertThat(spansOf(anna)).extracting(WorkbenchWindowTest::textOf, Span::label)
                .containsExactly(tuple("bridge", "DENIAL"), tuple("Officials", "SPECULATION"));
    }

    @Test
    void clickingASpanThenPressing2RelabelsItAndDeleteRemovesIt() {
        selectWords("Officials denied it");
        press(KeyEvent.VK_1);
        clickOn("denied");
        press(KeyEvent.VK_2);
        assertThat(spansOf(anna)).extracting(WorkbenchWindowTest::textOf, Span::label)
                .containsExactly(tuple("Officials denied it", "DENIAL"));

        press(KeyEvent.VK_DELETE);
        assertThat(spansOf(anna)).isEmpty();
        assertThat(window.table("spanTable").rowCount()).isZero();
    }

    @Test
    void undoAndRedoKeepTheDatabaseInStep() {
        selectWords("mayor");
        press(KeyEvent.VK_1);
        press(KeyEvent.VK_3); // the new span is selected: relabel
        Span created = spansOf(anna).get(0);
        assertThat(created.label()).isEqualTo("SPECULATION");

        press(KeyEvent.VK_Z, InputEvent.CTRL_MASK);
        assertThat(spansOf(anna)).extracting(Span::label).containsExactly("CLAIM");
        press(KeyEvent.VK_Z, InputEvent.CTRL_MASK);
        assertThat(spansOf(anna)).isEmpty();

        press(KeyEvent.VK_Z, InputEvent.CTRL_MASK | InputEvent.SHIFT_MASK);
        assertThat(spansOf(anna)).extracting(Span::id, Span::label).containsExactly(tuple(created.id(), "CLAIM"));
        window.menuItemWithPath("Edit").click();
        window.menuItemWithPath("Edit", "Redo relabel CLAIM as SPECULATION").requireEnabled().click();
        settle();
        assertThat(spansOf(anna)).extracting(Span::label).containsExactly("SPECULATION");
    }

    @Test
    void boundariesMoveByWordAndNoteIsEditedFromTheKeyboard() {
        selectWords("bridge");
        press(KeyEvent.VK_1);
        press(KeyEvent.VK_RIGHT, InputEvent.ALT_MASK | InputEvent.SHIFT_MASK);
        assertThat(spansOf(anna)).extracting(WorkbenchWindowTest::textOf).containsExactly("bridge fell");
        press(KeyEvent.VK_LEFT, InputEvent.ALT_MASK);
        assertThat(spansOf(anna)).extracting(WorkbenchWindowTest::textOf).containsExactly("the bridge fell");

        press(KeyEvent.VK_F2);
        org.assertj.swing.fixture.DialogFixture dialog = window.dialog("noteDialog", Timeout.timeout(5_000));
        dialog.textBox("noteText").requireText("");
        dialog.textBox("noteText").setText("photo from Reuters"); // typed keys can race the dialog's focus on a busy Xvfb
        pressButton(dialog.button("noteSave"));
        settle();
        assertThat(spansOf(anna)).extracting(Span::note).containsExactly("photo from Reuters");
    }

    @Test
    void blindByDefaultAndShowOthersShowsThemReadOnly() {
        Annotator ben = store.annotators().getOrCreate("ben");
        Span bens = store.spans().insert(first, ben.id(), TEXT.indexOf("Maybe"), TEXT.indexOf(" soon"), "SPECULATION", null);
        window.cleanUp();
        robot = BasicRobot.robotWithNewAwtHierarchy();
        show(anna);

        LabelingModel model = frame.controller().model();
        assertThat(GuiActionRunner.execute(() -> model.spans())).isEmpty();
        assertThat(GuiActionRunner.execute(() -> model.others())).isEmpty();
        assertThat(GuiActionRunner.execute(() -> frame.controller().text().getToolTipText(
                new java.awt.event.MouseEvent(frame.controller().text(), 0, 0, 0, 0, 0, 0, false)))).isNull();

        window.toggleButton("showOthersToggle").click();
        settle();
        assertThat(GuiActionRunner.execute(() -> model.others())).containsExactly(bens);
        window.label("othersLegend-ben").requireVisible();

        clickOn("Maybe");
        press(KeyEvent.VK_DELETE);
        assertThat(store.spans().get(bens.id())).isPresent(); // read-only: nothing deleted
        press(KeyEvent.VK_O, InputEvent.CTRL_MASK | InputEvent.SHIFT_MASK);
        assertThat(GuiActionRunner.execute(() -> model.others())).isEmpty();
    }

    @Test
    void switchingAnnotatorShowsOnlyTheirSpans() {
        selectWords("mayor");
        press(KeyEvent.VK_1);
        window.menuItemWithPath("File", "Switch annotator…").click();
        JOptionPaneFixture dialog = window.optionPane(Timeout.timeout(5_000));
        dialog.comboBox("annotatorName").replaceText("ben");
        pressButton(dialog.okButton());
        settle();
        assertThat(GuiActionRunner.execute(() -> frame.controller().annotator().name())).isEqualTo("ben");
        // Xvfb has no window manager to give the focus back to the window after a dialog: click it
        clickOn("The mayor");

        window.label("statusAnnotator").requireText("Annotator: ben");
        assertThat(window.table("spanTable").rowCount()).isZero();
        selectWords("bridge fell");
        press(KeyEvent.VK_2);
        Annotator ben = store.annotators().byName("ben").orElseThrow();
        assertThat(spansOf(ben)).extracting(WorkbenchWindowTest::textOf, Span::label).containsExactly(tuple("bridge fell", "DENIAL"));
        assertThat(spansOf(anna)).extracting(WorkbenchWindowTest::textOf).containsExactly("mayor");
    }

    @Test
    void ctrlEnterMarksDoneAndAltDownGoesToTheNextArticle() {
        press(KeyEvent.VK_ENTER, InputEvent.CTRL_MASK);
        assertThat(store.statuses().get(first, anna.id())).isEqualTo(ArticleStatus.DONE);
        window.label("progressLabel").requireText("1 of 2 done");
        assertThat(window.table("articleTable").valueAt(org.assertj.swing.data.TableCell.row(0).column(2))).isEqualTo("✓ done");

        press(KeyEvent.VK_DOWN, InputEvent.ALT_MASK);
        settle();
        assertThat(GuiActionRunner.execute(() -> frame.controller().model().article().map(Article::id))).contains(second);
        window.label("statusPosition").requireText("Article 2 of 2 · to do");
    }

    @Test
    void themeAndZoomChangeAndAreRemembered() {
        float size = GuiActionRunner.execute(() -> frame.controller().text().getFont().getSize2D());
        press(KeyEvent.VK_EQUALS, InputEvent.CTRL_MASK);
        press(KeyEvent.VK_EQUALS, InputEvent.CTRL_MASK);
        assertThat(GuiActionRunner.execute(() -> frame.controller().text().getFont().getSize2D())).isGreaterThan(size * 1.2f);
        assertThat(frame.controller().prefs().zoom()).isCloseTo(1.21f, org.assertj.core.data.Offset.offset(0.01f));
        press(KeyEvent.VK_MINUS, InputEvent.CTRL_MASK);
        press(KeyEvent.VK_0, InputEvent.CTRL_MASK);
        assertThat(GuiActionRunner.execute(() -> frame.controller().text().getFont().getSize2D())).isEqualTo(size);

        window.menuItemWithPath("View", "Dark theme").click();
        robot.waitForIdle();
        assertThat(GuiActionRunner.execute(Theme::isDark)).isTrue();
        assertThat(frame.controller().prefs().dark()).isTrue();
        window.menuItemWithPath("View", "Dark theme").click();
        robot.waitForIdle();
        assertThat(GuiActionRunner.execute(Theme::isDark)).isFalse();
        assertThat(frame.controller().prefs().dark()).isFalse();
    }

    @Test
    void afterARestartEverySpanIsBack() {
        selectWords("mayor said");
        press(KeyEvent.VK_1);
        selectWords("Maybe it will reopen");
        press(KeyEvent.VK_3);
        selectWords("reopen 🇺🇦");
        press(KeyEvent.VK_2);
        List<Span> before = spansOf(anna);
        assertThat(before).hasSize(3);

        window.cleanUp();
        window = null;
        database.close();
        database = Database.open(dir.resolve("test").toString(), guard);
        workspace = new Workspace(database);
        store = database.store();
        robot = BasicRobot.robotWithNewAwtHierarchy();
        show(anna);

        assertThat(spansOf(anna)).isEqualTo(before);
        assertThat(window.table("spanTable").rowCount()).isEqualTo(3);
        assertThat(window.table("spanTable").contents()[2]).containsExactly("DENIAL", "reopen 🇺🇦", "", "");
    }
}
