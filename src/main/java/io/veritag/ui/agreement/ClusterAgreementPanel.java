package io.veritag.ui.agreement;

import io.veritag.agreement.ClusterScores;
import io.veritag.agreement.Score;
import io.veritag.service.claims.ClusterAgreementReport;
import io.veritag.ui.kit.RowTableModel;
import java.awt.BorderLayout;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextArea;

/**
 * The "Claim clusters" tab: for each pair of the compared annotators, over the CLAIM spans both labeled in the
 * compared articles, pairwise same-cluster and B-cubed precision, recall and F1; below, why a score is undefined.
 */
final class ClusterAgreementPanel extends JPanel {
    static final String EXPLANATION = "Claims both annotators labeled are paired as span agreement pairs them; a claim "
            + "in no cluster is a cluster of its own; the first by name is the reference.";
    private final Rows rows = new Rows();
    private final JTable table = new JTable(rows);
    private final JLabel state = new JLabel(" ");
    private final JTextArea reasons = new JTextArea(3, 40);

    ClusterAgreementPanel() {
        super(new BorderLayout());
        setName("clusterAgreement");
        table.setName("clusterAgreementTable");
        table.setDefaultRenderer(Score.class, new ScoreCellRenderer());
        state.setName("clusterAgreementState");
        reasons.setName("clusterAgreementReasons");
        reasons.setEditable(false);
        reasons.setLineWrap(true);
        reasons.setWrapStyleWord(true);
        JPanel north = new JPanel(new BorderLayout());
        JLabel explanation = new JLabel(EXPLANATION);
        explanation.putClientProperty("html.disable", Boolean.TRUE);
        north.add(explanation, BorderLayout.NORTH);
        north.add(state, BorderLayout.SOUTH);
        north.setBorder(BorderFactory.createEmptyBorder(4, 8, 4, 8));
        add(north, BorderLayout.NORTH);
        add(new JScrollPane(table), BorderLayout.CENTER);
        add(new JScrollPane(reasons), BorderLayout.SOUTH);
    }

    void showPending() {
        rows.show(List.of());
        reasons.setText("");
        state.setText("Comparing clusters…");
    }

    void showFailure() {
        state.setText("Cluster agreement could not be read from the database.");
    }

    void show(List<ClusterAgreementReport.Pair> pairs) {
        rows.show(pairs);
        Set<String> why = new LinkedHashSet<>();
        for (ClusterAgreementReport.Pair p : pairs) {
            for (Score s : scores(p.scores())) {
                if (!s.isDefined()) {
                    why.add(p.reference() + " → " + p.other() + ": undefined — " + s.undefinedReason());
                }
            }
        }
        reasons.setText(String.join("\n", why));
        state.setText(pairs.isEmpty() ? "Choose two or more annotators to compare their clusters." : " ");
    }

    List<ClusterAgreementReport.Pair> pairs() {
        return rows.rows();
    }

    private static List<Score> scores(ClusterScores s) {
        return List.of(s.pairwise().precision(), s.pairwise().recall(), s.pairwise().f1(),
                s.bcubed().precision(), s.bcubed().recall(), s.bcubed().f1());
    }

    private static final class Rows extends RowTableModel<ClusterAgreementReport.Pair> {
        Rows() {
            super("Pair (reference → compared)", "Matched claims", "Pairs together (ref / other / both)",
                    "Pairwise P", "Pairwise R", "Pairwise F1", "B³ P", "B³ R", "B³ F1");
        }

        void show(List<ClusterAgreementReport.Pair> pairs) {
            replaceRows(pairs);
        }

        @Override
        public Class<?> getColumnClass(int column) {
            return switch (column) {
                case 0, 2 -> String.class;
                case 1 -> Integer.class;
                default -> Score.class;
            };
        }

        @Override
        protected Object value(ClusterAgreementReport.Pair row, int column) {
            ClusterScores s = row.scores();
            return switch (column) {
                case 0 -> row.reference() + " → " + row.other();
                case 1 -> s.matchedClaims();
                case 2 -> s.referencePairs() + " / " + s.otherPairs() + " / " + s.sharedPairs();
                default -> scores(s).get(column - 3);
            };
        }
    }
}
