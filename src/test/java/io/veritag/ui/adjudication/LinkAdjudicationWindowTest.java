package io.veritag.ui.adjudication;

import static io.veritag.service.adjudication.LinkFixture.range;
import static org.assertj.core.api.Assertions.assertThat;

import io.veritag.model.LinkType;
import io.veritag.model.SourceType;
import io.veritag.model.gold.Decision;
import io.veritag.model.gold.DecisionKind;
import io.veritag.model.gold.GoldLink;
import io.veritag.model.gold.GoldSpan;
import io.veritag.model.gold.LabeledRange;
import io.veritag.service.adjudication.AdjudicationService;
import io.veritag.service.adjudication.LinkFixture;
import io.veritag.store.Database;
import io.veritag.store.Store;
import io.veritag.ui.kit.EdtGuard;
import io.veritag.ui.kit.Settle;
import io.veritag.ui.kit.SwingExecutor;
import java.awt.event.KeyEvent;
import java.util.List;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue 11: a curator accepts a link and a source type into gold in the adjudication window. */
class LinkAdjudicationWindowTest {
    private static final LabeledRange SHOIGU = range("Shoigu", "SOURCE");
    private static final LabeledRange FELL = range("It fell", "CLAIM");
    private static final LabeledRange DENIAL_ANNA = range("Officials denied that the bridge fell", "DENIAL");

    private final EdtGuard guard = new EdtGuard();
    private final SwingExecutor executor = new SwingExecutor();
    private Database database;
    private Store store;
    private LinkFixture fixture;
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
        fixture = new LinkFixture(store);
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
        // the whole window on the 1280x800 test screen: the source-type row sits at its bottom right
        GuiActionRunner.execute(() -> frame.setLocation(0, 0));
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

    private GoldSpan gold(LabeledRange range) {
        return store.gold().spans().forArticle(fixture.l1).stream().filter(g -> g.range().equals(range)).findFirst().orElseThrow();
    }

    @Test
    void theCuratorSeesEachAnnotatorsLinksAndAcceptsALinkIntoGoldByKeyboard() {
        // opening carried the link both made; the disagreement shows what each annotator's denial links to
        assertThat(window.list("links").contents()).singleElement().asString()
                .startsWith("✓ CLAIM «the bridge is held» —Said by→ SOURCE «Shoigu» · anna, ben");
        assertThat(window.textBox("involvedLinks").text())
                .contains("anna: DENIAL «Officials denied that the bridge fell» —Denies→ CLAIM «It fell»")
                .contains("ben: DENIAL «denied that the bridge fell» —Denies→ CLAIM «It fell»");
        assertThat(window.label("waitingLinks").text()).startsWith("3 more links wait");

        window.pressAndReleaseKeys(KeyEvent.VK_LEFT); // anna's denial into gold
        settle();
        assertThat(window.list("links").contents()).hasSize(2);
        assertThat(window.list("links").contents()[1]).startsWith("○ DENIAL «Officials denied that the bridge fell» —Denies→ CLAIM «It fell» · anna, ben");
        int decisions = store.gold().decisions().count();

        window.pressAndReleaseKeys(KeyEvent.VK_K);
        window.list("links").requireFocused();
        window.list("links").pressAndReleaseKeys(KeyEvent.VK_DOWN, KeyEvent.VK_ENTER);
        settle();

        assertThat(store.gold().links().forArticle(fixture.l1)).extracting(GoldLink::ends).contains(
                new io.veritag.model.gold.LinkEnds(gold(DENIAL_ANNA).id(), gold(FELL).id(), LinkType.DENIES));
        assertThat(store.gold().decisions().count()).isEqualTo(decisions + 1);
        assertThat(store.gold().decisions().forArticle(fixture.l1)).last()
                .extracting(Decision::kind, Decision::proposers)
                .containsExactly(DecisionKind.LINK_ACCEPT, List.of("anna", "ben"));
        assertThat(window.list("links").contents()[1]).startsWith("✓ DENIAL");

        // undo takes the link back out, like any decision
        window.list("links").pressAndReleaseKeys(KeyEvent.VK_ESCAPE); // back to the text, the window stays
        window.textBox("articleText").requireFocused();
        window.button("undo").click();
        settle();
        assertThat(store.gold().links().forArticle(fixture.l1)).hasSize(1);
        assertThat(window.list("links").contents()[1]).startsWith("○ DENIAL");
    }

    @Test
    void theCuratorSettlesASourceTypeWithTheMouse() {
        long shoigu = gold(SHOIGU).id();
        window.list("gold").clickItem(0); // Shoigu comes first in the text
        settle();
        assertThat(window.label("proposedTypes").text())
                .isEqualTo("In gold: not settled · given: anna Military, ben Official / government");
        window.comboBox("sourceType").selectItem(1); // the annotators' types come first: ben's
        window.button("setSourceType").click();
        settle();

        assertThat(store.gold().spans().get(shoigu)).hasValueSatisfying(g -> assertThat(g.sourceType()).isEqualTo(SourceType.OFFICIAL));
        assertThat(store.gold().decisions().forArticle(fixture.l1)).last()
                .extracting(Decision::kind, Decision::proposers)
                .containsExactly(DecisionKind.SOURCE_TYPE, List.of("ben"));
        assertThat(window.label("proposedTypes").text()).startsWith("In gold: Official / government");
    }

    private void settle() {
        Settle.settle(robot, executor);
    }
}
