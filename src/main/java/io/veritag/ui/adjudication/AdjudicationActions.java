package io.veritag.ui.adjudication;

import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.List;
import javax.swing.KeyStroke;

/**
 * The adjudication commands and their keys. Plain keys (N, P, 1…9, arrows, X, E, G) work anywhere in the
 * window except while typing a reason; Ctrl keys work everywhere.
 */
final class AdjudicationActions {
    interface Handler {
        void acceptAnnotator(int index);

        void reject();

        void edit();

        void addGold();

        void focusReason();
    }

    final Command next;
    final Command previous;
    final List<Command> accept = new ArrayList<>();
    final Command reject;
    final Command edit;
    final Command addGold;
    final Command undo;
    final Command redo;
    final Command nextArticle;
    final Command previousArticle;
    final Command reason;
    final Command blind;

    AdjudicationActions(AdjudicationModel model, Handler handler) {
        next = new Command("Next", "N", () -> model.state().isPresent(), model::next, key(KeyEvent.VK_N), key(KeyEvent.VK_DOWN));
        previous = new Command("Previous", "P", () -> model.state().isPresent(), model::previous, key(KeyEvent.VK_P), key(KeyEvent.VK_UP));
        int n = model.annotators().size();
        for (int i = 0; i < Math.min(n, 9); i++) {
            int index = i;
            List<KeyStroke> keys = new ArrayList<>(List.of(key(KeyEvent.VK_1 + i), key(KeyEvent.VK_NUMPAD1 + i)));
            if (i == 0) {
                keys.add(key(KeyEvent.VK_LEFT));
            } else if (i == 1) {
                keys.add(key(KeyEvent.VK_RIGHT));
            }
            String hint = (i + 1) + (i == 0 ? " or ←" : i == 1 ? " or →" : "");
            accept.add(new Command("Accept " + AdjudicationModel.letter(i), hint, model::canDecide,
                    () -> handler.acceptAnnotator(index), keys.toArray(KeyStroke[]::new)));
        }
        reject = new Command("Reject", "X", model::canDecide, handler::reject, key(KeyEvent.VK_X), key(KeyEvent.VK_DELETE));
        edit = new Command("Edit…", "E", model::canDecide, handler::edit, released(KeyEvent.VK_E));
        addGold = new Command("Add gold…", "G: from the selected text", () -> model.state().isPresent() && !model.busy(),
                handler::addGold, released(KeyEvent.VK_G));
        undo = new Command("Undo", "Ctrl+Z", model::canUndo, model::undo, ctrl(KeyEvent.VK_Z));
        redo = new Command("Redo", "Ctrl+Y", model::canRedo, model::redo, ctrl(KeyEvent.VK_Y),
                KeyStroke.getKeyStroke(KeyEvent.VK_Z, InputEvent.CTRL_DOWN_MASK | InputEvent.SHIFT_DOWN_MASK));
        nextArticle = new Command("Next article", "Ctrl+PgDn", () -> !model.articles().isEmpty(), () -> model.nextArticle(1),
                ctrl(KeyEvent.VK_PAGE_DOWN), KeyStroke.getKeyStroke(KeyEvent.VK_DOWN, InputEvent.ALT_DOWN_MASK));
        previousArticle = new Command("Previous article", "Ctrl+PgUp", () -> !model.articles().isEmpty(),
                () -> model.nextArticle(-1), ctrl(KeyEvent.VK_PAGE_UP), KeyStroke.getKeyStroke(KeyEvent.VK_UP, InputEvent.ALT_DOWN_MASK));
        reason = new Command("Reason", "R", () -> true, handler::focusReason, released(KeyEvent.VK_R));
        blind = new Command("Blind", "B: hide annotator names", () -> true, () -> model.setBlind(!model.blind()), key(KeyEvent.VK_B));
    }

    List<Command> all() {
        List<Command> all = new ArrayList<>(List.of(next, previous, reject, edit, addGold, undo, redo, nextArticle,
                previousArticle, reason, blind));
        all.addAll(accept);
        return all;
    }

    void refresh() {
        all().forEach(Command::refresh);
    }

    private static KeyStroke key(int code) {
        return KeyStroke.getKeyStroke(code, 0);
    }

    /**
     * Commands that move the focus into a field (a dialog, the reason) fire when the key is released: by
     * then its typed letter has gone to the read-only text instead of into that field.
     */
    private static KeyStroke released(int code) {
        return KeyStroke.getKeyStroke(code, 0, true);
    }

    private static KeyStroke ctrl(int code) {
        return KeyStroke.getKeyStroke(code, InputEvent.CTRL_DOWN_MASK);
    }
}
