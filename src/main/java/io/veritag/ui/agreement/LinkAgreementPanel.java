package io.veritag.ui.agreement;

import io.veritag.agreement.AgreementReport;
import io.veritag.agreement.LinkScores;
import io.veritag.agreement.PairedCategories;
import io.veritag.agreement.PrecisionRecall;
import io.veritag.agreement.Score;
import io.veritag.model.LinkType;
import io.veritag.service.agreement.report.Explanations;
import io.veritag.ui.kit.RowTableModel;
import java.awt.BorderLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTable;

/**
 * The "Links" tab: per pair (reference → compared) and span matching (exact, overlap), link precision, recall
 * and F1 over all types and per type; below, agreement on source types and on the unsure flag of matched spans.
 */
final class LinkAgreementPanel extends JPanel {
    private final LinkRows links = new LinkRows();
    private final FlagRows flags = new FlagRows();
    private final JTable linkTable = new JTable(links);
    private final JTable flagTable = new JTable(flags);

    LinkAgreementPanel() {
        super(new BorderLayout());
        setName("linkAgreement");
        linkTable.setName("linkTable");
        flagTable.setName("flagTable");
        ScoreCellRenderer scores = new ScoreCellRenderer();
        linkTable.setDefaultRenderer(Score.class, scores);
        flagTable.setDefaultRenderer(Score.class, scores);
        JLabel explanation = new JLabel(Explanations.LINKS);
        explanation.setBorder(BorderFactory.createEmptyBorder(4, 8, 4, 8));
        JSplitPane split = new JSplitPane(JSplitPane.VERTICAL_SPLIT, new JScrollPane(linkTable), new JScrollPane(flagTable));
        split.setResizeWeight(0.6);
        split.setBorder(null);
        add(explanation, BorderLayout.NORTH);
        add(split, BorderLayout.CENTER);
    }

    void show(AgreementReport report) {
        List<LinkRow> linkRows = new ArrayList<>();
        List<FlagRow> flagRows = new ArrayList<>();
        for (Map.Entry<String, LinkScores> e : report.linkLevel().entrySet()) {
            String pair = e.getKey().replace("->", " → ");
            for (String matching : List.of("exact", "overlap")) {
                LinkScores.Matched m = matching.equals("exact") ? e.getValue().exact() : e.getValue().overlap();
                linkRows.add(new LinkRow(pair, matching, "All links", m.links()));
                for (LinkType type : LinkType.values()) {
                    linkRows.add(new LinkRow(pair, matching, type.displayName(), m.perType().get(type.name())));
                }
                flagRows.add(new FlagRow(pair, matching, "Source type", m.sourceTypes()));
                flagRows.add(new FlagRow(pair, matching, "Unsure flag", m.unsure()));
            }
        }
        links.show(linkRows);
        flags.show(flagRows);
    }

    record LinkRow(String pair, String matching, String type, PrecisionRecall scores) {
    }

    record FlagRow(String pair, String matching, String what, PairedCategories scores) {
    }

    List<LinkRow> linkRows() {
        return links.rows();
    }

    List<FlagRow> flagRows() {
        return flags.rows();
    }

    private static final class LinkRows extends RowTableModel<LinkRow> {
        LinkRows() {
            super("Pair (reference → compared)", "Span matching", "Link type", "Precision", "Recall", "F1");
        }

        void show(List<LinkRow> rows) {
            replaceRows(rows);
        }

        @Override
        public Class<?> getColumnClass(int column) {
            return column < 3 ? String.class : Score.class;
        }

        @Override
        protected Object value(LinkRow row, int column) {
            return switch (column) {
                case 0 -> row.pair();
                case 1 -> row.matching();
                case 2 -> row.type();
                case 3 -> row.scores().precision();
                case 4 -> row.scores().recall();
                case 5 -> row.scores().f1();
                default -> throw new IllegalArgumentException("column " + column);
            };
        }
    }

    private static final class FlagRows extends RowTableModel<FlagRow> {
        FlagRows() {
            super("Pair (reference → compared)", "Span matching", "Compared on matched spans", "Pairs", "Agreeing",
                    "Percent", "Cohen's κ");
        }

        void show(List<FlagRow> rows) {
            replaceRows(rows);
        }

        @Override
        public Class<?> getColumnClass(int column) {
            return switch (column) {
                case 3, 4 -> Long.class;
                case 5, 6 -> Score.class;
                default -> String.class;
            };
        }

        @Override
        protected Object value(FlagRow row, int column) {
            return switch (column) {
                case 0 -> row.pair();
                case 1 -> row.matching();
                case 2 -> row.what();
                case 3 -> row.scores().compared();
                case 4 -> row.scores().agreeing();
                case 5 -> row.scores().percentAgreement();
                case 6 -> row.scores().cohenKappa();
                default -> throw new IllegalArgumentException("column " + column);
            };
        }
    }
}
