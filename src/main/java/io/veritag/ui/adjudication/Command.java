package io.veritag.ui.adjudication;

import java.awt.event.ActionEvent;
import java.util.List;
import java.util.function.BooleanSupplier;
import javax.swing.AbstractAction;
import javax.swing.KeyStroke;

/** One command of the adjudication window: its name, key strokes and when it is possible, shared by button and key. */
final class Command extends AbstractAction {
    private final Runnable command;
    private final BooleanSupplier enabledWhen;
    private final List<KeyStroke> keys;

    Command(String name, String keyHint, BooleanSupplier enabledWhen, Runnable command, KeyStroke... keys) {
        super(name);
        this.command = command;
        this.enabledWhen = enabledWhen;
        this.keys = List.of(keys);
        putValue(SHORT_DESCRIPTION, keyHint.isEmpty() ? name : name + " (" + keyHint + ")");
        if (keys.length > 0) {
            putValue(ACCELERATOR_KEY, keys[0]);
        }
        refresh();
    }

    List<KeyStroke> keys() {
        return keys;
    }

    void refresh() {
        setEnabled(enabledWhen.getAsBoolean());
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        if (enabledWhen.getAsBoolean()) {
            command.run();
        }
    }
}
