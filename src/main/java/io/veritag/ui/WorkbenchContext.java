package io.veritag.ui;

import io.veritag.model.Annotator;
import io.veritag.store.Store;
import javax.swing.JFrame;

/**
 * What the workbench offers the other windows and dialogs (export, import annotations, agreement,
 * adjudication) that {@link MainMenu} opens: an owner frame, the open store and the current annotator.
 */
public interface WorkbenchContext {
    /** The main window: the owner of dialogs. */
    JFrame frame();

    /** The open database. */
    Store store();

    /** Who is labeling in this window right now (it can change from the Annotator menu). */
    Annotator annotator();

    /** Re-reads the article list and the open article, after another window changed the data. */
    void reload();
}
