package io.veritag.ui;

import io.veritag.model.Article;
import io.veritag.ui.kit.TruncationTips;
import java.awt.BorderLayout;
import java.awt.Cursor;
import java.awt.FlowLayout;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.StringJoiner;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;

/**
 * One line above the article: its title, source and date, and its address as a link that opens in the browser.
 * Only an http or https address is ever handed to the browser, as a parsed URI (never spliced into a command);
 * any other address is shown as text only.
 */
final class ArticleInfoBar extends JPanel {
    /** Opens a web address; the window's tests give their own. */
    interface Browser {
        Browser DESKTOP = new Browser() {
            @Override
            public boolean available() {
                return java.awt.Desktop.isDesktopSupported()
                        && java.awt.Desktop.getDesktop().isSupported(java.awt.Desktop.Action.BROWSE);
            }

            @Override
            public void browse(URI address) throws java.io.IOException {
                java.awt.Desktop.getDesktop().browse(address);
            }
        };

        boolean available();

        void browse(URI address) throws java.io.IOException;
    }

    private final LabelingModel model;
    private Browser browser;
    private final JLabel title = new JLabel(" ");
    private final JLabel facts = new JLabel(" ");
    private final JButton link = new JButton() {
        @Override
        public java.awt.Color getForeground() { // the theme's link colour, also right after a theme switch
            java.awt.Color linkColour = javax.swing.UIManager.getColor("Component.linkColor");
            return isEnabled() && linkColour != null ? linkColour : super.getForeground();
        }
    };
    private URI address;

    ArticleInfoBar(LabelingModel model, Browser browser) {
        super(new BorderLayout(8, 0));
        this.model = model;
        this.browser = browser;
        setName("articleInfo");
        setBorder(BorderFactory.createEmptyBorder(2, 8, 2, 8));
        title.setName("articleTitle");
        title.putClientProperty("FlatLaf.styleClass", "h4");
        facts.setName("articleFacts");
        facts.putClientProperty("FlatLaf.styleClass", "muted");
        link.setName("articleUrl");
        link.putClientProperty("JButton.buttonType", "borderless");
        link.setCursor(Cursor.getPredefinedCursor(Cursor.HAND_CURSOR));
        link.setFocusable(false);
        link.addActionListener(e -> open());
        TruncationTips.install(title);
        JPanel right = new JPanel(new FlowLayout(FlowLayout.RIGHT, 6, 0));
        right.setOpaque(false);
        right.add(facts);
        right.add(link);
        add(title, BorderLayout.CENTER);
        add(right, BorderLayout.EAST);
        model.addListener(aspect -> {
            if (aspect == LabelingModel.Aspect.ARTICLE) {
                refresh();
            }
        });
        refresh();
    }

    private void refresh() {
        Optional<Article> article = model.article();
        setVisible(article.isPresent());
        title.setText(article.map(Article::title).orElse(" "));
        StringJoiner joiner = new StringJoiner("  ·  ");
        article.map(Article::source).filter(s -> !s.isBlank()).ifPresent(joiner::add);
        article.map(Article::published).filter(s -> !s.isBlank()).ifPresent(joiner::add);
        facts.setText(joiner.length() == 0 ? "" : joiner.toString());
        String url = article.map(Article::url).filter(s -> !s.isBlank()).orElse(null);
        address = url == null ? null : webAddress(url).orElse(null);
        link.setVisible(url != null);
        link.setText(url == null ? "" : shortened(url));
        link.setEnabled(address != null && browser.available());
        link.setToolTipText(url == null ? null
                : address == null ? url + " (not a web address: not opened)"
                : browser.available() ? "Open " + url + " in the browser" : url + " (no browser can be opened from here)");
    }

    /** The address as a URI when it is an absolute http or https address with a host, else empty. */
    static Optional<URI> webAddress(String url) {
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    ? Optional.of(uri) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static String shortened(String url) {
        String oneLine = url.replaceAll("\\p{Cntrl}", " ");
        return oneLine.length() <= 48 ? oneLine : oneLine.substring(0, 45) + "…";
    }

    private void open() {
        if (address == null || !browser.available()) {
            return;
        }
        try {
            browser.browse(address);
        } catch (java.io.IOException | RuntimeException e) {
            model.refuse("Cannot open " + address + ": "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
    }

    /** Opens addresses with {@code other} instead of the desktop's browser (tests). */
    void useBrowser(Browser other) {
        browser = other;
        refresh();
    }

    JButton link() {
        return link;
    }
}
