package io.veritag.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.veritag.model.Annotator;
import io.veritag.model.ArticleStatus;
import io.veritag.model.Span;
import io.veritag.model.suggest.Cue;
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
import java.util.concurrent.TimeUnit;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
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

    /** Nine done articles that teach the model "denied it" is a DENIAL (cross-validated F1 1.0). */
    private void annaMarksTeachingArticlesDone() {
        for (int i = 0; i < 9; i++) {
            String text = "The mayor of town " + i + " said the road fell. Officials denied it. Maybe it rains.";
            long id = TestCorpus.add(store, "d" + i, "Done " + i, text);
            int start = text.indexOf("denied it");
            store.spans().insert(id, anna.id(), start, start + "denied it".length(), "DENIAL", null);
            store.statuses().set(id, anna.id(), ArticleStatus.DONE);
        }
    }

    private void onlyTheModelSuggests() {
        workspace.suggestions(anna).save(new RecommenderSetting(Recommenders.CUE_LISTS, false, 0));
        workspace.suggestions(anna).save(new RecommenderSetting(Recommenders.SAME_TEXT, false, 0));
        GuiActionRunner.execute(() -> suggestionsModel().reload());
        settle();
    }

    @Test
    void aModelFinishingItsTrainingWhileTheArticleIsOpenRefreshesItsSuggestions() throws Exception {
        onlyTheModelSuggests();
        assertThat(shown()).as("no model yet").isEmpty();

        // trained in the background, not by anything the window does
        annaMarksTeachingArticlesDone();
        workspace.suggestionModels().refresh(anna.id()).orElseThrow().get(2, TimeUnit.MINUTES);
        Pause.pause(new Condition("the model's suggestion to be shown") {
            @Override
            public boolean test() {
                return !shown().isEmpty();
            }
        }, Timeout.timeout(60_000));
        settle();

        assertThat(shownTexts()).containsExactly("denied it/DENIAL/model");
        press(KeyEvent.VK_TAB);
        window.label("suggestionStatus").requireText(java.util.regex.Pattern.compile(
                "Suggestion 1 of 1: DENIAL from Trained model — Enter accepts.*"));
    }

    @Test
    void aModelTrainedForAnotherAnnotatorLeavesTheOpenSuggestionsAlone() throws Exception {
        Annotator ben = store.annotators().getOrCreate("ben");
        for (int i = 0; i < 9; i++) {
            String text = "The mayor of town " + i + " said the road fell. Officials denied it. Maybe it rains.";
            long id = TestCorpus.add(store, "b" + i, "Ben " + i, text);
            int start = text.indexOf("denied it");
            store.spans().insert(id, ben.id(), start, start + 9, "DENIAL", null);
            store.statuses().set(id, ben.id(), ArticleStatus.DONE);
        }
        onlyTheModelSuggests();

        workspace.suggestionModels().refresh(ben.id()).orElseThrow().get(2, TimeUnit.MINUTES);
        settle();

        assertThat(shown()).as("ben's model is never anna's (blind)").isEmpty();
    }

    @Test
    void theCueListDialogAddsAndRemovesACueAndTheSuggestionsFollow() {
        GuiActionRunner.execute(() -> new SuggestionMenu(frame.controller(), suggestionsModel()).openSettings());
        settle();
        var dialog = window.dialog("recommenderSettings");
        int shipped = dialog.table("cueTable").rowCount();
        assertThat(shipped).isEqualTo(workspace.suggestions(anna).cues().size()).isPositive();

        dialog.textBox("cuePhrase").setText("   ");
        dialog.button("addCue").click();
        settle();
        dialog.label("settingsMessage").requireText("A cue needs a list name and at least one word");
        assertThat(workspace.suggestions(anna).cues()).hasSize(shipped);

        dialog.textBox("cueList").setText("mine");
        dialog.textBox("cuePhrase").setText("Bridge");
        dialog.comboBox("cueLabel").selectItem("DENIAL");
        dialog.button("addCue").click();
        settle();

        dialog.label("settingsMessage").requireText("Saved");
        assertThat(dialog.table("cueTable").rowCount()).isEqualTo(shipped + 1);
        assertThat(workspace.suggestions(anna).cues()).extracting(Cue::list, Cue::phrase, Cue::label)
                .contains(tuple("mine", "Bridge", "DENIAL"));
        assertThat(shownTexts()).contains("bridge fell/DENIAL/cue-lists");

        int row = -1;
        for (int i = 0; i < dialog.table("cueTable").rowCount(); i++) {
            if (dialog.table("cueTable").valueAt(org.assertj.swing.data.TableCell.row(i).column(1)).equals("Bridge")) {
                row = i;
            }
        }
        dialog.table("cueTable").selectRows(row);
        assertThat(GuiActionRunner.execute(() -> {
            javax.swing.JButton remove = dialog.button("removeCue").target();
            java.awt.Rectangle inDialog = javax.swing.SwingUtilities.convertRectangle(remove.getParent(), remove.getBounds(),
                    ((javax.swing.JDialog) dialog.target()).getContentPane());
            return new java.awt.Rectangle(((javax.swing.JDialog) dialog.target()).getContentPane().getSize()).contains(inDialog);
        })).as("the remove button is inside the dialog").isTrue();
        dialog.button("removeCue").click();
        settle();

        dialog.label("settingsMessage").requireText("Removed");
        assertThat(dialog.table("cueTable").rowCount()).isEqualTo(shipped);
        assertThat(workspace.suggestions(anna).cues()).extracting(Cue::phrase).doesNotContain("Bridge");
        assertThat(shownTexts()).doesNotContain("bridge fell/DENIAL/cue-lists")
                .contains("said the bridge fell/CLAIM/cue-lists");
        GuiActionRunner.execute(() -> dialog.target().dispose());
    }

    @Test
    void nextMostUsefulArticleOpensTheOpenArticleTheModelIsLeastSureAbout() throws Exception {
        annaMarksTeachingArticlesDone();
        long familiar = TestCorpus.add(store, "o1", "Familiar", "The mayor of town 40 said the road fell. Officials denied it. Maybe it rains.");
        long strange = TestCorpus.add(store, "o2", "Strange", "Zebras quietly rebuked 17 Antarctic penguins denied? Denied! it it DENIED, maybe.");
        long plain = TestCorpus.add(store, "o3", "Plain", "The mayor said the road fell. Maybe it rains.");
        workspace.suggestionModels().refresh(anna.id()).orElseThrow().get(2, TimeUnit.MINUTES);
        var finder = workspace.suggestionModels().status(anna.id()).model().finder().orElseThrow();
        java.util.Map<Long, Double> uncertainty = new java.util.HashMap<>();
        for (long id : List.of(first, familiar, strange, plain)) {
            uncertainty.put(id, finder.uncertainty(store.articles().get(id).orElseThrow().text()));
        }
        long leastSure = leastSureApartFrom(uncertainty, first);
        assertThat(leastSure).as("not simply the next in import order").isNotEqualTo(familiar);
        assertThat(uncertainty.get(leastSure)).isGreaterThan(uncertainty.get(familiar));

        press(KeyEvent.VK_N, InputEvent.CTRL_MASK | InputEvent.SHIFT_MASK);
        assertThat(openArticle()).isEqualTo(leastSure);

        // the article shown is never "next": from there, the least sure of the others (the first one included)
        press(KeyEvent.VK_N, InputEvent.CTRL_MASK | InputEvent.SHIFT_MASK);
        assertThat(openArticle()).isEqualTo(leastSureApartFrom(uncertainty, leastSure));
    }

    private static long leastSureApartFrom(java.util.Map<Long, Double> uncertainty, long shown) {
        return uncertainty.entrySet().stream().filter(e -> e.getKey() != shown)
                .max(java.util.Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    private long openArticle() {
        return GuiActionRunner.execute(() -> frame.controller().model().article().orElseThrow().id());
    }
}
