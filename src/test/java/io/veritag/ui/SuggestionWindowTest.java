package io.veritag.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.veritag.model.Annotator;
import io.veritag.model.Span;
import io.veritag.model.suggest.RecommenderSetting;
import io.veritag.service.Workspace;
import io.veritag.store.Database;
import io.veritag.store.Store;
import io.veritag.suggest.Recommenders;
import io.veritag.suggest.Suggestion;
import io.veritag.ui.kit.EdtGuard;
import io.veritag.ui.kit.Settle;
import io.veritag.ui.kit.SwingExecutor;
import java.awt.Dimension;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.util.List;
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
 * The suggestion layer in the real window (AssertJ Swing under Xvfb): suggestions from the cue lists and from
 * the annotator's own labels, gone through with Tab, accepted with Enter (saved at once, undoable), rejected
 * with X (remembered), a sentence accepted with Shift+Enter. The database is never queried on the EDT.
 */
class SuggestionWindowTest {
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
        first = TestCorpus.add(store, "t1", "Bridge story", TEXT);
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

    private void press(int keyCode, int oldStyleModifiers) {
        window.textBox("articleText").focus();
        window.textBox("articleText").pressAndReleaseKey(KeyPressInfo.keyCode(keyCode).modifiers(oldStyleModifiers));
        settle();
    }

    private void press(int keyCode) {
        press(keyCode, 0);
    }

    private List<Suggestion> shown() {
        return GuiActionRunner.execute(() -> suggestionsModel().suggestions());
    }

    private SuggestionsModel suggestionsModel() {
        return frame.suggestions();
    }

    private List<String> shownTexts() {
        return shown().stream().map(s -> TEXT.substring(s.start(), s.end()) + "/" + s.label() + "/" + s.recommender()).toList();
    }

    private List<Span> annasSpans() {
        return store.spans().forArticle(first, anna.id());
    }

    @Test
    void theCueListsSuggestAndTabEnterAcceptsOneSavedAtOnceAndUndoable() {
        assertThat(shownTexts()).containsExactly("said the bridge fell/CLAIM/cue-lists", "denied it/DENIAL/cue-lists",
                "Maybe it will reopen 🇺🇦 soon/SPECULATION/cue-lists");
        assertThat(annasSpans()).as("suggestions are not spans").isEmpty();
        assertThat(window.table("spanTable").rowCount()).isZero();

        press(KeyEvent.VK_TAB);
        press(KeyEvent.VK_TAB);
        window.label("suggestionStatus").requireText(java.util.regex.Pattern.compile(
                "Suggestion 2 of 3: DENIAL from Cue lists — Enter accepts.*"));
        press(KeyEvent.VK_ENTER);

        assertThat(annasSpans()).extracting(s -> s.textIn(TEXT), Span::label).containsExactly(tuple("denied it", "DENIAL"));
        assertThat(workspace.suggestions(anna).origins(first)).containsValue(Recommenders.CUE_LISTS);
        window.label("statusSaved").requireText(java.util.regex.Pattern.compile("✓ Saved .*accept DENIAL suggestion.*"));
        assertThat(shownTexts()).doesNotContain("denied it/DENIAL/cue-lists").hasSize(2);

        press(KeyEvent.VK_Z, InputEvent.CTRL_MASK);
        assertThat(annasSpans()).isEmpty();
        assertThat(shownTexts()).contains("denied it/DENIAL/cue-lists");
    }

    @Test
    void xRejectsAndTheRejectionIsRemembered() {
        press(KeyEvent.VK_TAB);
        press(KeyEvent.VK_X);

        assertThat(shownTexts()).doesNotContain("said the bridge fell/CLAIM/cue-lists").hasSize(2);
        assertThat(annasSpans()).isEmpty();
        assertThat(workspace.suggestions(anna).suggest(store.articles().get(first).orElseThrow()))
                .extracting(Suggestion::label).doesNotContain("CLAIM");
    }

    @Test
    void shiftEnterAcceptsEverySuggestionOfTheSentenceAndOwnLabelsAreSuggestedToo() {
        workspace.suggestions(anna).save(new RecommenderSetting(Recommenders.CUE_LISTS, false, 0));
        GuiActionRunner.execute(() -> suggestionsModel().reload());
        settle();
        assertThat(shown()).isEmpty();

        // label "bridge" by hand: the same text elsewhere would be suggested; here: another sentence with two
        long second = TestCorpus.add(store, "t2", "Second", "The bridge and the bridge fell. The bridge stood.");
        store.spans().insert(second, anna.id(), 4, 10, "CLAIM", null);
        GuiActionRunner.execute(() -> suggestionsModel().reload());
        settle();
        assertThat(shownTexts()).containsExactly("bridge/CLAIM/same-text");
        GuiActionRunner.execute(() -> frame.controller().openArticle(second));
        settle();
        assertThat(shown()).extracting(Suggestion::start).containsExactly(19, 36);

        press(KeyEvent.VK_TAB);
        press(KeyEvent.VK_ENTER, InputEvent.SHIFT_MASK);

        assertThat(store.spans().forArticle(second, anna.id())).extracting(Span::start).containsExactly(4, 19);
        assertThat(shown()).extracting(Suggestion::start).containsExactly(36);
    }

    @Test
    void theRecommenderSettingsDialogSwitchesARecommenderOff() {
        GuiActionRunner.execute(() -> new SuggestionMenu(frame.controller(), suggestionsModel()).openSettings());
        settle();
        var dialog = window.dialog("recommenderSettings");
        dialog.checkBox("recommender-cue-lists").requireSelected();
        GuiActionRunner.execute(() -> dialog.checkBox("recommender-cue-lists").target().doClick());
        settle();

        assertThat(shown()).isEmpty();
        assertThat(workspace.suggestions(anna).settings()).extracting(RecommenderSetting::recommender, RecommenderSetting::enabled)
                .contains(tuple("cue-lists", false));
        dialog.label("modelState").requireText(java.util.regex.Pattern.compile("No model yet.*"));
        GuiActionRunner.execute(() -> dialog.target().dispose());
    }
}
