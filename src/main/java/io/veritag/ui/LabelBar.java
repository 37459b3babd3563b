package io.veritag.ui;

import io.veritag.model.Label;
import java.awt.Color;
import java.awt.Component;
import java.awt.FlowLayout;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.BasicStroke;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.swing.BorderFactory;
import javax.swing.Icon;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JToggleButton;

/**
 * The toolbar above the text: one button per label (its colour and key: the legend of the fills), the snap
 * and show-others toggles, and a legend of how overlaps and the other annotators' spans are drawn.
 */
final class LabelBar extends JPanel {
    private final LabelingModel model;
    private final JPanel othersLegend = new JPanel(new FlowLayout(FlowLayout.LEFT, 6, 0));

    LabelBar(LabelingModel model, WorkbenchActions actions, LabelColours colours) {
        super(new FlowLayout(FlowLayout.LEFT, 6, 4));
        this.model = model;
        setBorder(BorderFactory.createEmptyBorder(4, 4, 0, 4));
        for (Label label : model.labels()) {
            JButton button = new JButton(actions.labelAction(label.name()));
            button.setName("label-" + label.name());
            button.setText(label.shortcutKey() + "  " + label.name());
            button.setIcon(new SwatchIcon(colours.colour(label.name()), 12));
            button.setFocusable(false);
            add(button);
        }
        add(javax.swing.Box.createHorizontalStrut(12));
        JToggleButton snap = new JToggleButton(actions.snapToWords);
        snap.setName("snapToggle");
        snap.setFocusable(false);
        add(snap);
        JToggleButton others = new JToggleButton(actions.showOthers);
        others.setName("showOthersToggle");
        others.setFocusable(false);
        add(others);
        JLabel hint = new JLabel("overlap");
        hint.setToolTipText("Overlapping spans: fills add up, one underline per layer");
        hint.setIcon(new OverlapIcon(colours, model.labels()));
        hint.putClientProperty("FlatLaf.styleClass", "small muted");
        add(hint);
        othersLegend.setOpaque(false);
        add(othersLegend);
        model.addListener(aspect -> {
            if (aspect == LabelingModel.Aspect.OTHERS || aspect == LabelingModel.Aspect.ARTICLE) {
                refreshOthersLegend();
            }
        });
    }

    /** "ben ‐ ‐ ‐  carla · · ·": which dash pattern is whose, shown only while the others are shown. */
    private void refreshOthersLegend() {
        othersLegend.removeAll();
        Map<Long, String> who = new TreeMap<>();
        for (var s : model.others()) {
            who.put(s.annotatorId(), model.annotatorName(s.annotatorId()));
        }
        int index = 0;
        for (String name : who.values()) {
            JLabel l = new JLabel(name);
            l.setName("othersLegend-" + name);
            l.setIcon(new DashIcon(index++));
            othersLegend.add(l);
        }
        othersLegend.revalidate();
        othersLegend.repaint();
    }

    /** A dashed line in the text colour: an annotator's pattern in the legend. */
    private static final class DashIcon implements Icon {
        private final int index;

        DashIcon(int index) {
            this.index = index;
        }

        @Override
        public void paintIcon(Component c, Graphics g, int x, int y) {
            Graphics2D g2 = (Graphics2D) g.create();
            g2.setColor(c.getForeground());
            g2.setStroke(SpanPainter.othersStroke(index));
            g2.drawLine(x, y + 6, x + 26, y + 6);
            g2.dispose();
        }

        @Override
        public int getIconWidth() {
            return 28;
        }

        @Override
        public int getIconHeight() {
            return 12;
        }
    }

    /** Two overlapping fills with two underlines, as overlapping spans are drawn in the text. */
    private static final class OverlapIcon implements Icon {
        private final List<Color> colours = new ArrayList<>();

        OverlapIcon(LabelColours labelColours, List<Label> labels) {
            for (Label l : labels) {
                colours.add(labelColours.colour(l.name()));
            }
            while (colours.size() < 2) {
                colours.add(Color.GRAY);
            }
        }

        @Override
        public void paintIcon(Component c, Graphics g, int x, int y) {
            Color a = colours.get(0);
            Color b = colours.get(1);
            g.setColor(new Color(a.getRed(), a.getGreen(), a.getBlue(), 70));
            g.fillRect(x, y, 20, 12);
            g.setColor(new Color(b.getRed(), b.getGreen(), b.getBlue(), 70));
            g.fillRect(x + 10, y, 20, 12);
            g.setColor(a);
            g.fillRect(x, y + 10, 20, 2);
            g.setColor(b);
            g.fillRect(x + 10, y + 7, 20, 2);
        }

        @Override
        public int getIconWidth() {
            return 30;
        }

        @Override
        public int getIconHeight() {
            return 12;
        }
    }
}
