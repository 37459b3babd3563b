package io.veritag.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import javax.swing.JDialog;
import javax.swing.JOptionPane;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.JOptionPaneFinder;
import org.assertj.swing.finder.WindowFinder;

/**
 * Finds the dialogs start-up and the Help menu show (AssertJ Swing's finders, which wait for them) and presses
 * their buttons on the EDT (robot clicks get lost on a busy Xvfb).
 */
final class RecoveryWindowTestSupport {
    private static final long WAIT_MILLIS = 60_000;

    private RecoveryWindowTestSupport() {
    }

    static JOptionPane optionPane(Robot robot) {
        return JOptionPaneFinder.findOptionPane().withTimeout(WAIT_MILLIS).using(robot).target();
    }

    static JDialog dialog(Robot robot, String name) {
        return (JDialog) WindowFinder.findDialog(name).withTimeout(WAIT_MILLIS).using(robot).target();
    }

    /** Clicks the button with this text or name inside {@code root}, on the EDT. */
    static void press(java.awt.Container root, String textOrName) {
        GuiActionRunner.execute(() -> {
            javax.swing.AbstractButton button = button(root, textOrName);
            assertThat(button).as("button " + textOrName).isNotNull();
            assertThat(button.isShowing() && button.isEnabled()).isTrue();
            button.doClick();
        });
    }

    /** The component named {@code name} inside {@code root}, read on the EDT. */
    static <T extends Component> T named(java.awt.Container root, String name, Class<T> type) {
        return GuiActionRunner.execute(() -> type.cast(first(root, c -> name.equals(c.getName()))));
    }

    private static javax.swing.AbstractButton button(java.awt.Container root, String textOrName) {
        return (javax.swing.AbstractButton) first(root, c -> c instanceof javax.swing.AbstractButton b
                && (textOrName.equals(b.getText()) || textOrName.equals(b.getName())));
    }

    private static Component first(java.awt.Container root, java.util.function.Predicate<Component> test) {
        for (Component child : root.getComponents()) {
            if (test.test(child)) {
                return child;
            }
            if (child instanceof java.awt.Container container) {
                Component found = first(container, test);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
