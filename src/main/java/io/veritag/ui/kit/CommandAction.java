package io.veritag.ui.kit;

import java.awt.event.ActionEvent;
import java.util.function.BooleanSupplier;
import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.KeyStroke;

/**
 * One command of the window: name, key stroke and whether it is possible now, shared by the menu, the
 * toolbar and the key bindings. {@link #refresh()} re-reads the enabled state after the model changed.
 */
public final class CommandAction extends AbstractAction {
    private final Runnable command;
    private final BooleanSupplier enabledWhen;

    public CommandAction(String name, KeyStroke key, BooleanSupplier enabledWhen, Runnable command) {
        super(name);
        this.command = command;
        this.enabledWhen = enabledWhen;
        putValue(ACCELERATOR_KEY, key);
        putValue(ACTION_COMMAND_KEY, name);
        refresh();
    }

    public CommandAction(String name, KeyStroke key, Runnable command) {
        this(name, key, () -> true, command);
    }

    public CommandAction withDescription(String description) {
        putValue(Action.SHORT_DESCRIPTION, description);
        return this;
    }

    public KeyStroke keyStroke() {
        return (KeyStroke) getValue(ACCELERATOR_KEY);
    }

    public void refresh() {
        setEnabled(enabledWhen.getAsBoolean());
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        if (enabledWhen.getAsBoolean()) {
            command.run();
        }
    }
}
