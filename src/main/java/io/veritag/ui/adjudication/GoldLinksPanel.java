package io.veritag.ui.adjudication;

import io.veritag.agreement.adjudication.GoldLinks;
import io.veritag.model.Link;
import io.veritag.model.SourceType;
import io.veritag.model.Span;
import io.veritag.model.gold.GoldSpan;
import io.veritag.service.adjudication.ArticleAdjudication;
import io.veritag.service.adjudication.DecisionText;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.FlowLayout;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.swing.AbstractAction;
import javax.swing.BorderFactory;
import javax.swing.DefaultComboBoxModel;
import javax.swing.DefaultListCellRenderer;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.KeyStroke;

/**
 * Links and sources of the gold layer: every link an annotator made between spans that are in gold (✓ in gold,
 * ○ not yet), with who proposed it; Enter or double-click takes the selected one into gold, Delete takes it out.
 * Below, the source type of the selected gold SOURCE span with what each annotator gave it.
 */
final class GoldLinksPanel extends JPanel {
    private final AdjudicationModel model;
    private final Supplier<String> reason;
    private final DefaultListModel<GoldLinks.Candidate> items = new DefaultListModel<>();
    private final JList<GoldLinks.Candidate> list = new QuietList<>(items, "links");
    private final JLabel caption = new JLabel("Links");
    private final JLabel waiting = new JLabel(" ");
    private final JComboBox<SourceType> types = new JComboBox<>(new DefaultComboBoxModel<>(SourceType.values()));
    private final JLabel proposed = new JLabel(" ");
    private final JButton setType = new JButton("Set type");
    private final JButton accept = new JButton("Accept link");
    private final JButton remove = new JButton("Remove link");

    GoldLinksPanel(AdjudicationModel model, Supplier<String> reason) {
        super(new BorderLayout(0, 4));
        this.model = model;
        this.reason = reason;
        list.setCellRenderer(new DefaultListCellRenderer() {
            @Override
            public Component getListCellRendererComponent(JList<?> l, Object value, int index, boolean sel, boolean focus) {
                super.getListCellRendererComponent(l, value, index, sel, focus);
                setText(describe((GoldLinks.Candidate) value));
                setToolTipText("Enter or double-click: accept into gold · Delete: take out of gold");
                return this;
            }
        });
        list.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                if (e.getClickCount() == 2) {
                    acceptSelected();
                }
            }
        });
        bind(list, KeyEvent.VK_ENTER, "accept-link", this::acceptSelected);
        bind(list, KeyEvent.VK_A, "accept-link", this::acceptSelected);
        bind(list, KeyEvent.VK_DELETE, "remove-link", this::removeSelected);
        bind(list, KeyEvent.VK_BACK_SPACE, "remove-link", this::removeSelected);
        bind(types, KeyEvent.VK_ENTER, "set-type", this::setSelectedType);
        types.setName("sourceType");
        types.setRenderer(new DefaultListCellRenderer() {
            @Override
            public Component getListCellRendererComponent(JList<?> l, Object value, int index, boolean sel, boolean focus) {
                super.getListCellRendererComponent(l, value, index, sel, focus);
                setText(value == null ? "" : ((SourceType) value).displayName());
                return this;
            }
        });
        setType.setName("setSourceType");
        setType.addActionListener(e -> setSelectedType());
        accept.setName("acceptLink");
        accept.addActionListener(e -> acceptSelected());
        remove.setName("removeLink");
        remove.addActionListener(e -> removeSelected());
        list.addListSelectionListener(e -> enableButtons());
        waiting.setName("waitingLinks");
        proposed.setName("proposedTypes");

        caption.setBorder(BorderFactory.createEmptyBorder(6, 8, 0, 8));
        JPanel top = new JPanel(new BorderLayout());
        top.add(caption, BorderLayout.NORTH);
        JPanel linkButtons = new JPanel(new FlowLayout(FlowLayout.LEFT, 4, 0));
        linkButtons.add(accept);
        linkButtons.add(remove);
        top.add(linkButtons, BorderLayout.SOUTH);
        JPanel typeRow = new JPanel(new BorderLayout(4, 2));
        typeRow.setBorder(BorderFactory.createEmptyBorder(2, 8, 6, 8));
        typeRow.add(new JLabel("Source type (T):"), BorderLayout.WEST);
        typeRow.add(types, BorderLayout.CENTER);
        typeRow.add(setType, BorderLayout.EAST);
        typeRow.add(proposed, BorderLayout.SOUTH);
        JPanel bottom = new JPanel(new BorderLayout());
        waiting.setBorder(BorderFactory.createEmptyBorder(0, 8, 2, 8));
        bottom.add(waiting, BorderLayout.NORTH);
        bottom.add(typeRow, BorderLayout.SOUTH);
        add(top, BorderLayout.NORTH);
        add(new JScrollPane(list), BorderLayout.CENTER);
        add(bottom, BorderLayout.SOUTH);
        // as wide as the gold list: long link texts scroll or cut, they do not widen the window
        setPreferredSize(io.veritag.ui.kit.WindowLayout.scaled(new java.awt.Dimension(300, 280))); // wider at 150 %: the type row fits
    }

    JList<GoldLinks.Candidate> linkList() {
        return list;
    }

    JComboBox<SourceType> typeBox() {
        return types;
    }

    void refresh() {
        int selected = list.getSelectedIndex();
        items.clear();
        Optional<ArticleAdjudication> state = model.state();
        List<GoldLinks.Candidate> candidates = state.map(s -> s.linkView().candidates()).orElse(List.of());
        candidates.forEach(items::addElement);
        long inGold = candidates.stream().filter(GoldLinks.Candidate::inGold).count();
        caption.setText("Links (" + inGold + " of " + candidates.size() + " in gold)");
        if (selected >= 0 && selected < items.size()) {
            list.setSelectedIndex(selected);
        }
        int unplaced = state.map(s -> s.linkView().unplaced().size()).orElse(0);
        waiting.setText(unplaced == 0 ? " " : unplaced + " more link" + (unplaced == 1 ? "" : "s")
                + " wait until both ends are in gold");
        waiting.setToolTipText(state.map(s -> s.linkView().unplaced().stream().map(l -> describe(s, l))
                .collect(Collectors.joining(" · "))).orElse(null));
        refreshSourceType();
    }

    /** The source type row follows the gold span selected in the gold list. */
    void refreshSourceType() {
        Optional<ArticleAdjudication> state = model.state();
        Optional<GoldSpan> source = model.selectedGold().filter(GoldSpan::isSource);
        types.setEnabled(source.isPresent());
        if (source.isEmpty() || state.isEmpty()) {
            proposed.setText("Select a gold SOURCE span to settle its type.");
            enableButtons();
            return;
        }
        List<Span> given = state.get().linkView().sourcesOf(source.get().id());
        // the types annotators gave come first, the current one selected
        Set<SourceType> order = new LinkedHashSet<>();
        given.forEach(s -> order.add(s.sourceType()));
        order.addAll(List.of(SourceType.values()));
        DefaultComboBoxModel<SourceType> typesModel = new DefaultComboBoxModel<>(new ArrayList<>(order).toArray(SourceType[]::new));
        typesModel.setSelectedItem(source.get().sourceType() != null ? source.get().sourceType() : order.iterator().next());
        types.setModel(typesModel);
        proposed.setText("In gold: " + (source.get().sourceType() == null ? "not settled" : source.get().sourceType().displayName())
                + (given.isEmpty() ? "" : " · given: " + given.stream()
                        .map(s -> model.annotatorName(s.annotatorId()) + " " + s.sourceType().displayName())
                        .collect(Collectors.joining(", "))));
        enableButtons();
    }

    private void enableButtons() {
        GoldLinks.Candidate candidate = list.getSelectedValue();
        boolean free = model.state().isPresent() && !model.busy();
        accept.setEnabled(free && candidate != null && !candidate.inGold() && !candidate.proposals().isEmpty());
        remove.setEnabled(free && candidate != null && candidate.inGold());
        setType.setEnabled(free && model.selectedGold().filter(GoldSpan::isSource).isPresent());
    }

    private void acceptSelected() {
        GoldLinks.Candidate candidate = list.getSelectedValue();
        if (candidate != null && !candidate.inGold()) {
            model.acceptLink(candidate.ends(), reason.get());
        }
    }

    private void removeSelected() {
        GoldLinks.Candidate candidate = list.getSelectedValue();
        if (candidate != null && candidate.inGold()) {
            model.removeLink(candidate.goldLinkId(), reason.get());
        }
    }

    private void setSelectedType() {
        Optional<GoldSpan> source = model.selectedGold().filter(GoldSpan::isSource);
        SourceType type = (SourceType) types.getSelectedItem();
        if (source.isPresent() && type != null && type != source.get().sourceType()) {
            model.setSourceType(source.get().id(), type, reason.get());
        }
    }

    private String describe(GoldLinks.Candidate c) {
        Optional<ArticleAdjudication> state = model.state();
        if (state.isEmpty()) {
            return c.ends().type().displayName();
        }
        String text = state.get().article().text();
        String from = state.get().goldSpan(c.ends().fromGoldSpanId()).map(g -> DecisionText.range(g.range(), text)).orElse("?");
        String to = state.get().goldSpan(c.ends().toGoldSpanId()).map(g -> DecisionText.range(g.range(), text)).orElse("?");
        String who = c.proposals().stream().map(l -> model.annotatorName(l.annotatorId())).distinct()
                .collect(Collectors.joining(", "));
        return (c.inGold() ? "✓ " : "○ ") + from + " —" + c.ends().type().displayName() + "→ " + to
                + (who.isEmpty() ? " · nobody proposes it now" : " · " + who);
    }

    private String describe(ArticleAdjudication s, Link link) {
        String text = s.article().text();
        String from = s.span(link.fromSpanId()).map(sp -> DecisionText.range(new io.veritag.model.gold.LabeledRange(sp.start(), sp.end(), sp.label()), text)).orElse("?");
        String to = s.span(link.toSpanId()).map(sp -> DecisionText.range(new io.veritag.model.gold.LabeledRange(sp.start(), sp.end(), sp.label()), text)).orElse("?");
        return model.annotatorName(link.annotatorId()) + ": " + from + " —" + link.type().displayName() + "→ " + to;
    }

    private static void bind(JComponent component, int key, String name, Runnable run) {
        component.getInputMap(JComponent.WHEN_FOCUSED).put(KeyStroke.getKeyStroke(key, 0), name);
        component.getActionMap().put(name, new AbstractAction() {
            @Override
            public void actionPerformed(java.awt.event.ActionEvent e) {
                run.run();
            }
        });
    }
}
