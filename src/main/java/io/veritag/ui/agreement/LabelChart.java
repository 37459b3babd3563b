package io.veritag.ui.agreement;

import io.veritag.agreement.AgreementReport;
import io.veritag.agreement.Score;
import io.veritag.agreement.SpanScores;
import java.util.ArrayList;
import java.util.List;
import io.veritag.ui.kit.ChartTheme;
import io.veritag.ui.kit.ThemeColours;
import io.veritag.ui.kit.ThemedChartPanel;
import java.awt.Font;
import javax.swing.UIManager;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;

/** Per label: alpha_u and the span F1 (exact and overlap, mean over pairs). Undefined values get no bar and a note. */
final class LabelChart {
    static final String ALPHA_U = "alpha_u";
    static final String EXACT = "span F1 exact (mean of pairs)";
    static final String OVERLAP = "span F1 overlap (mean of pairs)";

    private final DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    private final JFreeChart chart;
    private final ChartPanel panel;
    private final TextTitle note = new TextTitle("");

    LabelChart() {
        chart = new JFreeChart(null, null, new CategoryPlot(dataset, new org.jfree.chart.axis.CategoryAxis(),
                new NumberAxis("agreement"), new BarRenderer()), true);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setOrientation(PlotOrientation.VERTICAL);
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setItemMargin(0.05);
        chart.addSubtitle(note);
        chart.setTitle(new TextTitle("Per label"));
        panel = new ThemedChartPanel(chart, "labelChart", new java.awt.Dimension(420, 260), false, this::applyTheme);
    }

    /** Background, text, grid and series colours and the fonts, from the current theme. */
    private void applyTheme() {
        CategoryPlot plot = chart.getCategoryPlot();
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        String[] seriesKeys = {"Veritag.chart.series0", "Veritag.chart.series1", "Veritag.chart.series2"};
        for (int series = 0; series < seriesKeys.length; series++) {
            renderer.setSeriesPaint(series, ThemeColours.get(seriesKeys[series]));
        }
        plot.setRangeGridlinePaint(ChartTheme.apply(chart, plot, plot.getDomainAxis(), plot.getRangeAxis()));
        Font font = UIManager.getFont("Label.font");
        note.setFont(font.deriveFont(font.getSize2D() - 1));
        note.setPaint(ThemeColours.get(ThemeColours.UNDEFINED));
    }

    ChartPanel component() {
        return panel;
    }

    DefaultCategoryDataset dataset() {
        return dataset;
    }

    void show(AgreementReport report) {
        dataset.clear();
        List<String> undefined = new ArrayList<>();
        double min = 0;
        for (String label : report.labels()) {
            Score alpha = report.unitizing().alphaUPerLabel().get(label);
            List<Score> exact = new ArrayList<>();
            List<Score> overlap = new ArrayList<>();
            for (SpanScores s : report.spanLevel().values()) {
                exact.add(s.perLabel().get(label).exact().f1());
                overlap.add(s.perLabel().get(label).overlap().f1());
            }
            min = Math.min(min, add(ALPHA_U, label, alpha, undefined));
            min = Math.min(min, add(EXACT, label, ScoreFormat.mean(exact, "F1"), undefined));
            min = Math.min(min, add(OVERLAP, label, ScoreFormat.mean(overlap, "F1"), undefined));
        }
        NumberAxis axis = (NumberAxis) chart.getCategoryPlot().getRangeAxis();
        axis.setRange(Math.min(0, Math.floor(min * 2) / 2), 1.0);
        note.setText(undefined.isEmpty() ? "" : "no bar = undefined: " + String.join("; ", undefined));
    }

    private double add(String series, String label, Score score, List<String> undefined) {
        if (score.isDefined()) {
            dataset.addValue(score.value(), series, label);
            return score.value();
        }
        dataset.addValue(null, series, label);
        if (series.equals(ALPHA_U)) {
            undefined.add(label + " alpha_u (" + score.undefinedReason() + ")");
        }
        return 0;
    }
}
