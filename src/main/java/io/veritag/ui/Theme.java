package io.veritag.ui;

import io.veritag.ui.kit.InertText;
import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.FlatLightLaf;
import com.formdev.flatlaf.extras.FlatAnimatedLafChange;

/**
 * Light and dark FlatLaf themes. Colours and fonts of Veritag's own parts come from the properties files in
 * {@code io/veritag/ui/themes} (FlatLaf.properties for both, FlatLightLaf/FlatDarkLaf.properties per theme).
 */
final class Theme {
    private static boolean registered;
    private static boolean awtStarting;
    /** The theme installed (true: dark), or null before the first. */
    private static volatile Boolean installed;

    private Theme() {
    }

    /**
     * Sets the system properties that must be set before AWT starts, then starts AWT (the connection to the
     * display, then the font system) on a thread of its own, so that it overlaps the main thread's reading of the
     * preferences and FlatLaf's defaults instead of following them. Idempotent.
     */
    static synchronized void startAwt() {
        if (awtStarting) {
            return;
        }
        awtStarting = true;
        beforeAwt();
        Thread start = new Thread(Theme::startToolkit, "veritag-awt-start");
        start.setDaemon(true);
        start.start();
    }

    /** System properties that must be set before AWT starts. */
    static void beforeAwt() {
        System.setProperty("awt.useSystemAAFontSettings", "lcd");
        System.setProperty("swing.aatext", "true");
        System.setProperty("flatlaf.useWindowDecorations", "false");
    }

    private static void startToolkit() {
        try {
            java.awt.Toolkit.getDefaultToolkit();
            // the font system's start (font configuration, the first font file read) is next on the path
            new java.awt.Font(java.awt.Font.DIALOG, java.awt.Font.PLAIN, 13)
                    .getStringBounds("Veritag", new java.awt.font.FontRenderContext(null, true, true));
        } catch (RuntimeException | java.awt.AWTError | LinkageError failed) {
            // only a head start: the main thread meets the same failure and reports it
        }
    }

    /** {@link #install} unless that theme is already installed (start-up may reach it twice). */
    static void installOnce(boolean dark) {
        if (installed == null || installed != dark) {
            install(dark);
        }
    }

    /** Installs the light or dark look and feel (call before building any component). */
    static void install(boolean dark) {
        if (!registered) {
            FlatLaf.registerCustomDefaultsSource("io.veritag.ui.themes");
            registered = true;
        }
        if (dark) {
            FlatDarkLaf.setup();
        } else {
            FlatLightLaf.setup();
        }
        // Before any component (data is shown as text, never as HTML), but after the look and feel: asking
        // UIManager for its auxiliaries first would install Swing's default (Metal) just to replace it.
        InertText.install();
        installed = dark;
    }

    static boolean isDark() {
        return FlatLaf.isLafDark();
    }

    /** Switches theme in a running window, with FlatLaf's cross-fade. */
    static void switchTo(boolean dark) {
        FlatAnimatedLafChange.showSnapshot();
        install(dark);
        FlatLaf.updateUI();
        FlatAnimatedLafChange.hideSnapshotWithAnimation();
    }
}
