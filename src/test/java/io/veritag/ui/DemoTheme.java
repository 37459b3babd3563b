package io.veritag.ui;

/**
 * The program's own look for the demo windows of other packages (screenshots): FlatLaf with Veritag's theme keys
 * (label, page, lane and chart colours), the inert-text guard and the font settings, as the program starts.
 */
public final class DemoTheme {
    private DemoTheme() {
    }

    /** Before AWT starts: the program's anti-aliasing and window decoration settings. */
    public static void beforeAwt() {
        Theme.beforeAwt();
    }

    /** On the event thread, before any component is built. */
    public static void install(boolean dark) {
        Theme.install(dark);
    }
}
