package io.veritag.ui;

import io.veritag.model.Label;
import io.veritag.ui.suggest.RecommenderSettingsDialog;
import java.awt.event.KeyEvent;
import java.util.List;
import javax.swing.JMenu;
import javax.swing.JMenuItem;
import javax.swing.KeyStroke;

/**
 * The Suggest menu: the keys of the suggestion layer (shown, they work in the article text), the recommender
 * settings, and "Next most useful article" (the open articles the model is least sure about first).
 */
final class SuggestionMenu {
    static final KeyStroke NEXT_USEFUL = KeyStroke.getKeyStroke(KeyEvent.VK_N, KeyEvent.CTRL_DOWN_MASK | KeyEvent.SHIFT_DOWN_MASK);

    private final WorkbenchController controller;
    private final SuggestionsModel suggestions;

    SuggestionMenu(WorkbenchController controller, SuggestionsModel suggestions) {
        this.controller = controller;
        this.suggestions = suggestions;
    }

    JMenu build() {
        JMenu menu = new JMenu("Suggest");
        menu.setMnemonic(KeyEvent.VK_G);
        menu.setName("suggestMenu");
        menu.add(item("Next suggestion (Tab)", () -> suggestions.move(1)));
        menu.add(item("Previous suggestion (Shift+Tab)", () -> suggestions.move(-1)));
        menu.add(item("Accept (Enter)", suggestions::acceptCurrent));
        menu.add(item("Accept the sentence (Shift+Enter)", suggestions::acceptSentence));
        menu.add(item("Reject (X)", suggestions::rejectCurrent));
        menu.addSeparator();
        JMenuItem nextUseful = item("Next most useful article", this::openNextUseful);
        nextUseful.setAccelerator(NEXT_USEFUL);
        nextUseful.setName("nextUsefulArticle");
        menu.add(nextUseful);
        JMenuItem settings = item("Recommender settings…", this::openSettings);
        settings.setName("recommenderSettingsItem");
        menu.add(settings);
        return menu;
    }

    private static JMenuItem item(String text, Runnable command) {
        JMenuItem item = new JMenuItem(text);
        item.addActionListener(e -> command.run());
        return item;
    }

    void openSettings() {
        List<String> labels = controller.model().labels().stream().map(Label::name).toList();
        new RecommenderSettingsDialog(controller, suggestions.service(), labels, suggestions::reload).setVisible(true);
    }

    /** Opens the open article the model is least sure about (other than the one shown). */
    void openNextUseful() {
        var service = suggestions.service();
        long shown = controller.model().article().map(a -> a.id()).orElse(-1L);
        controller.executor().read(service::byUncertainty, ordered -> ordered.stream()
                .filter(id -> id != shown).findFirst()
                .ifPresentOrElse(controller::openArticle, () -> controller.model().reportError("Every other article is done")),
                e -> controller.model().reportError("Not ordered: " + e.getMessage()));
    }
}
