package io.veritag.ui.kit;

import static org.assertj.core.api.Assertions.assertThat;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.FlatLightLaf;
import java.awt.Color;
import java.awt.Dimension;
import javax.swing.SwingUtilities;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A chart follows a theme switch like the rest of the window, and its tooltips show names and texts as typed. */
class ThemedChartPanelTest {

    @AfterEach
    void lightAgain() throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            FlatLightLaf.setup();
            FlatLaf.updateUI();
        });
    }

    @Test
    void aThemeSwitchPaintsTheChartInTheNewThemesColours() throws Exception {
        Color[] backgrounds = new Color[2];
        SwingUtilities.invokeAndWait(() -> {
            FlatLaf.registerCustomDefaultsSource("io.veritag.ui.themes");
            FlatLightLaf.setup();
            CategoryPlot plot = new CategoryPlot(new DefaultCategoryDataset(), new CategoryAxis(), new NumberAxis("x"),
                    new BarRenderer());
            JFreeChart chart = new JFreeChart("t", plot);
            ThemedChartPanel panel = new ThemedChartPanel(chart, "chart", new Dimension(300, 200), true,
                    () -> ChartTheme.apply(chart, plot, plot.getDomainAxis(), plot.getRangeAxis()));
            backgrounds[0] = (Color) plot.getBackgroundPaint();
            FlatDarkLaf.setup();
            SwingUtilities.updateComponentTreeUI(panel);
            backgrounds[1] = (Color) plot.getBackgroundPaint();
            assertThat(panel.createToolTip().getClientProperty(InertText.HTML_DISABLE)).isEqualTo(Boolean.TRUE);
            assertThat(panel.getName()).isEqualTo("chart");
        });
        assertThat(backgrounds[0]).isEqualTo(Color.decode("#ffffff"));
        assertThat(backgrounds[1]).isEqualTo(Color.decode("#2b2d30"));
    }
}
