package io.veritag.ui.adjudication;

import io.veritag.service.adjudication.DecisionText;
import io.veritag.model.gold.Decision;
import io.veritag.model.gold.GoldSpan;
import io.veritag.service.adjudication.ArticleAdjudication;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Component;
import java.awt.Dimension;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javax.swing.BorderFactory;
import javax.swing.DefaultListCellRenderer;
import javax.swing.DefaultListModel;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTextArea;

/** The gold layer of the open article as a list, and the history of the selected gold span. */
final class GoldPanel extends JPanel {
    private final AdjudicationModel model;
    private final DefaultListModel<GoldSpan> items = new DefaultListModel<>();
    private final JList<GoldSpan> list = new QuietList<>(items, "gold");
    private final JTextArea history = new JTextArea();
    private final JLabel caption = new JLabel("Gold");
    private boolean updating;

    GoldPanel(AdjudicationModel model, Function<String, Color> colours) {
        super(new BorderLayout());
        this.model = model;
        list.setCellRenderer(new DefaultListCellRenderer() {
            @Override
            public Component getListCellRendererComponent(JList<?> l, Object value, int index, boolean sel, boolean focus) {
                super.getListCellRendererComponent(l, value, index, sel, focus);
                GoldSpan gold = (GoldSpan) value;
                setIcon(new Swatch(colours.apply(gold.label())));
                setText(model.state().map(s -> DecisionText.range(gold.range(), s.article().text())).orElse(gold.label()));
                setToolTipText("Enter: change boundaries or label · Delete: take out of gold · C: claim cluster");
                return this;
            }
        });
        list.addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting() && !updating) {
                GoldSpan selected = list.getSelectedValue();
                model.selectGold(selected == null ? null : selected.id());
            }
        });
        history.setName("history");
        history.setEditable(false);
        history.setLineWrap(true);
        history.setWrapStyleWord(true);
        history.setBorder(BorderFactory.createEmptyBorder(4, 6, 4, 6));

        JPanel top = new JPanel(new BorderLayout());
        caption.setBorder(BorderFactory.createEmptyBorder(6, 8, 4, 8));
        top.add(caption, BorderLayout.NORTH);
        top.add(new JScrollPane(list), BorderLayout.CENTER);
        JPanel bottom = new JPanel(new BorderLayout());
        JLabel historyCaption = new JLabel("History of the selected gold span");
        historyCaption.setBorder(BorderFactory.createEmptyBorder(6, 8, 4, 8));
        bottom.add(historyCaption, BorderLayout.NORTH);
        bottom.add(new JScrollPane(history), BorderLayout.CENTER);
        JSplitPane split = new JSplitPane(JSplitPane.VERTICAL_SPLIT, top, bottom);
        split.setResizeWeight(0.5);
        split.setBorder(null);
        add(split, BorderLayout.CENTER);
        setPreferredSize(new Dimension(300, 400));
    }

    JList<GoldSpan> goldList() {
        return list;
    }

    void refreshGold() {
        updating = true;
        try {
            items.clear();
            Optional<ArticleAdjudication> state = model.state();
            state.ifPresent(s -> s.gold().forEach(items::addElement));
            caption.setText("Gold (" + items.size() + " span" + (items.size() == 1 ? "" : "s") + ")");
            Optional<GoldSpan> selected = model.selectedGold();
            if (selected.isPresent()) {
                list.setSelectedValue(selected.get(), true);
            } else {
                list.clearSelection();
            }
        } finally {
            updating = false;
        }
        refreshHistory();
    }

    void refreshHistory() {
        List<Decision> decisions = model.history();
        String text = model.state().map(s -> s.article().text()).orElse("");
        if (model.selectedGold().isEmpty()) {
            history.setText("Select a gold span (in this list, or click it in the text) to see who proposed it, "
                    + "who decided, when and why.");
            return;
        }
        StringBuilder lines = new StringBuilder();
        for (Decision d : decisions) {
            lines.append(DecisionText.describe(d, text, model::annotatorName, decisions)).append("\n\n");
        }
        history.setText(lines.toString().strip());
        history.setCaretPosition(0);
    }
}
