package io.veritag.ui.agreement;

import io.veritag.agreement.Score;
import java.awt.Component;
import java.awt.Font;
import javax.swing.JTable;
import javax.swing.SwingConstants;
import javax.swing.table.DefaultTableCellRenderer;

/** A score cell: the number on a red-to-green tint, or "undefined — reason" in grey (the whole reason as tooltip). */
final class ScoreCellRenderer extends DefaultTableCellRenderer {
    @Override
    public Component getTableCellRendererComponent(JTable table, Object value, boolean selected, boolean focus, int row, int column) {
        super.getTableCellRendererComponent(table, value, selected, focus, row, column);
        setHorizontalAlignment(SwingConstants.RIGHT);
        Score score = (Score) value;
        if (score == null) {
            setText("");
            return this;
        }
        setText(score.isDefined() ? ScoreFormat.brief(score) : ScoreFormat.text(score));
        setToolTipText(ScoreFormat.text(score));
        if (score.isDefined()) {
            setFont(getFont().deriveFont(Font.PLAIN));
            if (!selected) {
                setBackground(ScoreFormat.colour(score.value()));
                setForeground(ScoreFormat.textOnScore());
            }
        } else {
            setFont(getFont().deriveFont(Font.ITALIC));
            if (!selected) {
                setBackground(table.getBackground());
                setForeground(ScoreFormat.undefined());
            }
        }
        return this;
    }
}
