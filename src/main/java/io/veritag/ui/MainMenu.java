package io.veritag.ui;

import io.veritag.ui.kit.WorkbenchContext;
import io.veritag.ui.kit.CommandAction;
import java.awt.event.KeyEvent;
import javax.swing.JCheckBoxMenuItem;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;

/**
 * The workbench's menu bar. The labeling commands come from {@link WorkbenchActions}; the other windows
 * (export, import annotations, agreement, adjudication) each add ONE line in {@link #addFileItems} or
 * {@link #addReviewItems}, using {@link #item} and the {@link WorkbenchContext}.
 */
final class MainMenu {
    private final WorkbenchContext context;
    private final WorkbenchActions actions;
    private final WindowActions window;
    private FindActions find;

    MainMenu(WorkbenchContext context, WorkbenchActions actions, WindowActions window) {
        this.context = context;
        this.actions = actions;
        this.window = window;
    }

    /** Adds Find, Find next/previous and Find in all articles to the Edit menu. */
    MainMenu withFind(FindActions findActions) {
        this.find = findActions;
        return this;
    }

    JMenuBar build() {
        JMenuBar bar = new JMenuBar();
        bar.add(fileMenu());
        bar.add(editMenu());
        bar.add(spanMenu());
        bar.add(articleMenu());
        bar.add(viewMenu());
        bar.add(reviewMenu());
        return bar;
    }

    private JMenu fileMenu() {
        JMenu file = menu("File", KeyEvent.VK_F);
        file.add(window.imports.importArticles);
        file.add(window.imports.loadSamples);
        addFileItems(file);
        file.addSeparator();
        file.add(window.switchAnnotator);
        file.addSeparator();
        file.add(window.quit);
        return file;
    }

    /** Other windows' File entries: one line each. */
    private void addFileItems(JMenu file) {
        file.add(item("New article from clipboard…", () -> PasteArticleDialog.open(context)));
        file.add(item("Export…", () -> io.veritag.ui.dataset.ExportDialog.open(context)));
        file.add(item("Import annotations…", () -> io.veritag.ui.dataset.ImportAnnotationsDialog.open(context)));
        file.add(item("Open team database…", () -> TeamDatabaseDialog.open(context.frame())));
    }

    private JMenu reviewMenu() {
        JMenu review = menu("Review", KeyEvent.VK_R);
        addReviewItems(review);
        review.setEnabled(review.getItemCount() > 0);
        return review;
    }

    /** Other windows' Review entries: one line each. */
    private void addReviewItems(JMenu review) {
        review.add(item("Agreement…", () -> io.veritag.ui.agreement.AgreementWindow.open(context)));
        review.add(item("Adjudicate…", () -> AdjudicationWindow.open(context)));
        review.add(item("Claims…", () -> io.veritag.ui.claims.ClaimsWindow.open(context)));
    }

    private JMenu editMenu() {
        JMenu edit = menu("Edit", KeyEvent.VK_E);
        edit.add(actions.undo);
        edit.add(actions.redo);
        if (find != null) {
            find.addTo(edit);
        }
        return edit;
    }

    private JMenu spanMenu() {
        JMenu span = menu("Span", KeyEvent.VK_S);
        for (CommandAction label : actions.labelActions()) {
            span.add(label);
        }
        span.addSeparator();
        actions.links.actions().forEach(span::add);
        span.addSeparator();
        span.add(actions.editNote);
        span.add(actions.delete);
        span.addSeparator();
        JMenu boundaries = menu("Boundaries", KeyEvent.VK_B);
        for (CommandAction move : actions.boundaryMoves) {
            boundaries.add(move);
        }
        span.add(boundaries);
        span.add(new JCheckBoxMenuItem(actions.snapToWords));
        return span;
    }

    private JMenu articleMenu() {
        JMenu article = menu("Article", KeyEvent.VK_A);
        article.add(actions.markDone);
        article.addSeparator();
        article.add(actions.next);
        article.add(actions.previous);
        return article;
    }

    private JMenu viewMenu() {
        JMenu view = menu("View", KeyEvent.VK_V);
        view.add(new JCheckBoxMenuItem(actions.showOthers));
        view.addSeparator();
        view.add(actions.zoomIn);
        view.add(actions.zoomOut);
        view.add(actions.zoomReset);
        view.addSeparator();
        view.add(new JCheckBoxMenuItem(window.darkTheme));
        return view;
    }

    /** A menu item that runs {@code command}: for the other windows' one-line entries. */
    static JMenuItem item(String text, Runnable command) {
        JMenuItem item = new JMenuItem(text);
        item.addActionListener(e -> command.run());
        return item;
    }

    private static JMenu menu(String text, int mnemonic) {
        JMenu menu = new JMenu(text);
        menu.setMnemonic(mnemonic);
        return menu;
    }
}
