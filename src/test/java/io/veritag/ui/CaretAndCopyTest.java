package io.veritag.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.veritag.model.Annotator;
import io.veritag.service.Workspace;
import io.veritag.store.Database;
import io.veritag.ui.kit.EdtGuard;
import io.veritag.ui.kit.Settle;
import io.veritag.ui.kit.SwingExecutor;
import java.awt.Dimension;
import java.awt.Toolkit;
import java.awt.datatransfer.DataFlavor;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Shift+arrows never stop inside an emoji; Ctrl+C copies the selected span's text (issue 15 items 11 and 14). */
class CaretAndCopyTest {
    private static final String TEXT = "Flag 🇺🇦 and family 👩‍👩‍👧 here, cafe\u0301 and 😀 done 👍🏽.";

    @TempDir
    Path dir;
    private final EdtGuard guard = new EdtGuard();
    private final SwingExecutor executor = new SwingExecutor();
    private Database database;
    private Robot robot;
    private FrameFixture window;
    private WorkbenchFrame frame;

    @BeforeAll
    static void lookAndFeel() {
        GuiActionRunner.execute(() -> Theme.install(false));
    }

    @BeforeEach
    void openWindow() {
        database = Database.open(dir.resolve("test").toString(), guard);
        Workspace workspace = new Workspace(database);
        TestCorpus.add(database.store(), "e1", "Emoji story", TEXT);
        Annotator anna = database.store().annotators().getOrCreate("anna");
        robot = BasicRobot.robotWithNewAwtHierarchy();
        var labeling = workspace.labeling(anna);
        frame = GuiActionRunner.execute(() -> Workbench.create(workspace, labeling, new WorkbenchPrefs(new MemoryPreferences()), executor));
        window = new FrameFixture(robot, frame);
        window.show(new Dimension(1100, 700));
        Settle.settle(robot, executor);
    }

    @AfterEach
    void close() {
        try {
            Settle.settle(robot, executor);
        } finally {
            window.cleanUp();
            database.close();
        }
        guard.assertNoQueryRanOnTheEdt();
    }

    @Test
    void shiftArrowsStepOverWholeEmojiAndNeverStopInsideOne() {
        window.textBox("articleText").focus();
        int flag = TEXT.indexOf("🇺🇦");
        GuiActionRunner.execute(() -> frame.controller().text().setCaretPosition(flag));
        press(KeyEvent.VK_RIGHT, InputEvent.SHIFT_MASK);
        assertThat(selected()).isEqualTo("🇺🇦");

        int family = TEXT.indexOf("👩");
        GuiActionRunner.execute(() -> frame.controller().text().setCaretPosition(family));
        press(KeyEvent.VK_RIGHT, InputEvent.SHIFT_MASK);
        assertThat(selected()).isEqualTo("👩‍👩‍👧");

        // across the whole text, both ways: every stop is a character boundary
        GuiActionRunner.execute(() -> frame.controller().text().setCaretPosition(0));
        java.util.Set<Integer> boundaries = new java.util.HashSet<>();
        java.util.regex.Matcher clusters = java.util.regex.Pattern.compile("\\X").matcher(TEXT);
        while (clusters.find()) {
            boundaries.add(clusters.start());
        }
        boundaries.add(TEXT.length());
        int steps = TEXT.codePointCount(0, TEXT.length());
        for (int i = 0; i < steps; i++) {
            press(KeyEvent.VK_RIGHT, InputEvent.SHIFT_MASK);
            int end = GuiActionRunner.execute(() -> frame.controller().text().getCaretPosition());
            assertThat(boundaries).as("stop at " + end).contains(end);
        }
        for (int i = 0; i < steps; i++) {
            press(KeyEvent.VK_LEFT, InputEvent.SHIFT_MASK);
            int end = GuiActionRunner.execute(() -> frame.controller().text().getCaretPosition());
            assertThat(boundaries).as("stop at " + end).contains(end);
        }
        // a caret put inside an emoji (a click between its halves) lands before it
        GuiActionRunner.execute(() -> frame.controller().text().setCaretPosition(flag + 1));
        assertThat(GuiActionRunner.execute(() -> frame.controller().text().getCaretPosition())).isEqualTo(flag);
    }

    @Test
    void ctrlCCopiesTheSelectedSpansTextAndTheSelectedTextOtherwise() throws Exception {
        window.textBox("articleText").focus();
        int start = TEXT.indexOf("family 👩‍👩‍👧");
        GuiActionRunner.execute(() -> frame.controller().text().select(start, start + "family 👩‍👩‍👧".length()));
        press(KeyEvent.VK_1, 0);
        assertThat(GuiActionRunner.execute(() -> frame.controller().model().selectedSpan())).isPresent();
        assertThat(selected()).as("the text selection is dropped once the span is made").isNull();

        GuiActionRunner.execute(() -> Toolkit.getDefaultToolkit().getSystemClipboard()
                .setContents(new java.awt.datatransfer.StringSelection("before"), null));
        press(KeyEvent.VK_C, InputEvent.CTRL_MASK);
        assertThat(clipboard()).isEqualTo("family 👩‍👩‍👧");

        GuiActionRunner.execute(() -> frame.controller().text().select(0, 4));
        press(KeyEvent.VK_C, InputEvent.CTRL_MASK);
        assertThat(clipboard()).isEqualTo("Flag");
    }

    private String clipboard() throws Exception {
        return GuiActionRunner.execute(() -> (String) Toolkit.getDefaultToolkit().getSystemClipboard().getData(DataFlavor.stringFlavor));
    }

    private String selected() {
        return GuiActionRunner.execute(() -> frame.controller().text().getSelectedText());
    }

    private void press(int keyCode, int oldStyleModifiers) {
        robot.pressAndReleaseKey(keyCode, oldStyleModifiers);
        robot.waitForIdle();
        Settle.settle(robot, executor);
    }
}
