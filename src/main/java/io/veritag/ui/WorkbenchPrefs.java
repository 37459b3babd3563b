package io.veritag.ui;

import java.util.Optional;
import java.util.prefs.Preferences;

/**
 * What the window remembers between runs: annotator, theme, reading zoom, snapping. Backed by a
 * {@link Preferences} node that tests replace with their own.
 */
final class WorkbenchPrefs {
    private static final String ANNOTATOR = "annotator";
    private static final String DARK = "theme.dark";
    private static final String ZOOM = "article.zoom";
    private static final String SNAP = "snapToWords";

    private final Preferences node;

    WorkbenchPrefs(Preferences node) {
        this.node = node;
    }

    /** The user's real preferences (io/veritag/ui in the user tree). */
    static WorkbenchPrefs user() {
        return new WorkbenchPrefs(Preferences.userNodeForPackage(WorkbenchPrefs.class));
    }

    Optional<String> annotator() {
        return Optional.ofNullable(node.get(ANNOTATOR, null)).filter(s -> !s.isBlank());
    }

    void setAnnotator(String name) {
        node.put(ANNOTATOR, name);
        flush();
    }

    boolean dark() {
        return node.getBoolean(DARK, false);
    }

    void setDark(boolean dark) {
        node.putBoolean(DARK, dark);
        flush();
    }

    float zoom() {
        return node.getFloat(ZOOM, 1f);
    }

    void setZoom(float zoom) {
        node.putFloat(ZOOM, zoom);
        flush();
    }

    boolean snapToWords() {
        return node.getBoolean(SNAP, true);
    }

    void setSnapToWords(boolean snap) {
        node.putBoolean(SNAP, snap);
        flush();
    }

    /** Where the window called {@code window} remembers its layout (a child node: tests' nodes stay private). */
    io.veritag.ui.kit.WindowLayout layout(String window) {
        return new io.veritag.ui.kit.WindowLayout(node.node("layout").node(window));
    }

    private void flush() {
        try {
            node.flush();
        } catch (java.util.prefs.BackingStoreException e) {
            // preferences are a convenience: failing to write them must not stop the labeling
        }
    }
}
