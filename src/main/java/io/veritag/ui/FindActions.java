package io.veritag.ui;

import static java.awt.event.InputEvent.CTRL_DOWN_MASK;
import static java.awt.event.InputEvent.SHIFT_DOWN_MASK;

import io.veritag.ui.kit.CommandAction;
import java.awt.event.KeyEvent;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.swing.JMenu;
import javax.swing.KeyStroke;

/** Find in the article (Ctrl+F, F3, Shift+F3) and in all articles (Ctrl+Shift+F): their commands and keys. */
final class FindActions {
    final CommandAction find;
    final CommandAction findNext;
    final CommandAction findPrevious;
    final CommandAction findInAll;

    FindActions(LabelingModel model, FindBar bar, Runnable openCorpusSearch) {
        find = new CommandAction("Find…", KeyStroke.getKeyStroke(KeyEvent.VK_F, CTRL_DOWN_MASK),
                () -> model.article().isPresent(), bar::open)
                .withDescription("Find words in this article: every match highlighted, Enter for the next");
        findNext = new CommandAction("Find next", KeyStroke.getKeyStroke(KeyEvent.VK_F3, 0),
                () -> model.article().isPresent(), () -> bar.step(1));
        findPrevious = new CommandAction("Find previous", KeyStroke.getKeyStroke(KeyEvent.VK_F3, SHIFT_DOWN_MASK),
                () -> model.article().isPresent(), () -> bar.step(-1));
        findInAll = new CommandAction("Find in all articles…", KeyStroke.getKeyStroke(KeyEvent.VK_F, CTRL_DOWN_MASK | SHIFT_DOWN_MASK),
                openCorpusSearch)
                .withDescription("Search the text of every article; the matches listed in context");
        model.addListener(aspect -> {
            find.refresh();
            findNext.refresh();
            findPrevious.refresh();
        });
    }

    Map<KeyStroke, CommandAction> keyBindings() {
        Map<KeyStroke, CommandAction> keys = new LinkedHashMap<>();
        for (CommandAction a : new CommandAction[] {find, findNext, findPrevious, findInAll}) {
            keys.put(a.keyStroke(), a);
        }
        return keys;
    }

    void addTo(JMenu edit) {
        edit.addSeparator();
        edit.add(find);
        edit.add(findNext);
        edit.add(findPrevious);
        edit.add(findInAll);
    }
}
