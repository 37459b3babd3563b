package io.veritag.ui.adjudication;

import static io.veritag.service.adjudication.AdjudicationFixture.K1;
import static io.veritag.service.adjudication.AdjudicationFixture.range;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.veritag.model.gold.Decision;
import io.veritag.model.gold.DecisionKind;
import io.veritag.model.gold.GoldSpan;
import io.veritag.service.adjudication.AdjudicationFixture;
import io.veritag.service.adjudication.AdjudicationService;
import io.veritag.store.Database;
import io.veritag.store.Store;
import io.veritag.ui.kit.EdtGuard;
import io.veritag.ui.kit.Settle;
import io.veritag.ui.kit.SwingExecutor;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.util.List;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.KeyPressInfo;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The adjudication window driven from the keyboard, as a curator would, checked against the database. */
class AdjudicationWindowTest {
    private final EdtGuard guard = new EdtGuard();
    private final SwingExecutor executor = new SwingExecutor();
    private Database database;
    private Store store;
    private AdjudicationFixture batch;
    private AdjudicationModel model;
    private Robot robot;
    private FrameFixture window;

    @BeforeAll
    static void checkEdtAccess() {
        FailOnThreadViolationRepaintManager.install();
    }

    @BeforeEach
    void openWindow() {
        database = guard.database();
        store = database.store();
        batch = new AdjudicationFixture(store);
        AdjudicationService service = new AdjudicationService(store);
        var session = service.session(service.annotators(List.of()), "cora");
        robot = BasicRobot.robotWithNewAwtHierarchy();
        var labels = store.labels().all();
        AdjudicationFrame frame = GuiActionRunner.execute(() -> {
            model = new AdjudicationModel(session, labels, false, executor);
            return new AdjudicationFrame(model);
        });
        window = new FrameFixture(robot, frame);
        window.show();
        GuiActionRunner.execute(() -> model.loadArticles());
        settle();
        window.textBox("articleText").focus();
    }

    @AfterEach
    void close() {
        settle();
        window.cleanUp();
        database.close();
        guard.assertNoQueryRanOnTheEdt();
    }

    @Test
    void showsTheFirstDisagreementOfTheFirstFinishedArticle() {
        window.label("articleTitle").requireText("Kherson is free");
        window.label("settlement").requireText("0 of 3 settled");
        window.label("batchProgress").requireText("<html>0 of 4 settled<br>0 of 2 articles done</html>");
        window.label("disagreementTitle").requireText("Disagreement 1 of 3 · boundary · open");
        window.table("versions").requireContents(new String[][] {
                {"1  ←", "anna", "DENIAL", "«Russia denied it»"},
                {"2  →", "ben", "DENIAL", "«Russia denied it.»"}});
        assertThat(window.list("gold").contents()).hasSize(1);
    }

    @Test
    void anAnnotatorsOwnDoubtShowsBesideTheirLabel() {
        io.veritag.model.Span bens = store.spans().forArticle(batch.k1).stream()
                .filter(s -> s.annotatorId() == batch.ben.id() && s.label().equals("DENIAL")).findFirst().orElseThrow();
        store.spans().setFlags(bens.id(), null, true);
        GuiActionRunner.execute(() -> model.openArticle(batch.k2)); // away and back: the article is read again
        settle();
        GuiActionRunner.execute(() -> model.openArticle(batch.k1));
        settle();

        window.table("versions").requireContents(new String[][] {
                {"1  ←", "anna", "DENIAL", "«Russia denied it»"},
                {"2  →", "ben", "DENIAL · unsure", "«Russia denied it.»"}});
    }

    @Test
    void theArrowsAcceptAlsoAfterAClickInTheText() {
        window.textBox("articleText").click(); // the keyboard is now in the text, inside its scroll and split panes
        window.textBox("articleText").requireFocused();
        window.pressAndReleaseKeys(KeyEvent.VK_RIGHT);
        settle();

        window.label("settlement").requireText("1 of 3 settled");
        assertThat(store.gold().spans().forArticle(batch.k1)).extracting(GoldSpan::range)
                .contains(range(K1, "Russia denied it.", "DENIAL"));
    }

    @Test
    void acceptingRightTakesBensVersionIntoGoldAndMovesOn() {
        window.pressAndReleaseKeys(KeyEvent.VK_RIGHT);
        settle();

        window.label("settlement").requireText("1 of 3 settled");
        window.label("disagreementTitle").requireText("Disagreement 2 of 3 · missing · open");
        assertThat(store.gold().spans().forArticle(batch.k1)).extracting(GoldSpan::range)
                .contains(range(K1, "Russia denied it.", "DENIAL"));
        assertThat(window.list("gold").contents()).hasSize(2);
    }

    @Test
    void rejectsWithTheReasonTypedWithoutTriggeringCommands() {
        window.pressAndReleaseKeys(KeyEvent.VK_N); // to the missing one: only ben marked "Some think"
        window.label("disagreementTitle").requireText("Disagreement 2 of 3 · missing · open");
        window.pressAndReleaseKeys(KeyEvent.VK_R);
        window.textBox("reason").requireFocused();
        window.textBox("reason").enterText("hedge, not a claim\n"); // x, n and e typed here are letters, not commands
        window.textBox("articleText").requireFocused();
        assertThat(store.gold().decisions().count()).isEqualTo(1);

        window.pressAndReleaseKeys(KeyEvent.VK_X);
        settle();

        assertThat(store.gold().decisions().forArticle(batch.k1)).last()
                .extracting(Decision::kind, Decision::reason)
                .containsExactly(DecisionKind.REJECT, "hedge, not a claim");
        window.label("settlement").requireText("1 of 3 settled");
        window.textBox("reason").requireText("");
    }

    @Test
    void editsBoundariesAndLabelInTheDialog() {
        window.pressAndReleaseKeys(KeyEvent.VK_E);
        DialogFixture dialog = window.dialog("editSpan");
        dialog.spinner("end").decrement(10); // «Russia denied it» → «Russia»
        dialog.comboBox("label").selectItem("CLAIM");
        dialog.label("preview").requireText("«Russia»");
        // pressed on the EDT: a robot click on a freshly shown dialog can be lost on a loaded machine
        GuiActionRunner.execute(() -> dialog.button("ok").target().doClick());
        settle();
        assertThat(store.gold().decisions().count()).isEqualTo(2);
        settle();

        assertThat(store.gold().spans().forArticle(batch.k1)).extracting(GoldSpan::range)
                .contains(range(K1, "Russia", "CLAIM"));
        assertThat(store.gold().decisions().forArticle(batch.k1)).last()
                .extracting(Decision::kind, Decision::proposers)
                .containsExactly(DecisionKind.EDIT, List.of("anna"));
    }

    @Test
    void nextAndPreviousWrapAroundTheDisagreements() {
        window.pressAndReleaseKeys(KeyEvent.VK_N, KeyEvent.VK_N);
        window.label("disagreementTitle").requireText("Disagreement 3 of 3 · label · open");
        window.pressAndReleaseKeys(KeyEvent.VK_N);
        window.label("disagreementTitle").requireText("Disagreement 1 of 3 · boundary · open");
        window.pressAndReleaseKeys(KeyEvent.VK_P);
        window.label("disagreementTitle").requireText("Disagreement 3 of 3 · label · open");
    }

    @Test
    void undoAndRedoFromTheKeyboardFollowTheDatabase() {
        window.pressAndReleaseKeys(KeyEvent.VK_1);
        settle();
        assertThat(store.gold().spans().forArticle(batch.k1)).hasSize(2);

        window.pressAndReleaseKey(KeyPressInfo.keyCode(KeyEvent.VK_Z).modifiers(InputEvent.CTRL_MASK));
        settle();
        assertThat(store.gold().spans().forArticle(batch.k1)).hasSize(1);
        window.label("settlement").requireText("0 of 3 settled");

        window.pressAndReleaseKey(KeyPressInfo.keyCode(KeyEvent.VK_Y).modifiers(InputEvent.CTRL_MASK));
        settle();
        assertThat(store.gold().spans().forArticle(batch.k1)).extracting(GoldSpan::range)
                .contains(range(K1, "Russia denied it", "DENIAL"));
        assertThat(store.gold().decisions().forArticle(batch.k1)).extracting(Decision::kind)
                .containsExactly(DecisionKind.PRE_ACCEPT, DecisionKind.ACCEPT, DecisionKind.UNDO, DecisionKind.REDO);
    }

    @Test
    void settlingEverythingFinishesTheArticleAndShowsWhoProposedEachGoldSpan() {
        window.textBox("reason").enterText("full stop included");
        window.textBox("articleText").focus();
        window.pressAndReleaseKeys(KeyEvent.VK_2, KeyEvent.VK_1); // ben's denial; "Some think": anna marked nothing
        settle();
        window.pressAndReleaseKeys(KeyEvent.VK_1); // anna's SPECULATION
        settle();

        window.label("settlement").requireText("3 of 3 settled ✓ done");
        window.label("batchProgress").requireText("<html>3 of 4 settled<br>1 of 2 articles done</html>");
        assertThat(store.gold().articles().get(batch.k1)).hasValueSatisfying(s -> assertThat(s.done()).isTrue());
        assertThat(store.gold().decisions().forArticle(batch.k1)).extracting(Decision::kind, Decision::reason)
                .containsExactly(tuple(DecisionKind.PRE_ACCEPT, null), tuple(DecisionKind.ACCEPT, "full stop included"),
                        tuple(DecisionKind.REJECT, null), tuple(DecisionKind.ACCEPT, null));

        window.list("gold").selectItem(1);
        settle();
        assertThat(window.textBox("history").text())
                .contains("cora accepted DENIAL «Russia denied it.» (boundary) · proposed by ben")
                .contains("passed over: anna DENIAL «Russia denied it»")
                .contains("why: full stop included");
    }

    @Test
    void blindCurationHidesTheNames() {
        window.pressAndReleaseKeys(KeyEvent.VK_B);
        window.checkBox("blind").requireSelected();
        window.table("versions").requireCellValue(org.assertj.swing.data.TableCell.row(0).column(1), "Annotator A");
        window.table("versions").requireCellValue(org.assertj.swing.data.TableCell.row(1).column(1), "Annotator B");
        window.list("gold").selectItem(0);
        settle();
        assertThat(window.textBox("history").text()).contains("proposed by Annotator A, Annotator B").doesNotContain("anna");
    }

    @Test
    void theGoldListAndItsHistoryAreReachableFromTheKeyboard() {
        window.pressAndReleaseKeys(KeyEvent.VK_H);
        settle();

        window.list("gold").requireFocused().requireSelection(0);
        assertThat(window.textBox("history").text()).contains("cora pre-accepted CLAIM «Kherson is free 🇺🇦 now» (unanimous)");
        window.list("gold").pressAndReleaseKeys(KeyEvent.VK_DELETE);
        settle();
        assertThat(store.gold().spans().forArticle(batch.k1)).isEmpty();
        window.list("gold").pressAndReleaseKeys(KeyEvent.VK_ESCAPE);
        window.textBox("articleText").requireFocused();
    }

    private void settle() {
        Settle.settle(robot, executor);
    }
}
