package io.veritag.ui.kit;

import java.awt.Color;
import java.awt.Font;
import javax.swing.UIManager;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.title.LegendTitle;

/** The current theme's colours and fonts on a JFreeChart: backgrounds, axes, legend and title (not its series). */
public final class ChartTheme {
    private ChartTheme() {
    }

    /** Themes {@code chart}, its {@code plot} and the plot's {@code axes}; returns the grid colour for gridlines. */
    public static Color apply(JFreeChart chart, Plot plot, Axis... axes) {
        Color text = ThemeColours.get("Veritag.chart.foreground");
        Color grid = ThemeColours.get("Veritag.chart.grid");
        Font font = UIManager.getFont("Label.font");
        chart.setBackgroundPaint(UIManager.getColor("Panel.background"));
        plot.setBackgroundPaint(ThemeColours.get("Veritag.chart.background"));
        plot.setOutlinePaint(grid);
        for (Axis axis : axes) {
            axis.setLabelPaint(text);
            axis.setTickLabelPaint(text);
            axis.setAxisLinePaint(grid);
            axis.setTickMarkPaint(grid);
            axis.setLabelFont(font);
            axis.setTickLabelFont(font.deriveFont(font.getSize2D() - 1));
        }
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setBackgroundPaint(UIManager.getColor("Panel.background"));
            legend.setItemPaint(text);
            legend.setItemFont(font);
        }
        chart.getTitle().setPaint(text);
        chart.getTitle().setFont(font.deriveFont(Font.BOLD, font.getSize2D() + 1));
        return grid;
    }
}
