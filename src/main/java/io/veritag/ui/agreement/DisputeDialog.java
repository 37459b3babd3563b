package io.veritag.ui.agreement;

import io.veritag.agreement.AgreementInput;
import io.veritag.agreement.ArticleAnnotations;
import io.veritag.agreement.ConfusionTokens;
import io.veritag.agreement.Disagreement;
import java.util.function.Function;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Window;
import java.util.List;
import java.util.Map;
import javax.swing.BorderFactory;
import javax.swing.DefaultListModel;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.ListSelectionModel;
import io.veritag.ui.kit.ThemeColours;
import io.veritag.ui.kit.WindowKeys;

/**
 * The disputed text behind a number: a list of articles (most disputed first) and, for the selected one,
 * the shown annotators' spans stacked paragraph by paragraph with each disagreement marked.
 */
final class DisputeDialog extends JDialog {
    /** An article in the list, with why it is there. */
    record Entry(long articleId, String caption) {
        @Override
        public String toString() {
            return caption;
        }
    }

    private final AgreementInput input;
    private final List<Integer> shown;
    private final DisputePane pane;
    private final JList<Entry> list;
    private final Function<ArticleAnnotations, List<ConfusionTokens.Range>> focus;

    DisputeDialog(Window owner, String heading, AgreementInput input, List<Integer> shown, List<Entry> entries,
                  long selectedArticle, Map<String, Color> labelColours) {
        this(owner, heading, input, shown, entries, selectedArticle, labelColours, null);
    }

    /**
     * With {@code focus} (may be null): the ranges of each article to outline, such as the tokens a confusion
     * cell counts.
     */
    DisputeDialog(Window owner, String heading, AgreementInput input, List<Integer> shown, List<Entry> entries,
                  long selectedArticle, Map<String, Color> labelColours,
                  Function<ArticleAnnotations, List<ConfusionTokens.Range>> focus) {
        super(owner, "Disputed text — " + heading, ModalityType.MODELESS);
        this.input = input;
        this.shown = shown;
        this.focus = focus;
        setName("disputeDialog");
        pane = new DisputePane(labelColours);
        DefaultListModel<Entry> model = new DefaultListModel<>();
        entries.forEach(model::addElement);
        list = new JList<>(model);
        list.setName("disputeArticles");
        list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        list.addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting() && list.getSelectedValue() != null) {
                showArticle(list.getSelectedValue().articleId());
            }
        });
        JSplitPane split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, new JScrollPane(list), new JScrollPane(pane));
        split.setDividerLocation(260);
        JPanel top = new JPanel(new BorderLayout());
        JLabel title = new JLabel(heading);
        title.setFont(title.getFont().deriveFont(java.awt.Font.BOLD, title.getFont().getSize2D() + 2));
        top.add(title, BorderLayout.NORTH);
        JPanel legend = legend(labelColours);
        if (focus != null) {
            JLabel outlined = new JLabel("▭ the tokens counted in the cell") {
                @Override
                public Color getForeground() {
                    return ThemeColours.get("Veritag.dispute.focus");
                }
            };
            outlined.setName("focusLegend");
            legend.add(outlined);
        }
        top.add(legend, BorderLayout.CENTER);
        top.setBorder(BorderFactory.createEmptyBorder(8, 10, 6, 10));
        getContentPane().add(top, BorderLayout.NORTH);
        getContentPane().add(split, BorderLayout.CENTER);
        setSize(new Dimension(1100, 700));
        WindowKeys.closeOnEscape(this, getRootPane());
        setLocationRelativeTo(owner);
        for (int i = 0; i < model.size(); i++) {
            if (model.get(i).articleId() == selectedArticle) {
                list.setSelectedIndex(i);
                list.ensureIndexIsVisible(i);
            }
        }
        if (list.getSelectedIndex() < 0 && !model.isEmpty()) {
            list.setSelectedIndex(0);
        }
    }

    private void showArticle(long articleId) {
        for (ArticleAnnotations article : input.articles()) {
            if (article.articleId() == articleId) {
                pane.show(article, input.annotators(), shown, focus == null ? List.of() : focus.apply(article));
                return;
            }
        }
    }

    private static JPanel legend(Map<String, Color> labelColours) {
        JPanel legend = new JPanel(new FlowLayout(FlowLayout.LEFT, 10, 2));
        labelColours.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            Color label = e.getValue();
            JLabel l = new JLabel(" " + e.getKey() + " ") {
                @Override
                public Color getBackground() { // as in the text, and right after a theme switch
                    return ThemeColours.tint(label);
                }
            };
            l.setOpaque(true);
            legend.add(l);
        });
        legend.add(tag(Disagreement.Kind.MISSING, "nothing there"));
        legend.add(tag(Disagreement.Kind.BOUNDARY, "other start/end"));
        legend.add(tag(Disagreement.Kind.LABEL, "other label"));
        return legend;
    }

    private static JLabel tag(Disagreement.Kind kind, String meaning) {
        JLabel l = io.veritag.ui.kit.InertText.allowHtml(new JLabel("<html><b>⟨" + kind.description() + "⟩</b> " + meaning + "</html>") {
            @Override
            public Color getForeground() {
                return DisputePane.kindColour(kind);
            }
        });
        return l;
    }

    DisputePane pane() {
        return pane;
    }
}
