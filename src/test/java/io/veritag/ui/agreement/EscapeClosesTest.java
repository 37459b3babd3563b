package io.veritag.ui.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import com.formdev.flatlaf.FlatLightLaf;
import io.veritag.service.agreement.AgreementFixture;
import io.veritag.store.Database;
import io.veritag.service.Workspace;
import io.veritag.service.agreement.AgreementService;
import io.veritag.ui.kit.EdtGuard;
import io.veritag.ui.kit.Settle;
import io.veritag.ui.kit.SwingExecutor;
import java.awt.Dimension;
import java.awt.event.KeyEvent;
import javax.swing.JDialog;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.GenericTypeMatcher;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Escape closes the disputed-text window (the agreement window stays), and the agreement window. */
class EscapeClosesTest {
    private final EdtGuard guard = new EdtGuard();
    private final SwingExecutor executor = new SwingExecutor();
    private Database database;
    private Robot robot;
    private FrameFixture window;
    private AgreementWindow frame;

    @BeforeAll
    static void lookAndFeel() {
        GuiActionRunner.execute(() -> FlatLightLaf.setup());
    }

    @BeforeEach
    void open() {
        database = guard.database();
        AgreementFixture.populate(database.store());
        AgreementService service = new Workspace(database).agreement();
        AgreementWindow.Choices choices = AgreementWindow.Choices.load(service);
        robot = BasicRobot.robotWithNewAwtHierarchy();
        frame = GuiActionRunner.execute(() -> new AgreementWindow(service, choices, executor));
        window = new FrameFixture(robot, frame);
        window.show(new Dimension(1200, 800));
    }

    @AfterEach
    void close() {
        Settle.settle(robot, executor);
        window.cleanUp();
        database.close();
        guard.assertNoQueryRanOnTheEdt();
    }

    @Test
    void escapeClosesTheDisputedTextAndLeavesTheAgreementWindowOpen() {
        window.list("annotators").selectItems("anna", "boris");
        window.button("compute").click();
        Settle.settle(robot, executor);
        assertThat(GuiActionRunner.execute(() -> frame.busy())).isFalse();
        assertThat(GuiActionRunner.execute(() -> frame.report())).isNotNull();
        GuiActionRunner.execute(() -> frame.openFirst("pair"));
        DialogFixture dispute = WindowFinder.findDialog(new GenericTypeMatcher<>(JDialog.class) {
            @Override
            protected boolean isMatching(JDialog dialog) {
                return "disputeDialog".equals(dialog.getName()) && dialog.isShowing();
            }
        }).withTimeout(10_000).using(robot);

        dispute.textBox("disputeText").focus();
        dispute.pressAndReleaseKeys(KeyEvent.VK_ESCAPE);
        robot.waitForIdle();
        assertThat(GuiActionRunner.execute(() -> dispute.target().isShowing())).isFalse();
        assertThat(GuiActionRunner.execute(() -> frame.isShowing())).isTrue();

        // the keyboard is back in the agreement window: a second Escape closes it too
        robot.pressAndReleaseKeys(KeyEvent.VK_ESCAPE);
        robot.waitForIdle();
        assertThat(GuiActionRunner.execute(() -> frame.isShowing())).as("agreement window after a second Escape").isFalse();
    }

    @Test
    void escapeClosesTheAgreementWindow() {
        window.list("annotators").focus();
        window.pressAndReleaseKeys(KeyEvent.VK_ESCAPE);
        robot.waitForIdle();
        assertThat(GuiActionRunner.execute(() -> frame.isShowing())).isFalse();
    }

    @Test
    void escapeClosesTheAgreementWindowAfterAClickInATable() {
        window.list("annotators").selectItems("anna", "boris");
        window.button("compute").click();
        Settle.settle(robot, executor);
        window.tabbedPane().selectTab("Token confusion");
        javax.swing.JTable confusion = window.table(new GenericTypeMatcher<javax.swing.JTable>(javax.swing.JTable.class) {
            @Override
            protected boolean isMatching(javax.swing.JTable table) {
                return table.getName() != null && table.getName().startsWith("confusion.") && table.isShowing();
            }
        }).target();
        // the caption column: selects the row (the table has the keyboard) and opens nothing
        java.awt.Rectangle caption = GuiActionRunner.execute(() -> confusion.getCellRect(0, 0, true));
        robot.click(confusion, new java.awt.Point(caption.x + caption.width / 2, caption.y + caption.height / 2));
        robot.waitForIdle();
        assertThat(GuiActionRunner.execute(() -> confusion.isFocusOwner())).as("the table has the keyboard").isTrue();

        robot.pressAndReleaseKeys(KeyEvent.VK_ESCAPE);
        robot.waitForIdle();
        assertThat(GuiActionRunner.execute(() -> frame.isShowing())).isFalse();
    }
}
