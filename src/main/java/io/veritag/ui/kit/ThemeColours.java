package io.veritag.ui.kit;

import java.awt.Color;
import javax.swing.UIManager;

/**
 * Colours of Veritag's own parts, read from the theme (the {@code Veritag.*} keys in
 * {@code io/veritag/ui/themes/*.properties}) at paint time, so that light, dark and a switch between them
 * are all right. Label colours are the labels' own; shown as a background they are mixed into the page.
 */
public final class ThemeColours {
    public static final String ERROR = "Veritag.error.foreground";
    public static final String WARNING = "Veritag.warning.foreground";
    public static final String UNDEFINED = "Veritag.undefined.foreground";
    public static final String PAGE = "Veritag.article.background";
    public static final String PAGE_TEXT = "Veritag.article.foreground";

    private ThemeColours() {
    }

    /**
     * The theme's colour for {@code key}. Under a look and feel that did not load Veritag's properties (a
     * test or demo that set FlatLaf up directly) the colour is read from the same properties files.
     */
    public static Color get(String key) {
        Color colour = UIManager.getColor(key);
        if (colour != null) {
            return colour;
        }
        String value = fromFiles(com.formdev.flatlaf.FlatLaf.isLafDark()).getProperty(key);
        if (value != null && value.strip().matches("#[0-9a-fA-F]{6}")) {
            return Color.decode(value.strip());
        }
        Color text = UIManager.getColor("Label.foreground");
        return text != null ? text : Color.GRAY;
    }

    private static final java.util.Map<Boolean, java.util.Properties> FILES = new java.util.concurrent.ConcurrentHashMap<>();

    /** FlatLaf.properties overlaid with the light or dark theme's file, as FlatLaf itself layers them. */
    private static java.util.Properties fromFiles(boolean dark) {
        return FILES.computeIfAbsent(dark, d -> {
            java.util.Properties properties = new java.util.Properties();
            for (String name : new String[] {"FlatLaf.properties", d ? "FlatDarkLaf.properties" : "FlatLightLaf.properties"}) {
                try (var in = ThemeColours.class.getResourceAsStream("themes/" + name)) {
                    if (in != null) {
                        properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
                    }
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
            return properties;
        });
    }

    /** {@code share} (0..1) of {@code colour} over {@code base}. */
    public static Color mix(Color colour, Color base, double share) {
        double s = Math.max(0, Math.min(1, share));
        return new Color((int) Math.round(colour.getRed() * s + base.getRed() * (1 - s)),
                (int) Math.round(colour.getGreen() * s + base.getGreen() * (1 - s)),
                (int) Math.round(colour.getBlue() * s + base.getBlue() * (1 - s)));
    }

    /** A label colour as a background behind article text: light in the light theme, dark in the dark. */
    public static Color tint(Color label) {
        int percent = UIManager.getInt("Veritag.span.tintPercent");
        if (percent <= 0) {
            percent = Integer.parseInt(fromFiles(com.formdev.flatlaf.FlatLaf.isLafDark())
                    .getProperty("Veritag.span.tintPercent", "33").strip());
        }
        return mix(label, get(PAGE), percent / 100.0);
    }

    /** Gives a text component the reading page's colours (the workbench's article, the disputed text, lanes). */
    public static void paintAsPage(javax.swing.JComponent text) {
        text.setBackground(get(PAGE));
        text.setForeground(get(PAGE_TEXT));
    }

    /** The label colour stored as {@code #rrggbb}; grey if it cannot be read. */
    public static Color label(String hex) {
        try {
            return Color.decode(hex);
        } catch (NumberFormatException | NullPointerException e) {
            return Color.GRAY;
        }
    }

    /** Colour on a scale from {@code low} (at -1) through {@code mid} (0) to {@code high} (1). */
    public static Color scale(double value, String low, String mid, String high) {
        double v = Math.max(-1, Math.min(1, value));
        return v >= 0 ? mix(get(high), get(mid), v) : mix(get(low), get(mid), -v);
    }
}
