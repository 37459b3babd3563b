package io.veritag.ui.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import com.formdev.flatlaf.FlatLightLaf;
import io.veritag.service.agreement.AgreementFixture;
import io.veritag.store.Database;
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
        database = Database.inMemory();
        AgreementFixture.populate(database.store());
        robot = BasicRobot.robotWithNewAwtHierarchy();
        frame = GuiActionRunner.execute(() -> new AgreementWindow(database.store()));
        window = new FrameFixture(robot, frame);
        window.show(new Dimension(1200, 800));
    }

    @AfterEach
    void close() {
        window.cleanUp();
        database.close();
    }

    @Test
    void escapeClosesTheDisputedTextAndLeavesTheAgreementWindowOpen() {
        window.list("annotators").selectItems("anna", "boris");
        window.button("compute").click();
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (GuiActionRunner.execute(() -> frame.busy() || frame.report() == null)) {
            assertThat(System.nanoTime()).as("computed within 20 s").isLessThan(deadline);
            robot.waitForIdle();
        }
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
    }

    @Test
    void escapeClosesTheAgreementWindow() {
        window.list("annotators").focus();
        window.pressAndReleaseKeys(KeyEvent.VK_ESCAPE);
        robot.waitForIdle();
        assertThat(GuiActionRunner.execute(() -> frame.isShowing())).isFalse();
    }
}
