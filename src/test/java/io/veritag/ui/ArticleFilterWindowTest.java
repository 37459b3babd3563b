package io.veritag.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.veritag.model.Annotator;
import io.veritag.model.NewArticle;
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
import java.util.ArrayList;
import java.util.List;
import javax.swing.JTable;
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

/**
 * The article list's filter as a person types it, one key at a time (issue 17 keeps each key from re-reading
 * the whole list): each key narrows or widens the list to exactly the rows with every word, the list says
 * which filter it shows, Next article walks the rows shown (filtered, sorted), and a row whose status changes
 * joins or leaves a status filter.
 */
class ArticleFilterWindowTest {
    @TempDir
    Path dir;
    private final EdtGuard guard = new EdtGuard();
    private final SwingExecutor executor = new SwingExecutor();
    private Database database;
    private Store store;
    private Annotator anna;
    private final List<Long> ids = new ArrayList<>();
    private Robot robot;
    private FrameFixture window;
    private WorkbenchFrame frame;

    @BeforeAll
    static void lookAndFeel() {
        GuiActionRunner.execute(() -> Theme.install(false));
    }

    @BeforeEach
    void setUp() {
        database = Database.open(dir.resolve("test").toString(), guard);
        store = database.store();
        anna = store.annotators().getOrCreate("anna");
        // titles chosen so that typing "bridge 1" narrows step by step, and the words also match ids and sources
        String[][] articles = {
                {"a-01", "Bridge 1 fell", "Kyiv Post"},
                {"a-02", "Bridge 12 held", null},
                {"a-03", "Dam burst", "Bridge Weekly"},
                {"a-04", "Port reopened", null},
                {"a-05", "bridge 10 closed", "Kyiv Post"},
                {"a-06", "Ferry runs again", null},
        };
        for (String[] a : articles) {
            String text = a[1] + ". Officials said so. It happened in the city.";
            ids.add(store.articles().insert(new NewArticle(a[0], a[1], a[2], null, null, text), TestCorpus.sha256(text)));
        }
    }

    @AfterEach
    void close() {
        if (window != null) {
            settle();
            window.cleanUp();
        }
        database.close();
        guard.assertNoQueryRanOnTheEdt();
    }

    private void open() {
        robot = BasicRobot.robotWithNewAwtHierarchy();
        WorkbenchPrefs prefs = new WorkbenchPrefs(new MemoryPreferences());
        var labeling = new Workspace(database).labeling(anna);
        Workspace workspace = new Workspace(database);
        frame = GuiActionRunner.execute(() -> Workbench.create(workspace, labeling, prefs, executor));
        window = new FrameFixture(robot, frame);
        window.show(new Dimension(1200, 760));
        settle();
    }

    @Test
    void eachKeyNarrowsOrWidensTheListToTheRowsWithEveryWord() {
        open();
        assertThat(titlesShown()).hasSize(6);
        window.textBox("articleFilter").focus();
        // what the list shows after each key of "bridge 1", as typed
        List<List<String>> expected = List.of(
                List.of("Bridge 1 fell", "Bridge 12 held", "Dam burst", "bridge 10 closed"), // b (burst)
                List.of("Bridge 1 fell", "Bridge 12 held", "Dam burst", "bridge 10 closed"), // br: Dam's source, Bridge Weekly
                List.of("Bridge 1 fell", "Bridge 12 held", "Dam burst", "bridge 10 closed"), // bri
                List.of("Bridge 1 fell", "Bridge 12 held", "Dam burst", "bridge 10 closed"), // brid
                List.of("Bridge 1 fell", "Bridge 12 held", "Dam burst", "bridge 10 closed"), // bridg
                List.of("Bridge 1 fell", "Bridge 12 held", "Dam burst", "bridge 10 closed"), // bridge
                List.of("Bridge 1 fell", "Bridge 12 held", "Dam burst", "bridge 10 closed"), // "bridge ": same words
                // "bridge 1": both words; Dam burst (a-03, Bridge Weekly) has no 1 anywhere
                List.of("Bridge 1 fell", "Bridge 12 held", "bridge 10 closed"));
        String typed = "bridge 1";
        for (int i = 0; i < typed.length(); i++) {
            window.textBox("articleFilter").enterText(typed.substring(i, i + 1));
            settle();
            assertThat(titlesShown()).as("after typing %s", typed.substring(0, i + 1)).isEqualTo(expected.get(i));
            assertThat(filterShown()).isEqualTo(typed.substring(0, i + 1));
        }
        window.textBox("articleFilter").enterText("2");
        settle();
        assertThat(titlesShown()).containsExactly("Bridge 12 held");
        assertThat(window.label("progressLabel").text()).endsWith("(1 shown)");
        // Backspace widens again, to exactly what each shorter filter shows
        for (int i = typed.length(); i >= 1; i--) {
            window.textBox("articleFilter").pressAndReleaseKeys(KeyEvent.VK_BACK_SPACE);
            settle();
            assertThat(titlesShown()).as("back to %s", typed.substring(0, i)).isEqualTo(expected.get(i - 1));
        }
        window.textBox("articleFilter").pressAndReleaseKeys(KeyEvent.VK_BACK_SPACE);
        settle();
        assertThat(titlesShown()).hasSize(6);
        assertThat(filterShown()).isEmpty();
        // a word typed in a new place: "kyiv" then a word before it narrows to rows with both, in any order
        window.textBox("articleFilter").enterText("kyiv");
        settle();
        assertThat(titlesShown()).containsExactly("Bridge 1 fell", "bridge 10 closed");
        window.textBox("articleFilter").pressAndReleaseKey(KeyPressInfo.keyCode(KeyEvent.VK_HOME));
        window.textBox("articleFilter").enterText("closed ");
        settle();
        assertThat(titlesShown()).containsExactly("bridge 10 closed");
    }

    @Test
    void nextArticleWalksTheFilteredRowsInTheOrderShown() {
        open();
        assertThat(openArticleId()).isEqualTo(ids.get(0));
        window.textBox("articleFilter").enterText("bridge");
        settle();
        pressInText(KeyEvent.VK_DOWN, InputEvent.ALT_MASK);
        assertThat(openArticleId()).isEqualTo(ids.get(1));
        pressInText(KeyEvent.VK_DOWN, InputEvent.ALT_MASK);
        assertThat(openArticleId()).as("Dam burst: its source has the word").isEqualTo(ids.get(2));
        pressInText(KeyEvent.VK_DOWN, InputEvent.ALT_MASK);
        assertThat(openArticleId()).as("over Port and Ferry, which are not shown").isEqualTo(ids.get(4));
        assertThat(selectedTitle()).isEqualTo("bridge 10 closed");
        assertThat(GuiActionRunner.execute(() -> frame.actions().next.isEnabled())).as("the last row shown").isFalse();

        // sorted by title, ascending (case-insensitive collation puts "bridge 10" between "Bridge 1" and "Bridge 12")
        window.table("articleTable").tableHeader().clickColumn(0);
        settle();
        List<String> sorted = titlesShown();
        assertThat(sorted).hasSize(4);
        int at = sorted.indexOf("bridge 10 closed");
        pressInText(KeyEvent.VK_UP, InputEvent.ALT_MASK);
        assertThat(selectedTitle()).isEqualTo(at > 0 ? sorted.get(at - 1) : "bridge 10 closed");
        assertThat(window.label("statusPosition").text()).startsWith("Article " + (ids.indexOf(openArticleId()) + 1) + " of 6");

        // clearing the filter keeps the open article and walks on from it among all rows
        window.textBox("articleFilter").deleteText();
        settle();
        assertThat(titlesShown()).hasSize(6);
        long open = openArticleId();
        assertThat(selectedTitle()).isEqualTo(titleOf(open));
        List<String> all = titlesShown();
        pressInText(KeyEvent.VK_DOWN, InputEvent.ALT_MASK);
        assertThat(titleOf(openArticleId())).isEqualTo(all.get(all.indexOf(titleOf(open)) + 1));
    }

    @Test
    void aRowWhoseStatusChangesJoinsOrLeavesAStatusFilter() {
        open();
        window.textBox("articleFilter").enterText("done");
        settle();
        assertThat(titlesShown()).isEmpty();
        window.textBox("articleFilter").deleteText();
        settle();
        pressInText(KeyEvent.VK_ENTER, InputEvent.CTRL_MASK); // Mark done, the first article
        window.textBox("articleFilter").enterText("done");
        settle();
        assertThat(titlesShown()).containsExactly("Bridge 1 fell");
        pressInText(KeyEvent.VK_ENTER, InputEvent.CTRL_MASK); // Mark not done: it leaves the list at once
        assertThat(titlesShown()).isEmpty();
        assertThat(window.label("progressLabel").text()).startsWith("0 of 6 done");
    }

    private String titleOf(long id) {
        return store.articles().get(id).orElseThrow().title();
    }

    private String filterShown() {
        JTable table = window.table("articleTable").target();
        return GuiActionRunner.execute(() -> (String) table.getClientProperty(ArticleListPanel.FILTER_SHOWN));
    }

    private List<String> titlesShown() {
        JTable table = window.table("articleTable").target();
        return GuiActionRunner.execute(() -> {
            List<String> titles = new ArrayList<>();
            for (int i = 0; i < table.getRowCount(); i++) {
                titles.add(String.valueOf(table.getValueAt(i, 0)));
            }
            return titles;
        });
    }

    private String selectedTitle() {
        JTable table = window.table("articleTable").target();
        return GuiActionRunner.execute(() -> String.valueOf(table.getValueAt(table.getSelectedRow(), 0)));
    }

    private long openArticleId() {
        return GuiActionRunner.execute(() -> frame.controller().model().article().orElseThrow().id());
    }

    private void pressInText(int keyCode, int oldStyleModifiers) {
        window.textBox("articleText").pressAndReleaseKey(KeyPressInfo.keyCode(keyCode).modifiers(oldStyleModifiers));
        robot.waitForIdle();
        settle();
    }

    private void settle() {
        Settle.settle(robot, executor);
    }
}
