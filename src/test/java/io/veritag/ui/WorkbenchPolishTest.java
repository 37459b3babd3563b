package io.veritag.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.veritag.model.Annotator;
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
import java.util.Arrays;
import java.util.List;
import javax.swing.text.Highlighter;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.KeyPressInfo;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a reviewer sees around labeling: theme switches, undo wording, done articles, counts. */
class WorkbenchPolishTest {
    private static final String TEXT = "The mayor said the bridge fell. Officials denied it. Maybe it will reopen soon.";

    @TempDir
    Path dir;
    private final EdtGuard guard = new EdtGuard();
    private final SwingExecutor executor = new SwingExecutor();
    private Database database;
    private Workspace workspace;
    private Store store;
    private Annotator anna;
    private long first;
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
        workspace = new Workspace(database);
        store = database.store();
        first = TestCorpus.add(store, "t1", "Bridge story", TEXT);
        TestCorpus.add(store, "t2", "Second story", "Another article about the port. It reopened.");
        anna = store.annotators().getOrCreate("anna");
        robot = BasicRobot.robotWithNewAwtHierarchy();
        WorkbenchPrefs prefs = new WorkbenchPrefs(new MemoryPreferences());
        var labeling = workspace.labeling(anna);
        frame = GuiActionRunner.execute(() -> Workbench.create(workspace, labeling, prefs, executor));
        window = new FrameFixture(robot, frame);
        window.show(new Dimension(1200, 760));
        settle();
        assertThat(GuiActionRunner.execute(() -> frame.controller().model().article())).isPresent();
    }

    @AfterEach
    void close() {
        settle();
        window.cleanUp();
        database.close();
        GuiActionRunner.execute(() -> Theme.install(false));
        guard.assertNoQueryRanOnTheEdt();
    }

    @Test
    void switchingThemeKeepsTheSpansPaintedBothWays() {
        label("bridge fell", KeyEvent.VK_1);
        assertThat(spanHighlights()).isOne();

        press(KeyEvent.VK_L, InputEvent.CTRL_MASK | InputEvent.SHIFT_MASK);
        assertThat(GuiActionRunner.execute(Theme::isDark)).isTrue();
        assertThat(spanHighlights()).isOne();

        press(KeyEvent.VK_L, InputEvent.CTRL_MASK | InputEvent.SHIFT_MASK);
        assertThat(GuiActionRunner.execute(Theme::isDark)).isFalse();
        assertThat(spanHighlights()).isOne();
        // and the painter still has the spans to paint
        label("Officials", KeyEvent.VK_2);
        assertThat(spanHighlights()).isOne();
        assertThat(spans()).hasSize(2);
    }

    @Test
    void undoAndRedoSayWhatTheyUndidAndRedid() {
        label("bridge fell", KeyEvent.VK_1);
        window.label("statusSaved").requireText(java.util.regex.Pattern.compile("✓ Saved \\S+ \\(create CLAIM span\\)"));

        press(KeyEvent.VK_Z, InputEvent.CTRL_MASK);
        assertThat(spans()).isEmpty();
        window.label("statusSaved").requireText(java.util.regex.Pattern.compile("✓ Saved \\S+ \\(undid create CLAIM span\\)"));

        press(KeyEvent.VK_Z, InputEvent.CTRL_MASK | InputEvent.SHIFT_MASK);
        assertThat(spans()).hasSize(1);
        window.label("statusSaved").requireText(java.util.regex.Pattern.compile("✓ Saved \\S+ \\(redid create CLAIM span\\)"));
    }

    private long spanHighlights() {
        return GuiActionRunner.execute(() -> Arrays.stream(frame.controller().text().getHighlighter().getHighlights())
                .map(Highlighter.Highlight::getPainter).filter(p -> p instanceof SpanPainter).count());
    }

    private List<Span> spans() {
        return store.spans().forArticle(first, anna.id());
    }

    private void label(String words, int key) {
        int start = TEXT.indexOf(words);
        window.textBox("articleText").focus();
        GuiActionRunner.execute(() -> frame.controller().text().select(start, start + words.length()));
        press(key, 0);
    }

    private void press(int keyCode, int oldStyleModifiers) {
        window.textBox("articleText").pressAndReleaseKey(KeyPressInfo.keyCode(keyCode).modifiers(oldStyleModifiers));
        robot.waitForIdle();
        settle();
    }

    /** Waits until the events are handled and the database work they started has been delivered. */
    private void settle() {
        Settle.settle(robot, executor);
    }
}
