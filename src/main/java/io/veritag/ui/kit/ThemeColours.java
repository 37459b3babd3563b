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

    /** WCAG 2 contrast ratio of two opaque colours (1 to 21). */
    public static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(int value) {
        double v = value / 255.0;
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    /**
     * {@code colour} moved towards {@code ink} (the text colour) just enough to stand out on {@code page} with at
     * least {@code minContrast}: an orange line stays orange, but darker on a light page and lighter on a dark one.
     */
    public static Color strong(Color colour, Color page, Color ink, double minContrast) {
        for (int step = 0; step <= 20; step++) {
            Color c = mix(ink, colour, step / 20.0);
            if (contrast(c, page) >= minContrast) {
                return c;
            }
        }
        return ink;
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
