package io.veritag.ui;

import io.veritag.ui.kit.CommandAction;
import static java.awt.event.InputEvent.ALT_DOWN_MASK;
import static java.awt.event.InputEvent.CTRL_DOWN_MASK;
import static java.awt.event.InputEvent.SHIFT_DOWN_MASK;

import io.veritag.model.Label;
import io.veritag.service.BoundaryMove;
import io.veritag.service.BoundaryMove.Direction;
import io.veritag.service.BoundaryMove.Edge;
import io.veritag.service.BoundaryMove.Unit;
import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.swing.Action;
import javax.swing.KeyStroke;

/**
 * Every command of the workbench as one {@link CommandAction}: its name, key stroke and when it is enabled.
 * The menu, the toolbar and the key bindings all use these objects.
 */
final class WorkbenchActions {
    private final LabelingModel model;
    private final Map<String, CommandAction> labelActions = new LinkedHashMap<>();
    private final List<CommandAction> all = new ArrayList<>();
    private final Map<KeyStroke, CommandAction> extraKeys = new LinkedHashMap<>();

    final CommandAction delete;
    final CommandAction editNote;
    final List<CommandAction> boundaryMoves = new ArrayList<>();
    final CommandAction undo;
    final CommandAction redo;
    final CommandAction markDone;
    final CommandAction next;
    final CommandAction previous;
    final CommandAction showOthers;
    final CommandAction snapToWords;
    final CommandAction zoomIn;
    final CommandAction zoomOut;
    final CommandAction zoomReset;
    final LinkActions links;

    WorkbenchActions(WorkbenchController controller) {
        this.model = controller.model();
        for (Label label : model.labels()) {
            int code = KeyEvent.getExtendedKeyCodeForChar(label.shortcutKey());
            CommandAction a = add(new CommandAction(label.name(), KeyStroke.getKeyStroke(code, 0),
                    () -> model.article().isPresent(), () -> controller.labelKey(label.name()))
                    .withDescription("Tag the selected text as " + label.name() + ", or relabel the selected span"));
            labelActions.put(label.name(), a);
            if (label.shortcutKey() >= '0' && label.shortcutKey() <= '9') {
                extraKeys.put(KeyStroke.getKeyStroke(KeyEvent.VK_NUMPAD0 + (label.shortcutKey() - '0'), 0), a);
            }
        }
        delete = add(new CommandAction("Delete span", key(KeyEvent.VK_DELETE, 0), model::hasEditableSelection,
                controller::deleteSelected));
        extraKeys.put(key(KeyEvent.VK_BACK_SPACE, 0), delete);
        editNote = add(new CommandAction("Edit note…", key(KeyEvent.VK_F2, 0), model::hasEditableSelection,
                controller::editNote));
        boundaryMoves.add(move(controller, "Start: one word left (grow)", KeyEvent.VK_LEFT, ALT_DOWN_MASK, Edge.START, Direction.LEFT, Unit.WORD));
        boundaryMoves.add(move(controller, "Start: one word right (shrink)", KeyEvent.VK_RIGHT, ALT_DOWN_MASK, Edge.START, Direction.RIGHT, Unit.WORD));
        boundaryMoves.add(move(controller, "End: one word right (grow)", KeyEvent.VK_RIGHT, ALT_DOWN_MASK | SHIFT_DOWN_MASK, Edge.END, Direction.RIGHT, Unit.WORD));
        boundaryMoves.add(move(controller, "End: one word left (shrink)", KeyEvent.VK_LEFT, ALT_DOWN_MASK | SHIFT_DOWN_MASK, Edge.END, Direction.LEFT, Unit.WORD));
        boundaryMoves.add(move(controller, "Start: one character left", KeyEvent.VK_LEFT, ALT_DOWN_MASK | CTRL_DOWN_MASK, Edge.START, Direction.LEFT, Unit.CHARACTER));
        boundaryMoves.add(move(controller, "Start: one character right", KeyEvent.VK_RIGHT, ALT_DOWN_MASK | CTRL_DOWN_MASK, Edge.START, Direction.RIGHT, Unit.CHARACTER));
        boundaryMoves.add(move(controller, "End: one character right", KeyEvent.VK_RIGHT, ALT_DOWN_MASK | CTRL_DOWN_MASK | SHIFT_DOWN_MASK, Edge.END, Direction.RIGHT, Unit.CHARACTER));
        boundaryMoves.add(move(controller, "End: one character left", KeyEvent.VK_LEFT, ALT_DOWN_MASK | CTRL_DOWN_MASK | SHIFT_DOWN_MASK, Edge.END, Direction.LEFT, Unit.CHARACTER));
        undo = add(new CommandAction("Undo", key(KeyEvent.VK_Z, CTRL_DOWN_MASK), model::canUndo, controller::undo));
        redo = add(new CommandAction("Redo", key(KeyEvent.VK_Z, CTRL_DOWN_MASK | SHIFT_DOWN_MASK), model::canRedo, controller::redo));
        extraKeys.put(key(KeyEvent.VK_Y, CTRL_DOWN_MASK), redo);
        markDone = add(new CommandAction("Mark done", key(KeyEvent.VK_ENTER, CTRL_DOWN_MASK),
                () -> model.article().isPresent(), controller::toggleDone));
        next = add(new CommandAction("Next article", key(KeyEvent.VK_DOWN, ALT_DOWN_MASK),
                () -> model.neighbour(1).isPresent(), () -> controller.nextArticle(1)));
        previous = add(new CommandAction("Previous article", key(KeyEvent.VK_UP, ALT_DOWN_MASK),
                () -> model.neighbour(-1).isPresent(), () -> controller.nextArticle(-1)));
        showOthers = add(new CommandAction("Show others", key(KeyEvent.VK_O, CTRL_DOWN_MASK | SHIFT_DOWN_MASK),
                () -> true, () -> controller.setShowOthers(!model.showOthers()))
                .withDescription("Show the other annotators' spans (read-only: a thick line above the text, one dash pattern per annotator)"));
        snapToWords = add(new CommandAction("Snap to words", key(KeyEvent.VK_W, CTRL_DOWN_MASK | SHIFT_DOWN_MASK),
                () -> true, () -> controller.setSnapToWords(!model.snapToWords()))
                .withDescription("New spans cover whole words, without surrounding spaces and punctuation"));
        zoomIn = add(new CommandAction("Zoom in", key(KeyEvent.VK_PLUS, CTRL_DOWN_MASK), () -> controller.zoom(1.1f)));
        extraKeys.put(key(KeyEvent.VK_EQUALS, CTRL_DOWN_MASK), zoomIn);
        extraKeys.put(key(KeyEvent.VK_EQUALS, CTRL_DOWN_MASK | SHIFT_DOWN_MASK), zoomIn);
        extraKeys.put(key(KeyEvent.VK_ADD, CTRL_DOWN_MASK), zoomIn);
        zoomOut = add(new CommandAction("Zoom out", key(KeyEvent.VK_MINUS, CTRL_DOWN_MASK), () -> controller.zoom(1 / 1.1f)));
        extraKeys.put(key(KeyEvent.VK_SUBTRACT, CTRL_DOWN_MASK), zoomOut);
        zoomReset = add(new CommandAction("Reset zoom", key(KeyEvent.VK_0, CTRL_DOWN_MASK), () -> controller.zoom(0)));
        links = new LinkActions(controller);
        links.actions().forEach(this::add);
        model.addListener(aspect -> refresh());
        refresh();
    }

    private CommandAction move(WorkbenchController controller, String name, int code, int modifiers,
                               Edge edge, Direction direction, Unit unit) {
        BoundaryMove m = new BoundaryMove(edge, direction, unit);
        return add(new CommandAction(name, key(code, modifiers), model::hasEditableSelection,
                () -> controller.adjustSelected(m)));
    }

    private CommandAction add(CommandAction action) {
        all.add(action);
        return action;
    }

    private static KeyStroke key(int code, int modifiers) {
        return KeyStroke.getKeyStroke(code, modifiers);
    }

    CommandAction labelAction(String label) {
        return labelActions.get(label);
    }

    List<CommandAction> labelActions() {
        return List.copyOf(labelActions.values());
    }

    /** Every action with its own key stroke, plus the alternative keys (numpad, Backspace, Ctrl+Y…). */
    Map<KeyStroke, CommandAction> keyBindings() {
        Map<KeyStroke, CommandAction> keys = new LinkedHashMap<>();
        for (CommandAction a : all) {
            if (a.keyStroke() != null) {
                keys.put(a.keyStroke(), a);
            }
        }
        keys.putAll(extraKeys);
        return keys;
    }

    /** Re-reads enabled states, toggle states and the undo/redo names. */
    void refresh() {
        for (CommandAction a : all) {
            a.refresh();
        }
        undo.putValue(Action.NAME, model.undoName());
        redo.putValue(Action.NAME, model.redoName());
        markDone.putValue(Action.NAME, model.status() == io.veritag.model.ArticleStatus.DONE ? "Mark not done" : "Mark done");
        showOthers.putValue(Action.SELECTED_KEY, model.showOthers());
        snapToWords.putValue(Action.SELECTED_KEY, model.snapToWords());
    }
}
