package io.veritag.ui.kit;

import java.awt.Dimension;
import javax.swing.JToolTip;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;

/**
 * A chart panel that follows the theme and shows data as data: {@code applyTheme} runs once now and again on every
 * theme switch (a chart's colours are its own, Swing does not repaint them), and its tooltips never read HTML.
 * No save, print or zoom menu: the charts here are read, not edited.
 */
public final class ThemedChartPanel extends ChartPanel {
    private final transient Runnable applyTheme;

    public ThemedChartPanel(JFreeChart chart, String name, Dimension preferred, boolean tooltips, Runnable applyTheme) {
        super(chart, false, false, false, false, tooltips);
        this.applyTheme = applyTheme;
        setName(name);
        setPreferredSize(preferred);
        setMinimumDrawWidth(200);
        setMinimumDrawHeight(120);
        applyTheme.run();
    }

    @Override
    public void updateUI() {
        super.updateUI();
        if (applyTheme != null) { // null while the super constructor installs the first look
            applyTheme.run();
        }
    }

    @Override
    public JToolTip createToolTip() {
        JToolTip tip = super.createToolTip();
        tip.putClientProperty(InertText.HTML_DISABLE, Boolean.TRUE); // names and texts in a chart are data
        return tip;
    }
}
