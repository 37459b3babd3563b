package io.veritag.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.util.Collection;
import javax.swing.JDialog;
import javax.swing.JOptionPane;
import org.assertj.swing.core.ComponentMatcher;
import org.assertj.swing.core.NameMatcher;
import org.assertj.swing.core.Robot;
import org.assertj.swing.core.TypeMatcher;
import org.assertj.swing.edt.GuiActionRunner;

/**
 * Finds dialogs with a plain polling loop (AssertJ Swing's finders with a timeout log reflective-access
 * warnings on Java 17) and presses their buttons on the EDT (robot clicks get lost on a busy Xvfb).
 */
final class RecoveryWindowTestSupport {
    private RecoveryWindowTestSupport() {
    }

    static JOptionPane optionPane(Robot robot) {
        return (JOptionPane) find(robot, new TypeMatcher(JOptionPane.class, true));
    }

    static JDialog dialog(Robot robot, String name) {
        return (JDialog) find(robot, new NameMatcher(name, JDialog.class, true));
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

    private static Component find(Robot robot, ComponentMatcher matcher) {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (true) {
            Collection<Component> found = robot.finder().findAll(matcher);
            if (!found.isEmpty()) {
                return found.iterator().next();
            }
            assertThat(System.nanoTime()).as("dialog shown within 60 s").isLessThan(deadline);
            robot.waitForIdle();
            Thread.onSpinWait();
        }
    }
}
