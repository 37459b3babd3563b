package io.veritag.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.veritag.model.Annotator;
import io.veritag.service.Workspace;
import io.veritag.store.Database;
import io.veritag.store.Store;
import io.veritag.ui.kit.EdtGuard;
import io.veritag.ui.kit.Settle;
import io.veritag.ui.kit.SwingExecutor;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Rectangle;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.awt.image.BufferedImage;
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

/** Find in the article (Ctrl+F) and in all articles (Ctrl+Shift+F), driven by the keyboard. */
class FindWindowTest {
    private static final String TEXT = "The bridge fell. Officials said the Bridge was shelled. Maybe the bridge will reopen.";
    private static final String OTHER = "The port of Kherson reopened. A new bridge is planned.";

    @TempDir
    Path dir;
    private final EdtGuard guard = new EdtGuard();
    private final SwingExecutor executor = new SwingExecutor();
    private Database database;
    private Store store;
    private Annotator anna;
    private long first;
    private long second;
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
        store = database.store();
        first = TestCorpus.add(store, "t1", "Bridge story", TEXT);
        second = TestCorpus.add(store, "t2", "Port story", OTHER);
        anna = store.annotators().getOrCreate("anna");
        robot = BasicRobot.robotWithNewAwtHierarchy();
        WorkbenchPrefs prefs = new WorkbenchPrefs(new MemoryPreferences());
        var labeling = workspace.labeling(anna);
        frame = GuiActionRunner.execute(() -> Workbench.create(workspace, labeling, prefs, executor));
        window = new FrameFixture(robot, frame);
        window.show(new Dimension(1200, 760));
        settle();
    }

    @AfterEach
    void close() {
        try {
            settle();
        } finally {
            window.cleanUp(); // always: a robot left holding AssertJ Swing's screen lock hangs every later window test
            database.close();
        }
        guard.assertNoQueryRanOnTheEdt();
    }

    @Test
    void ctrlFHighlightsEveryMatchOverTheSpansAndEnterWalksThroughThem() {
        label("Officials said", KeyEvent.VK_1);
        window.textBox("articleText").focus();
        press(KeyEvent.VK_F, InputEvent.CTRL_MASK);
        window.panel("findBar").requireVisible();
        window.textBox("findField").enterText("bridge");
        settle();

        List<int[]> matches = GuiActionRunner.execute(() -> frame.findBar().highlights().matches());
        assertThat(matches).extracting(m -> m[0]).containsExactly(TEXT.indexOf("bridge"), TEXT.indexOf("Bridge"),
                TEXT.lastIndexOf("bridge"));
        // the caret is after the span just made: the first match from there is current
        window.label("findCount").requireText("2 of 3");
        assertThat(selection()).isEqualTo(TEXT.indexOf("Bridge"));

        window.textBox("findField").pressAndReleaseKey(KeyPressInfo.keyCode(KeyEvent.VK_ENTER));
        window.label("findCount").requireText("3 of 3");
        assertThat(selection()).isEqualTo(TEXT.lastIndexOf("bridge"));
        window.textBox("findField").pressAndReleaseKey(KeyPressInfo.keyCode(KeyEvent.VK_ENTER));
        window.label("findCount").requireText("1 of 3"); // round the end to the first
        assertThat(selection()).isEqualTo(TEXT.indexOf("bridge"));
        window.textBox("findField").pressAndReleaseKey(KeyPressInfo.keyCode(KeyEvent.VK_ENTER).modifiers(InputEvent.SHIFT_MASK));
        window.label("findCount").requireText("3 of 3"); // and back round the start
        assertThat(selection()).isEqualTo(TEXT.lastIndexOf("bridge"));
        press(KeyEvent.VK_F3, InputEvent.SHIFT_MASK);
        window.label("findCount").requireText("2 of 3");

        // a label key typed in the find field types, it does not tag
        window.textBox("findField").enterText("1");
        settle();
        assertThat(store.spans().forArticle(first, anna.id())).hasSize(1);
        window.label("findCount").requireText("No match");

        // the span highlight is still there and a match drawn over a span lets the span's colour through
        window.textBox("findField").deleteText().enterText("said");
        settle();
        assertThat(painters(SpanPainter.class)).isOne();
        assertThat(painters(null)).isGreaterThanOrEqualTo(2);
        Color overSpan = pixelInside(TEXT.indexOf("said"));
        window.textBox("findField").deleteText().enterText("Maybe");
        settle();
        Color overPage = pixelInside(TEXT.indexOf("Maybe"));
        assertThat(overSpan).as("match over a span vs match over the page").isNotEqualTo(overPage);

        // Esc closes the bar and its highlights; the keyboard is back in the text
        window.textBox("findField").pressAndReleaseKey(KeyPressInfo.keyCode(KeyEvent.VK_ESCAPE));
        settle();
        assertThat(GuiActionRunner.execute(() -> frame.findBar().isShowing())).isFalse();
        assertThat(GuiActionRunner.execute(() -> frame.findBar().highlights().matches())).isEmpty();
        assertThat(painters(SpanPainter.class)).isOne();
    }

    @Test
    void matchesStayHighlightedAcrossAThemeSwitchAndFollowAnotherArticle() {
        window.textBox("articleText").focus();
        press(KeyEvent.VK_F, InputEvent.CTRL_MASK);
        window.textBox("findField").enterText("bridge");
        settle();
        press(KeyEvent.VK_L, InputEvent.CTRL_MASK | InputEvent.SHIFT_MASK);
        assertThat(findHighlightsOnTheHighlighter()).isEqualTo(3);
        press(KeyEvent.VK_L, InputEvent.CTRL_MASK | InputEvent.SHIFT_MASK);
        assertThat(findHighlightsOnTheHighlighter()).isEqualTo(3);

        GuiActionRunner.execute(() -> frame.controller().openArticle(second));
        settle();
        assertThat(findHighlightsOnTheHighlighter()).isOne(); // "A new bridge is planned."
        window.label("findCount").requireText("1 of 1");
    }

    @Test
    void ctrlShiftFListsMatchesInContextAndEnterOpensTheArticleAtTheMatch() {
        window.textBox("articleText").focus();
        press(KeyEvent.VK_F, InputEvent.CTRL_MASK | InputEvent.SHIFT_MASK);
        var dialog = window.dialog("corpusSearch");
        dialog.textBox("corpusSearchField").enterText("reopened");
        GuiActionRunner.execute(() -> frame.corpusSearch().runQuery());
        settle();
        dialog.label("corpusSearchSummary").requireText(java.util.regex.Pattern.compile("1 match in 1 article.*"));
        String[][] rows = dialog.table("corpusSearchResults").contents();
        assertThat(rows).hasNumberOfRows(1);
        assertThat(rows[0]).containsExactly("Port story", "The port of Kherson ", "reopened", ". A new bridge is planned.");

        // an article added meanwhile is found by the next search, without asking for a rebuild
        long third = TestCorpus.add(store, "t3", "Later story", "The ferry reopened on Monday.");
        GuiActionRunner.execute(() -> frame.corpusSearch().runQuery());
        settle();
        assertThat(dialog.table("corpusSearchResults").contents()).hasNumberOfRows(2);

        dialog.table("corpusSearchResults").selectRows(1);
        dialog.table("corpusSearchResults").pressAndReleaseKey(KeyPressInfo.keyCode(KeyEvent.VK_ENTER));
        settle();
        assertThat(GuiActionRunner.execute(() -> frame.controller().model().article().orElseThrow().id())).isEqualTo(third);
        int at = "The ferry reopened on Monday.".indexOf("reopened");
        assertThat(selection()).isEqualTo(at);
        assertThat(GuiActionRunner.execute(() -> frame.controller().text().getSelectedText())).isEqualTo("reopened");
        window.panel("findBar").requireVisible();
        window.label("findCount").requireText("1 of 1");

        dialog.textBox("corpusSearchField").deleteText().enterText("bridge*");
        GuiActionRunner.execute(() -> frame.corpusSearch().runQuery());
        settle();
        assertThat(Arrays.stream(dialog.table("corpusSearchResults").contents()).map(r -> r[0]))
                .containsExactly("Bridge story", "Bridge story", "Bridge story", "Port story");
        dialog.pressAndReleaseKey(KeyPressInfo.keyCode(KeyEvent.VK_ESCAPE));
        settle();
        assertThat(GuiActionRunner.execute(() -> frame.corpusSearch().isShowing())).isFalse();
    }

    private int selection() {
        return GuiActionRunner.execute(() -> frame.controller().text().getSelectionStart());
    }

    private long painters(Class<?> type) {
        return GuiActionRunner.execute(() -> Arrays.stream(frame.controller().text().getHighlighter().getHighlights())
                .map(Highlighter.Highlight::getPainter).filter(p -> type == null || type.isInstance(p)).count());
    }

    private long findHighlightsOnTheHighlighter() {
        return GuiActionRunner.execute(() -> Arrays.stream(frame.controller().text().getHighlighter().getHighlights())
                .map(Highlighter.Highlight::getPainter).filter(p -> p.getClass().getName().contains("FindHighlights")).count());
    }

    /** The colour a little inside the top-left of the character at {@code offset}, as painted. */
    private Color pixelInside(int offset) {
        return GuiActionRunner.execute(() -> {
            ArticleTextArea text = frame.controller().text();
            text.select(0, 0); // the selection colour would cover both
            BufferedImage image = new BufferedImage(text.getWidth(), text.getHeight(), BufferedImage.TYPE_INT_RGB);
            var g = image.createGraphics();
            text.paint(g);
            g.dispose();
            Rectangle r = text.modelToView2D(offset).getBounds();
            return new Color(image.getRGB(r.x + 3, r.y + 3));
        });
    }

    private void label(String words, int key) {
        int start = TEXT.indexOf(words);
        window.textBox("articleText").focus();
        GuiActionRunner.execute(() -> frame.controller().text().select(start, start + words.length()));
        press(key, 0);
    }

    private void press(int keyCode, int oldStyleModifiers) {
        robot.pressAndReleaseKey(keyCode, oldStyleModifiers);
        robot.waitForIdle();
        settle();
    }

    private void settle() {
        Settle.settle(robot, executor);
    }
}
