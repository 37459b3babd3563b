package io.veritag.ui.adjudication;

import io.veritag.service.adjudication.DecisionText;
import io.veritag.agreement.adjudication.SpanGroup;
import io.veritag.agreement.adjudication.SpanVersion;
import io.veritag.model.Annotator;
import io.veritag.model.gold.Decision;
import io.veritag.model.gold.DecisionKind;
import io.veritag.service.adjudication.ArticleAdjudication;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Component;
import java.awt.FlowLayout;
import java.awt.Font;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javax.swing.BorderFactory;
import io.veritag.ui.kit.CommandAction;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import javax.swing.table.DefaultTableCellRenderer;
import javax.swing.table.DefaultTableModel;

/**
 * The current disagreement: its kind and state, each chosen annotator's version (or "nothing"), the reason
 * field, and the decision buttons.
 */
final class DisagreementPanel extends JPanel {
    private final AdjudicationModel model;
    private final JLabel title = new JLabel();
    private final JLabel decided = new JLabel();
    private final DefaultTableModel rows = new DefaultTableModel(new Object[] {"Key", "Annotator", "Label", "Text"}, 0) {
        @Override
        public boolean isCellEditable(int row, int column) {
            return false;
        }
    };
    private final JTable versions = new JTable(rows);
    private final javax.swing.JTextArea involved = new javax.swing.JTextArea(2, 40);
    private final JTextField reason = new JTextField();
    private final List<JButton> acceptButtons = new java.util.ArrayList<>();

    DisagreementPanel(AdjudicationModel model, AdjudicationActions actions, Function<String, Color> colours) {
        super(new BorderLayout(0, 6));
        this.model = model;
        setBorder(BorderFactory.createEmptyBorder(8, 10, 8, 10));
        title.setName("disagreementTitle");
        title.setFont(title.getFont().deriveFont(Font.BOLD, title.getFont().getSize2D() + 1f));
        decided.setName("decided");
        JPanel navigation = new JPanel(new FlowLayout(FlowLayout.RIGHT, 4, 0));
        navigation.add(button(actions.previous, "previous"));
        navigation.add(button(actions.next, "next"));
        navigation.add(button(actions.undo, "undo"));
        navigation.add(button(actions.redo, "redo"));
        JPanel head = new JPanel(new BorderLayout());
        head.add(title, BorderLayout.CENTER);
        head.add(navigation, BorderLayout.EAST);
        head.add(decided, BorderLayout.SOUTH);

        versions.setName("versions");

        io.veritag.ui.kit.TruncationTips.install(versions);
        versions.setFocusable(false);
        versions.setRowSelectionAllowed(false);
        versions.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        versions.setRowHeight(versions.getRowHeight() + 6);
        versions.getColumnModel().getColumn(0).setMaxWidth(60);
        versions.getColumnModel().getColumn(1).setPreferredWidth(120);
        versions.getColumnModel().getColumn(1).setMaxWidth(180);
        // never narrower than a blind name: "Annotat…" for both rows hid which annotator said what
        versions.getColumnModel().getColumn(1).setMinWidth(Math.min(180,
                versions.getFontMetrics(versions.getFont()).stringWidth("Annotator W") + 14));
        versions.getColumnModel().getColumn(2).setPreferredWidth(130);
        versions.getColumnModel().getColumn(2).setMinWidth(130);
        versions.getColumnModel().getColumn(2).setMaxWidth(150);
        versions.getColumnModel().getColumn(3).setPreferredWidth(520);
        versions.getColumnModel().getColumn(2).setCellRenderer(new DefaultTableCellRenderer() {
            @Override
            public Component getTableCellRendererComponent(JTable t, Object value, boolean sel, boolean focus, int r, int c) {
                super.getTableCellRendererComponent(t, value, sel, focus, r, c);
                setIcon(value == null || "—".equals(value) ? null : new Swatch(colours.apply(value.toString())));
                return this;
            }
        });
        JScrollPane table = new JScrollPane(versions);
        // room for four rows without scrolling: three annotators and a second span of one of them
        table.setPreferredSize(new java.awt.Dimension(600, versions.getTableHeader().getPreferredSize().height
                + 4 * versions.getRowHeight() + 4));

        reason.setName("reason");
        reason.putClientProperty("JTextField.placeholderText", "Reason for the next decision (optional) — R to type, Enter to return");
        JPanel reasonRow = new JPanel(new BorderLayout(6, 0));
        reasonRow.add(new JLabel("Why:"), BorderLayout.WEST);
        reasonRow.add(reason, BorderLayout.CENTER);

        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.LEFT, 4, 0));
        for (int i = 0; i < actions.accept.size(); i++) {
            JButton accept = button(actions.accept.get(i), "accept" + (i + 1));
            accept.setVisible(i < 2); // one per row of the current disagreement: see refresh()
            acceptButtons.add(accept);
            buttons.add(accept);
        }
        buttons.add(button(actions.reject, "reject"));
        buttons.add(button(actions.edit, "edit"));
        buttons.add(button(actions.addGold, "addGold"));

        JPanel bottom = new JPanel(new BorderLayout(0, 6));
        bottom.add(reasonRow, BorderLayout.NORTH);
        bottom.add(buttons, BorderLayout.SOUTH);
        involved.setName("involvedLinks");
        involved.setEditable(false);
        involved.setFocusable(false);
        involved.setLineWrap(true);
        involved.setWrapStyleWord(true);
        involved.setOpaque(false);
        // the annotators' rows keep their room; the links and sources below scroll when the panel is short
        JScrollPane involvedScroll = new JScrollPane(involved, JScrollPane.VERTICAL_SCROLLBAR_AS_NEEDED,
                JScrollPane.HORIZONTAL_SCROLLBAR_NEVER);
        involvedScroll.setBorder(BorderFactory.createEmptyBorder());
        involvedScroll.setOpaque(false);
        involvedScroll.getViewport().setOpaque(false);
        JPanel centre = new JPanel(new BorderLayout(0, 4));
        centre.add(table, BorderLayout.NORTH);
        centre.add(involvedScroll, BorderLayout.CENTER);
        add(head, BorderLayout.NORTH);
        add(centre, BorderLayout.CENTER);
        add(bottom, BorderLayout.SOUTH);
    }

    JTextField reasonField() {
        return reason;
    }

    void refresh() {
        rows.setRowCount(0);
        List<AdjudicationModel.Choice> choices = model.choices();
        for (int i = 0; i < acceptButtons.size(); i++) {
            acceptButtons.get(i).setVisible(i < Math.max(2, choices.size()));
        }
        Optional<ArticleAdjudication> state = model.state();
        Optional<SpanGroup> group = model.currentDisagreement();
        involved.setText(involvedText(state, group));
        involved.setCaretPosition(0); // a long list scrolls from its start
        if (state.isEmpty() || group.isEmpty()) {
            title.setText(state.isEmpty() ? "No article open" : "No disagreement in this article");
            decided.setText(state.map(s -> "Everything the annotators marked agrees exactly; it is in gold.").orElse(" "));
            return;
        }
        ArticleAdjudication s = state.get();
        SpanGroup g = group.get();
        boolean settled = s.isSettled(g.key());
        title.setText("Disagreement " + (model.currentIndex() + 1) + " of " + s.disagreements().size() + " · "
                + g.kind().text() + " · " + (settled ? "settled" : "open"));
        decided.setText(settled ? decidedText(s.settledBy(g.key()), s.article().text()) : "Not decided yet.");
        String text = s.article().text();
        for (int i = 0; i < choices.size(); i++) {
            Annotator a = choices.get(i).annotator();
            Optional<SpanVersion> version = choices.get(i).version();
            String key = i < 9 ? String.valueOf(i + 1) + (i == 0 ? "  ←" : i == 1 ? "  →" : "") : "";
            rows.addRow(new Object[] {key, model.annotatorName(a.id()),
                    version.map(v -> v.range().label() + (v.spans().stream().anyMatch(io.veritag.model.Span::unsure)
                            ? " · unsure" : "")).orElse("—"), // the annotator's own doubt weighs in the decision
                    version.map(v -> "«" + text.substring(v.range().start(), v.range().end()).replace('\n', ' ') + "»")
                            .orElse("nothing marked here")});
        }
    }

    /**
     * What each annotator's spans in this disagreement take part in: their links (to or from them), and the
     * source type of a SOURCE version.
     */
    private String involvedText(Optional<ArticleAdjudication> state, Optional<SpanGroup> group) {
        if (state.isEmpty() || group.isEmpty()) {
            return "";
        }
        ArticleAdjudication s = state.get();
        String text = s.article().text();
        List<String> lines = new java.util.ArrayList<>();
        for (io.veritag.model.Span span : group.get().spans()) {
            if (span.isSource()) {
                lines.add(model.annotatorName(span.annotatorId()) + ": source type " + span.sourceType().displayName());
            }
        }
        for (io.veritag.model.Link link : s.linksTouching(group.get())) {
            String from = s.span(link.fromSpanId()).map(sp -> quote(sp, text)).orElse("?");
            String to = s.span(link.toSpanId()).map(sp -> quote(sp, text)).orElse("?");
            lines.add(model.annotatorName(link.annotatorId()) + ": " + from + " —" + link.type().displayName() + "→ " + to);
        }
        return lines.isEmpty() ? "" : "Links and sources: " + String.join(" · ", lines);
    }

    private static String quote(io.veritag.model.Span span, String text) {
        return DecisionText.range(new io.veritag.model.gold.LabeledRange(span.start(), span.end(), span.label()), text);
    }

    private String decidedText(List<Decision> decisions, String text) {
        StringBuilder line = new StringBuilder();
        for (Decision d : decisions) {
            if (line.length() > 0) {
                line.append("; ");
            }
            line.append(d.curator()).append(' ').append(d.kind().pastTense());
            if (d.kind() != DecisionKind.REJECT && d.after() != null) {
                line.append(' ').append(DecisionText.range(d.after(), text));
            }
            if (d.reason() != null) {
                line.append(" — ").append(d.reason());
            }
        }
        return line.toString();
    }

    private static JButton button(CommandAction command, String name) {
        JButton button = new JButton(command);
        button.setName(name);
        button.setFocusable(false);
        button.setMargin(new java.awt.Insets(2, 8, 2, 8));
        return button;
    }
}
