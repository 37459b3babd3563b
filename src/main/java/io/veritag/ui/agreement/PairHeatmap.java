package io.veritag.ui.agreement;

import io.veritag.agreement.AgreementReport;
import io.veritag.agreement.AnnotatorPair;
import io.veritag.agreement.Score;
import io.veritag.ui.kit.ThemeColours;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Point;
import java.awt.RenderingHints;
import java.awt.event.MouseEvent;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.JComponent;
import javax.swing.UIManager;

/**
 * Annotator × annotator grid of Cohen's kappa, coloured from the theme's disagree to agree colours; click a
 * cell to see why. The name column and the cells are as wide as the longest name (within limits), so names
 * neither overlap nor get cut; a name too long for the limit ends in "…" and the tooltip has it whole.
 */
final class PairHeatmap extends JComponent {
    // at 100 %; grown with the UI scale like the font, so a zoomed window cuts no more names than at 100 %
    private static final int MIN_CELL = com.formdev.flatlaf.util.UIScale.scale(58);
    private static final int MAX_NAME = com.formdev.flatlaf.util.UIScale.scale(150);

    private List<String> annotators = List.of();
    private AgreementReport report;

    PairHeatmap(Consumer<AnnotatorPair> onPair) {
        setName("pairHeatmap");
        setToolTipText("");
        io.veritag.ui.kit.Clicks.onClick(this, this::pairAt, onPair); // a pixel's move between press and release still opens
    }

    void show(AgreementReport report) {
        this.report = report;
        this.annotators = report.annotators();
        revalidate();
        repaint();
    }

    private FontMetrics metrics() {
        return getFontMetrics(getFont() != null ? getFont() : UIManager.getFont("Label.font"));
    }

    private int nameWidth() {
        FontMetrics fm = metrics();
        int widest = annotators.stream().mapToInt(fm::stringWidth).max().orElse(40);
        return Math.min(MAX_NAME, widest);
    }

    /** Width of the row-name column. */
    private int left() {
        return nameWidth() + 16;
    }

    /** Height of the column-name row. */
    private int top() {
        return metrics().getHeight() + 12;
    }

    private int cell() {
        return Math.max(MIN_CELL, nameWidth() + 10);
    }

    @Override
    public Dimension getPreferredSize() {
        int n = Math.max(2, annotators.size());
        return new Dimension(left() + n * cell() + 12, top() + n * Math.max(MIN_CELL, metrics().getHeight() * 2) + 12);
    }

    private int rowHeight() {
        return Math.max(MIN_CELL, metrics().getHeight() * 2);
    }

    /** Screen centre of the cell of annotators i (row) and j (column), for tests. */
    Point cellCentre(int i, int j) {
        return new Point(left() + j * cell() + cell() / 2, top() + i * rowHeight() + rowHeight() / 2);
    }

    private AnnotatorPair pairAt(Point p) {
        if (p.x < left() || p.y < top()) {
            return null;
        }
        int j = (p.x - left()) / cell();
        int i = (p.y - top()) / rowHeight();
        if (i >= annotators.size() || j >= annotators.size() || i == j) {
            return null;
        }
        int a = Math.min(i, j);
        int b = Math.max(i, j);
        return new AnnotatorPair(a, b, annotators.get(a), annotators.get(b));
    }

    /** The whole name of the row or column name under {@code p}, or null when none is there. */
    String nameAt(Point p) {
        int index = -1;
        if (p.x < left() && p.y >= top()) {
            index = (p.y - top()) / rowHeight();
        } else if (p.y < top() && p.x >= left()) {
            index = (p.x - left()) / cell();
        }
        return index >= 0 && index < annotators.size() ? annotators.get(index) : null;
    }

    @Override
    public String getToolTipText(MouseEvent e) {
        String name = nameAt(e.getPoint());
        if (name != null) {
            return name; // shortened with "…" in the grid when long: whole here
        }
        AnnotatorPair pair = pairAt(e.getPoint());
        if (pair == null || report == null) {
            return null;
        }
        return pair.first() + " vs " + pair.second() + "\nCohen's kappa: "
                + ScoreFormat.text(report.tokenLevel().cohenKappaPairs().get(pair.key())) + "\nPercent agreement: "
                + ScoreFormat.text(report.tokenLevel().percentAgreementPairs().get(pair.key()))
                + "\nClick to see the disputed text"; // plain text: names are data
    }

    /** {@code name}, shortened with "…" to fit {@code width} pixels. */
    static String fit(String name, FontMetrics fm, int width) {
        if (fm.stringWidth(name) <= width) {
            return name;
        }
        String shorter = name;
        while (!shorter.isEmpty() && fm.stringWidth(shorter + "…") > width) {
            shorter = shorter.substring(0, shorter.offsetByCodePoints(shorter.length(), -1));
        }
        return shorter + "…";
    }

    @Override
    protected void paintComponent(Graphics g0) {
        Graphics2D g = (Graphics2D) g0.create();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(getFont() != null ? getFont() : UIManager.getFont("Label.font"));
        FontMetrics fm = g.getFontMetrics();
        Color text = UIManager.getColor("Label.foreground");
        Color onScore = ScoreFormat.textOnScore();
        int left = left();
        int top = top();
        int cell = cell();
        int row = rowHeight();
        int nameWidth = nameWidth();
        for (int i = 0; i < annotators.size(); i++) {
            String name = fit(annotators.get(i), fm, nameWidth);
            g.setColor(text);
            g.drawString(name, left - 8 - fm.stringWidth(name), top + i * row + row / 2 + fm.getAscent() / 2 - 2);
            g.drawString(name, left + i * cell + (cell - fm.stringWidth(name)) / 2, top - 8);
            for (int j = 0; j < annotators.size(); j++) {
                int x = left + j * cell;
                int y = top + i * row;
                String value;
                Color fill;
                if (i == j) {
                    fill = ThemeColours.get("Veritag.heatmap.diagonal");
                    value = "";
                } else {
                    Score s = report.tokenLevel().cohenKappaPairs()
                            .get(io.veritag.agreement.AnnotatorPair.key(annotators.get(Math.min(i, j)), annotators.get(Math.max(i, j))));
                    fill = s.isDefined() ? ScoreFormat.colour(s.value()) : ThemeColours.get("Veritag.score.undefinedBackground");
                    value = s.isDefined() ? String.format(java.util.Locale.ROOT, "%.2f", s.value()) : "undef.";
                }
                g.setColor(fill);
                g.fillRoundRect(x + 1, y + 1, cell - 3, row - 3, 6, 6);
                g.setColor(onScore);
                g.drawString(value, x + (cell - fm.stringWidth(value)) / 2, y + row / 2 + fm.getAscent() / 2 - 2);
            }
        }
        g.dispose();
    }
}
