package io.veritag.ui.kit;

import io.veritag.model.Annotator;
import io.veritag.service.Workspace;
import javax.swing.JFrame;

/**
 * What the workbench offers the other windows and dialogs (export, import annotations, agreement,
 * adjudication) that the workbench's menu opens: an owner frame, the
 * workspace with the executor that keeps it off the EDT, and the current annotator.
 */
public interface WorkbenchContext {
    /** The main window: the owner of dialogs. */
    JFrame frame();

    /** The use cases on the open database: call them through {@link #executor()}, never on the EDT. */
    Workspace workspace();

    /** Runs database work off the EDT for every window of this workbench. */
    UiExecutor executor();

    /** Who is labeling in this window right now (it can change from the Annotator menu). */
    Annotator annotator();

    /** Re-reads the article list and the open article, after another window changed the data. */
    void reload();

    /** Where the window called {@code window} remembers its size, place, splits and columns for this user. */
    default WindowLayout layout(String window) {
        return new WindowLayout(java.util.prefs.Preferences.userNodeForPackage(WindowLayout.class).node("layout").node(window));
    }
}
