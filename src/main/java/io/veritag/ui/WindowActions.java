package io.veritag.ui;

import io.veritag.ui.kit.CommandAction;
import static java.awt.event.InputEvent.CTRL_DOWN_MASK;
import static java.awt.event.InputEvent.SHIFT_DOWN_MASK;

import io.veritag.model.Annotator;
import java.awt.event.KeyEvent;
import java.awt.event.WindowEvent;
import java.util.List;
import javax.swing.JOptionPane;
import javax.swing.Action;
import javax.swing.JFrame;
import javax.swing.KeyStroke;

/** Commands about the window rather than the labeling: import, annotator, theme, quit. */
final class WindowActions {
    final CommandAction switchAnnotator;
    final CommandAction darkTheme;
    final CommandAction quit;
    final ImportActions imports;

    WindowActions(JFrame frame, WorkbenchController controller) {
        imports = new ImportActions(controller);
        switchAnnotator = new CommandAction("Switch annotator…", KeyStroke.getKeyStroke(KeyEvent.VK_A, CTRL_DOWN_MASK | SHIFT_DOWN_MASK),
                () -> controller.executor().read(() -> names(controller.workspace().catalog().knownAnnotators()),
                        known -> AnnotatorChooser.choose(frame, known, controller.annotator().name(), false)
                                .filter(name -> !name.equals(controller.annotator().name()))
                                .ifPresent(controller::switchAnnotator),
                        e -> JOptionPane.showMessageDialog(frame, "Cannot read the annotators: " + e.getMessage(),
                                "Switch annotator", JOptionPane.ERROR_MESSAGE)));
        darkTheme = new CommandAction("Dark theme", KeyStroke.getKeyStroke(KeyEvent.VK_L, CTRL_DOWN_MASK | SHIFT_DOWN_MASK), () -> {
            boolean dark = !Theme.isDark();
            Theme.switchTo(dark);
            controller.prefs().setDark(dark);
            refresh(); // the menu's check mark follows the key too
        });
        darkTheme.putValue(Action.SELECTED_KEY, Theme.isDark());
        quit = new CommandAction("Quit", KeyStroke.getKeyStroke(KeyEvent.VK_Q, CTRL_DOWN_MASK),
                () -> frame.dispatchEvent(new WindowEvent(frame, WindowEvent.WINDOW_CLOSING)));
    }

    static List<String> names(List<Annotator> annotators) {
        return annotators.stream().map(Annotator::name).toList();
    }

    void refresh() {
        darkTheme.putValue(Action.SELECTED_KEY, Theme.isDark());
    }
}
