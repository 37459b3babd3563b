package io.veritag.ui;

import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.JButtonFixture;

/** Presses dialog buttons on the EDT (see WorkbenchWindowTest.pressButton: robot clicks get lost on a busy Xvfb). */
final class RecoveryWindowTestSupport {
    private RecoveryWindowTestSupport() {
    }

    static void press(JButtonFixture button) {
        button.requireVisible().requireEnabled();
        GuiActionRunner.execute(() -> button.target().doClick());
    }
}
