package io.veritag.ui.agreement;

import io.veritag.agreement.AgreementReport;
import io.veritag.agreement.AnnotatorPair;
import io.veritag.agreement.Score;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Point;
import java.awt.RenderingHints;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.JComponent;
import javax.swing.UIManager;

/** Annotator × annotator grid of Cohen's kappa, coloured red (disagree) to green (agree); click a cell to see why. */
final class PairHeatmap extends JComponent {
    private static final int LABEL = 90;
    private static final int CELL = 58;

    private List<String> annotators = List.of();
    private AgreementReport report;
    private final Consumer<AnnotatorPair> onPair;

    PairHeatmap(Consumer<AnnotatorPair> onPair) {
        this.onPair = onPair;
        setName("pairHeatmap");
        setToolTipText("");
        addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                AnnotatorPair pair = pairAt(e.getPoint());
                if (pair != null) {
                    onPair.accept(pair);
                }
            }
        });
    }

    void show(AgreementReport report) {
        this.report = report;
        this.annotators = report.annotators();
        revalidate();
        repaint();
    }

    @Override
    public Dimension getPreferredSize() {
        int n = Math.max(2, annotators.size());
        return new Dimension(LABEL + n * CELL + 12, LABEL / 2 + n * CELL + 12);
    }

    /** Screen centre of the cell of annotators i (row) and j (column), for tests. */
    Point cellCentre(int i, int j) {
        return new Point(LABEL + j * CELL + CELL / 2, LABEL / 2 + i * CELL + CELL / 2);
    }

    private AnnotatorPair pairAt(Point p) {
        int j = (p.x - LABEL) / CELL;
        int i = (p.y - LABEL / 2) / CELL;
        if (p.x < LABEL || p.y < LABEL / 2 || i >= annotators.size() || j >= annotators.size() || i == j) {
            return null;
        }
        int a = Math.min(i, j);
        int b = Math.max(i, j);
        return new AnnotatorPair(a, b, annotators.get(a), annotators.get(b));
    }

    @Override
    public String getToolTipText(MouseEvent e) {
        AnnotatorPair pair = pairAt(e.getPoint());
        if (pair == null || report == null) {
            return null;
        }
        return pair.first() + " vs " + pair.second() + "\nCohen's kappa: "
                + ScoreFormat.text(report.tokenLevel().cohenKappaPairs().get(pair.key())) + "\nPercent agreement: "
                + ScoreFormat.text(report.tokenLevel().percentAgreementPairs().get(pair.key()))
                + "\nClick to see the disputed text"; // plain text: names are data
    }

    @Override
    protected void paintComponent(Graphics g0) {
        Graphics2D g = (Graphics2D) g0.create();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        FontMetrics fm = g.getFontMetrics();
        Color text = UIManager.getColor("Label.foreground");
        int top = LABEL / 2;
        for (int i = 0; i < annotators.size(); i++) {
            String name = annotators.get(i);
            g.setColor(text);
            g.drawString(name, LABEL - 8 - fm.stringWidth(name), top + i * CELL + CELL / 2 + fm.getAscent() / 2 - 2);
            g.drawString(name, LABEL + i * CELL + (CELL - fm.stringWidth(name)) / 2, top - 8);
            for (int j = 0; j < annotators.size(); j++) {
                int x = LABEL + j * CELL;
                int y = top + i * CELL;
                String value;
                Color fill;
                if (i == j) {
                    fill = UIManager.getColor("Panel.background").darker();
                    value = "";
                } else {
                    Score s = report.tokenLevel().cohenKappaPairs()
                            .get(io.veritag.agreement.AnnotatorPair.key(annotators.get(Math.min(i, j)), annotators.get(Math.max(i, j))));
                    fill = s.isDefined() ? ScoreFormat.colour(s.value()) : new Color(0xE5E7EB);
                    value = s.isDefined() ? String.format(java.util.Locale.ROOT, "%.2f", s.value()) : "undef.";
                }
                g.setColor(fill);
                g.fillRoundRect(x + 1, y + 1, CELL - 3, CELL - 3, 6, 6);
                g.setColor(Color.DARK_GRAY);
                g.drawString(value, x + (CELL - fm.stringWidth(value)) / 2, y + CELL / 2 + fm.getAscent() / 2 - 2);
            }
        }
        g.dispose();
    }
}
