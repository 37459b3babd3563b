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

    private Theme() {
    }

    /** System properties that must be set before AWT starts. */
    static void beforeAwt() {
        System.setProperty("awt.useSystemAAFontSettings", "lcd");
        System.setProperty("swing.aatext", "true");
        System.setProperty("flatlaf.useWindowDecorations", "false");
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
