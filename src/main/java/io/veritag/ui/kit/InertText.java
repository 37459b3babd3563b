package io.veritag.ui.kit;

import java.util.Arrays;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.LookAndFeel;
import javax.swing.UIDefaults;
import javax.swing.UIManager;
import javax.swing.plaf.ComponentUI;

/**
 * Makes every Swing component show its strings as text, never as HTML: a title, note or name starting with
 * {@code <html>} would otherwise be rendered, could load images from any address (telling the author that the
 * article was opened) and could draw a fake interface.
 *
 * <p>Swing turns HTML off per component with the {@code html.disable} client property, and it must be set
 * before the text is: a label builds its HTML view (and starts fetching its images) as soon as its look and
 * feel is installed with such a text. So the property is set in the one place every component passes before
 * that moment: when it asks {@link UIManager} for its look-and-feel delegate. Swing's documented hook there is
 * an auxiliary look and feel; this one adds no delegate, it only marks the component. That covers labels,
 * buttons, menus, cell renderers, tooltips, option-pane messages and titled borders created after
 * {@link #install()}. The few labels whose HTML the program writes itself (all data escaped) opt back in with
 * {@link #allowHtml}.
 */
public final class InertText {
    /** Swing's client property ({@code BasicHTML}): {@code TRUE} shows {@code <html>…} as plain text. */
    public static final String HTML_DISABLE = "html.disable";

    private static final LookAndFeel GUARD = new Guard();

    private InertText() {
    }

    /** Installs the guard once per application; call before building any component. */
    public static synchronized void install() {
        LookAndFeel[] auxiliaries = UIManager.getAuxiliaryLookAndFeels();
        if (auxiliaries == null || Arrays.stream(auxiliaries).noneMatch(laf -> laf == GUARD)) {
            UIManager.addAuxiliaryLookAndFeel(GUARD);
        }
    }

    /**
     * Lets a label built by the program itself show HTML. Every data string in {@code label}'s text must pass
     * through {@link #escapeHtml}. Re-applies the current text so that it is rendered again.
     */
    public static <T extends JLabel> T allowHtml(T label) {
        label.putClientProperty(HTML_DISABLE, Boolean.FALSE);
        String text = label.getText();
        label.setText(null);
        label.setText(text);
        return label;
    }

    /** {@code s} with {@code & < > " '} as entities, for HTML written by {@link #allowHtml} labels. */
    public static String escapeHtml(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** An auxiliary look and feel that contributes no delegates; asking it for one marks the component. */
    private static final class Guard extends LookAndFeel {
        private final UIDefaults defaults = new UIDefaults() {
            @Override
            public ComponentUI getUI(JComponent target) {
                if (target.getClientProperty(HTML_DISABLE) == null) { // an allowHtml label keeps its FALSE
                    target.putClientProperty(HTML_DISABLE, Boolean.TRUE);
                }
                return null;
            }
        };

        @Override
        public UIDefaults getDefaults() {
            return defaults;
        }

        @Override
        public String getName() {
            return "Veritag inert text";
        }

        @Override
        public String getID() {
            return "VeritagInertText";
        }

        @Override
        public String getDescription() {
            return "Shows every component's strings as text, not HTML";
        }

        @Override
        public boolean isNativeLookAndFeel() {
            return false;
        }

        @Override
        public boolean isSupportedLookAndFeel() {
            return true;
        }
    }
}
