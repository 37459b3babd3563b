package io.veritag.ui.adjudication;

import io.veritag.ui.kit.CommandAction;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import javax.swing.KeyStroke;

/**
 * The adjudication commands and their keys. Plain keys (N, P, 1…9, arrows, X, E, G, C) work anywhere in the
 * window except while typing a reason; Ctrl keys work everywhere. A command may answer to several keys.
 */
final class AdjudicationActions {
    interface Handler {
        void acceptChoice(int row);

        void reject();

        void edit();

        void addGold();

        void focusReason();

        void focusGold();

        void focusLinks();

        void focusSourceType();

        void cluster();
    }

    private final Map<KeyStroke, CommandAction> keys = new LinkedHashMap<>();
    private final List<CommandAction> all = new ArrayList<>();

    final CommandAction next;
    final CommandAction previous;
    final List<CommandAction> accept = new ArrayList<>();
    final CommandAction reject;
    final CommandAction edit;
    final CommandAction addGold;
    final CommandAction undo;
    final CommandAction redo;
    final CommandAction nextArticle;
    final CommandAction previousArticle;
    final CommandAction reason;
    final CommandAction blind;
    final CommandAction gold;
    final CommandAction links;
    final CommandAction sourceType;
    final CommandAction cluster;

    AdjudicationActions(AdjudicationModel model, Handler handler) {
        next = command("Next", "N", () -> model.state().isPresent(), model::next, key(KeyEvent.VK_N), key(KeyEvent.VK_DOWN));
        previous = command("Previous", "P", () -> model.state().isPresent(), model::previous, key(KeyEvent.VK_P), key(KeyEvent.VK_UP));
        // one command per row of the current disagreement (keys 1–9); rows without a command need the mouse
        for (int i = 0; i < 9; i++) {
            int index = i;
            List<KeyStroke> strokes = new ArrayList<>(List.of(key(KeyEvent.VK_1 + i), key(KeyEvent.VK_NUMPAD1 + i)));
            if (i == 0) {
                strokes.add(key(KeyEvent.VK_LEFT));
            } else if (i == 1) {
                strokes.add(key(KeyEvent.VK_RIGHT));
            }
            String hint = (i + 1) + (i == 0 ? " or ←" : i == 1 ? " or →" : "");
            accept.add(command("Accept " + (i + 1), hint, () -> model.canDecide() && index < model.choices().size(),
                    () -> handler.acceptChoice(index), strokes.toArray(KeyStroke[]::new)));
        }
        reject = command("Reject", "X", model::canDecide, handler::reject, key(KeyEvent.VK_X), key(KeyEvent.VK_DELETE));
        edit = command("Edit…", "E", model::canDecide, handler::edit, released(KeyEvent.VK_E));
        addGold = command("Add gold…", "G: from the selected text", () -> model.state().isPresent() && !model.busy(),
                handler::addGold, released(KeyEvent.VK_G));
        undo = command("Undo", "Ctrl+Z", model::canUndo, model::undo, ctrl(KeyEvent.VK_Z));
        redo = command("Redo", "Ctrl+Y", model::canRedo, model::redo, ctrl(KeyEvent.VK_Y),
                KeyStroke.getKeyStroke(KeyEvent.VK_Z, InputEvent.CTRL_DOWN_MASK | InputEvent.SHIFT_DOWN_MASK));
        nextArticle = command("Next article", "Ctrl+PgDn", () -> !model.articles().isEmpty(), () -> model.nextArticle(1),
                ctrl(KeyEvent.VK_PAGE_DOWN), KeyStroke.getKeyStroke(KeyEvent.VK_DOWN, InputEvent.ALT_DOWN_MASK));
        previousArticle = command("Previous article", "Ctrl+PgUp", () -> !model.articles().isEmpty(),
                () -> model.nextArticle(-1), ctrl(KeyEvent.VK_PAGE_UP), KeyStroke.getKeyStroke(KeyEvent.VK_UP, InputEvent.ALT_DOWN_MASK));
        reason = command("Reason", "R", () -> true, handler::focusReason, released(KeyEvent.VK_R));
        gold = command("Gold list", "H: gold spans and their history", () -> model.state().isPresent(), handler::focusGold,
                released(KeyEvent.VK_H));
        links = command("Links", "K: links between gold spans", () -> model.state().isPresent(), handler::focusLinks,
                released(KeyEvent.VK_K));
        sourceType = command("Source type", "T: of the selected gold source", () -> model.state().isPresent(),
                handler::focusSourceType, released(KeyEvent.VK_T));
        cluster = command("Claim cluster", "C: gold claim cluster of the selected gold span",
                () -> model.selectedGold().isPresent() && !model.busy() && !model.picking(), handler::cluster, released(KeyEvent.VK_C));
        blind = command("Blind", "B: hide annotator names", () -> true, () -> model.setBlind(!model.blind()), key(KeyEvent.VK_B));
    }

    /** Every key stroke and the command it runs, for the window's input map. */
    Map<KeyStroke, CommandAction> keyBindings() {
        return keys;
    }

    void refresh() {
        all.forEach(CommandAction::refresh);
    }

    private CommandAction command(String name, String hint, BooleanSupplier enabledWhen, Runnable run, KeyStroke... strokes) {
        CommandAction action = new CommandAction(name, strokes[0], enabledWhen, run).withDescription(name + " (" + hint + ")");
        for (KeyStroke stroke : strokes) {
            keys.put(stroke, action);
        }
        all.add(action);
        return action;
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
