package io.veritag.ui;

import io.veritag.ui.kit.InertText;
import static org.assertj.core.api.Assertions.assertThat;

import com.formdev.flatlaf.FlatLightLaf;
import java.awt.image.BufferedImage;
import javax.swing.JLabel;
import javax.swing.JTable;
import javax.swing.JToolTip;
import javax.swing.plaf.basic.BasicHTML;
import javax.swing.table.DefaultTableCellRenderer;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The guard marks components before their text is rendered: no HTML view is ever built for data. */
class InertTextTest {
    private static final String HOSTILE = "<html><h1 style='color:red'>FAKE";

    @BeforeAll
    static void install() {
        GuiActionRunner.execute(() -> {
            Theme.install(false);
            InertText.install();
        });
    }

    @Test
    void labelsRenderersAndTooltipsBuiltAfterInstallShowHtmlAsText() {
        GuiActionRunner.execute(() -> {
            JLabel label = new JLabel(HOSTILE);
            assertThat(label.getClientProperty(BasicHTML.propertyKey)).as("label HTML view").isNull();
            label.setText("<html><b>later</b>");
            assertThat(label.getClientProperty(BasicHTML.propertyKey)).as("after setText").isNull();

            JTable table = new JTable(new Object[][] {{HOSTILE}}, new Object[] {"<html><i>col"});
            java.awt.Component cell = table.prepareRenderer(table.getCellRenderer(0, 0), 0, 0);
            assertThat(((JLabel) cell).getClientProperty(BasicHTML.propertyKey)).as("cell renderer").isNull();

            JToolTip tip = label.createToolTip();
            tip.setTipText(HOSTILE);
            assertThat(tip.getClientProperty(BasicHTML.propertyKey)).as("tooltip").isNull();

            JLabel trusted = InertText.allowHtml(new JLabel("<html><b>ours</b></html>"));
            assertThat(trusted.getClientProperty(BasicHTML.propertyKey)).as("allowHtml label").isNotNull();
            FlatLightLaf.setup();
            javax.swing.SwingUtilities.updateComponentTreeUI(trusted);
            javax.swing.SwingUtilities.updateComponentTreeUI(label);
            assertThat(trusted.getClientProperty(BasicHTML.propertyKey)).as("allowHtml label after theme change").isNotNull();
            assertThat(label.getClientProperty(BasicHTML.propertyKey)).as("data label after theme change").isNull();
            new DefaultTableCellRenderer();
            BufferedImage image = new BufferedImage(100, 100, BufferedImage.TYPE_INT_RGB);
            label.setSize(100, 20);
            label.paint(image.getGraphics());
        });
    }

    @Test
    void optionPaneMessagesAndTitledBordersAreText() throws Exception {
        try (HostileViews views = new HostileViews()) {
            String img = "<html><img src=http://127.0.0.1:" + views.port() + "/x>";
            javax.swing.JDialog dialog = GuiActionRunner.execute(() -> {
                javax.swing.JPanel panel = new javax.swing.JPanel();
                panel.setBorder(javax.swing.BorderFactory.createTitledBorder(img + " border"));
                javax.swing.JOptionPane pane = new javax.swing.JOptionPane(new Object[] {img + " message", panel},
                        javax.swing.JOptionPane.WARNING_MESSAGE);
                javax.swing.JDialog d = pane.createDialog(null, img);
                d.pack();
                return d;
            });
            views.assertInert(dialog);
            assertThat(views.shownTexts()).contains(img + " message");
            views.assertNoRequest();
            GuiActionRunner.execute(dialog::dispose);
        }
    }
}
