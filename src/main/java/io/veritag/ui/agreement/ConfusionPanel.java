package io.veritag.ui.agreement;

import io.veritag.agreement.AgreementReport;
import io.veritag.agreement.AnnotatorPair;
import io.veritag.agreement.ConfusionMatrix;
import io.veritag.ui.kit.ThemeColours;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Point;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTable;
import javax.swing.SwingConstants;
import javax.swing.table.DefaultTableCellRenderer;
import javax.swing.table.DefaultTableModel;

/** One token confusion matrix per pair; clicking an off-diagonal cell opens the articles with such tokens. */
final class ConfusionPanel extends JPanel {
    interface CellListener {
        void cellClicked(AnnotatorPair pair, int row, int column);
    }

    private final CellListener listener;

    ConfusionPanel(CellListener listener) {
        this.listener = listener;
        setLayout(new BoxLayout(this, BoxLayout.Y_AXIS));
        setName("confusionPanel");
    }

    void show(AgreementReport report, List<AnnotatorPair> pairs) {
        removeAll();
        for (AnnotatorPair pair : pairs) {
            ConfusionMatrix m = report.tokenLevel().confusion().get(pair.key());
            int n = m.categories().size();
            Object[][] data = new Object[n][n + 1];
            String[] header = new String[n + 1];
            header[0] = pair.first() + " ↓  " + pair.second() + " →";
            for (int r = 0; r < n; r++) {
                header[r + 1] = m.categories().get(r);
                data[r][0] = m.categories().get(r);
                for (int c = 0; c < n; c++) {
                    data[r][c + 1] = m.count(r, c);
                }
            }
            JTable table = new JTable(new DefaultTableModel(data, header) {
                @Override
                public boolean isCellEditable(int row, int column) {
                    return false;
                }
            });
            table.setName("confusion." + pair.key());
            table.setDefaultRenderer(Object.class, new CellRenderer());
            table.setToolTipText("Click a cell off the diagonal to see the tokens the two annotators categorised differently");
            io.veritag.ui.kit.TruncationTips.install(table);
            io.veritag.ui.kit.TruncationTips.fitHeaders(table);
            io.veritag.ui.kit.Clicks.onClick(table, point -> {
                int row = table.rowAtPoint(point);
                int column = table.columnAtPoint(point) - 1;
                return row >= 0 && column >= 0 && row != column ? new Point(row, column) : null;
            }, cell -> listener.cellClicked(pair, cell.x, cell.y));
            JPanel box = new JPanel(new BorderLayout());
            box.add(table.getTableHeader(), BorderLayout.NORTH);
            box.add(table, BorderLayout.CENTER);
            box.setBorder(BorderFactory.createEmptyBorder(6, 8, 10, 8));
            box.setAlignmentX(Component.LEFT_ALIGNMENT);
            box.setMaximumSize(new java.awt.Dimension(720, table.getRowHeight() * (n + 2) + 20));
            JLabel caption = new JLabel("Tokens: " + pair.first() + " (rows) by " + pair.second() + " (columns)");
            caption.setAlignmentX(Component.LEFT_ALIGNMENT);
            caption.setBorder(BorderFactory.createEmptyBorder(6, 8, 0, 8));
            add(caption);
            add(box);
        }
        add(Box.createVerticalGlue());
        revalidate();
        repaint();
    }

    private static final class CellRenderer extends DefaultTableCellRenderer {
        @Override
        public Component getTableCellRendererComponent(JTable table, Object value, boolean selected, boolean focus, int row, int column) {
            super.getTableCellRendererComponent(table, value, selected, focus, row, column);
            setHorizontalAlignment(column == 0 ? SwingConstants.LEFT : SwingConstants.RIGHT);
            if (!selected) {
                boolean offDiagonal = column > 0 && column - 1 != row && value instanceof Long count && count > 0;
                setBackground(column == 0 ? ThemeColours.get("Veritag.confusion.headerBackground")
                        : offDiagonal ? ThemeColours.get("Veritag.confusion.disagreeBackground")
                        : column - 1 == row ? ThemeColours.get("Veritag.confusion.agreeBackground") : table.getBackground());
                setForeground(ScoreFormat.textOnScore());
            }
            return this;
        }
    }
}
