package io.veritag.ui.adjudication;

import io.veritag.service.adjudication.ArticleProgress;
import io.veritag.ui.kit.InertText;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.Font;
import javax.swing.BorderFactory;
import javax.swing.DefaultListCellRenderer;
import javax.swing.DefaultListModel;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;

/** The articles every chosen annotator finished, each with how much is settled; the batch total above. */
final class FinishedArticlesPanel extends JPanel {
    /** How an article whose gold is older than its annotations is marked in the list. */
    static final String STALE = "gold older than the annotations";
    static final String STALE_WHY = "An annotator changed spans after the last decision: review the article again.";
    private final AdjudicationModel model;
    private final DefaultListModel<ArticleProgress> items = new DefaultListModel<>();
    private final JList<ArticleProgress> list = new QuietList<>(items, "articles");
    private final JLabel batch = InertText.allowHtml(new JLabel(" ")); // numbers only
    private boolean updating;

    FinishedArticlesPanel(AdjudicationModel model) {
        super(new BorderLayout());
        this.model = model;
        batch.setName("batchProgress");
        batch.setBorder(BorderFactory.createEmptyBorder(8, 8, 6, 8));
        batch.setFont(batch.getFont().deriveFont(Font.BOLD));
        list.setFocusable(false); // articles change with Ctrl+PgDn / Ctrl+PgUp or the mouse
        list.setCellRenderer(new DefaultListCellRenderer() {
            {
                InertText.allowHtml(this); // its HTML escapes every data string
            }

            @Override
            public Component getListCellRendererComponent(JList<?> l, Object value, int index, boolean sel, boolean focus) {
                super.getListCellRendererComponent(l, value, index, sel, focus);
                ArticleProgress row = (ArticleProgress) value;
                String mark = row.goldStale() ? "⚠" : row.settlement().done() ? "✓" : "•";
                String stale = row.goldStale() ? "<br><small>&nbsp;&nbsp;&nbsp;<b>" + STALE + "</b></small>" : "";
                setText("<html>" + mark + " <b>" + escape(row.article().externalId()) + "</b><br>&nbsp;&nbsp;&nbsp;"
                        + escape(shorten(row.article().title())) + "<br><small>&nbsp;&nbsp;&nbsp;" + row.settlement().text()
                        + "</small>" + stale + "</html>");
                if (row.goldStale() && !sel) {
                    setForeground(io.veritag.ui.kit.ThemeColours.get(io.veritag.ui.kit.ThemeColours.WARNING));
                }
                setToolTipText(row.article().title() + (row.goldStale() ? "\n" + STALE_WHY : ""));
                setBorder(BorderFactory.createEmptyBorder(3, 6, 3, 6));
                return this;
            }
        });
        list.addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting() && !updating && list.getSelectedValue() != null) {
                model.openArticle(list.getSelectedValue().article().id());
            }
        });
        add(batch, BorderLayout.NORTH);
        add(new JScrollPane(list), BorderLayout.CENTER);
        setPreferredSize(new Dimension(AdjudicationFrame.ARTICLE_LIST_WIDTH, 400));
        setMinimumSize(new Dimension(160, 100));
    }

    void refresh() {
        updating = true;
        try {
            items.clear();
            model.articles().forEach(items::addElement);
            int open = model.openArticleIndex();
            if (open >= 0) {
                list.setSelectedIndex(open);
                list.ensureIndexIsVisible(open);
            }
            batch.setText(model.articles().isEmpty() ? "No finished articles" : "<html>" + model.batchText().replace(" · ", "<br>") + "</html>");
        } finally {
            updating = false;
        }
    }

    private static String shorten(String title) {
        return title.codePointCount(0, title.length()) <= 30 ? title : title.substring(0, title.offsetByCodePoints(0, 29)) + "…";
    }

    private static String escape(String s) {
        return InertText.escapeHtml(s);
    }
}
