package io.veritag.ui;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Container;
import java.awt.Graphics2D;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.awt.image.BufferedImage;
import javax.swing.JButton;
import javax.swing.JCheckBoxMenuItem;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.JToggleButton;
import javax.swing.KeyStroke;
import javax.swing.table.DefaultTableModel;

/**
 * Start-up's use of the time the database takes to open: the kinds of components the workbench is made of
 * (menus with accelerators, a sortable table, the article text with its own text UI, split panes, buttons, a
 * field), laid out and painted once into an image and dropped. Their classes, look-and-feel delegates, fonts
 * and glyphs are then ready when the real window is built, which happens only once the first query has
 * returned. Nothing is shown and nothing is kept. Call on the EDT, after the look and feel is installed.
 */
final class SwingWarmUp {
    private static final int WIDTH = 1280;
    private static final int HEIGHT = 800;

    private SwingWarmUp() {
    }

    static void paintOnce() {
        JPanel window = new JPanel(new BorderLayout());
        window.add(menus(), BorderLayout.NORTH);
        JTable table = new JTable(new DefaultTableModel(new Object[][] {
                {"Kherson: troops leave the west bank", "done", 12},
                {"Officials deny the pullout is a retreat", "", 3}}, new Object[] {"Title", "Status", "Spans"}));
        table.setAutoCreateRowSorter(true);
        ArticleTextArea text = new ArticleTextArea();
        text.setText("Russia ordered its troops to leave the west bank of the Dnipro, officials said on Wednesday. "
                + "The withdrawal could take a week; Ukraine doubts the retreat is real. «Ça» — 42 km, 5 000 people.");
        JPanel right = new JPanel(new BorderLayout());
        JPanel labels = new JPanel();
        labels.add(new JToggleButton("Claim"));
        labels.add(new JButton("Denial"));
        labels.add(new JLabel("Speculation"));
        labels.add(new JTextField("find", 12));
        labels.add(new JComboBox<>(new String[] {"all", "done"}));
        right.add(labels, BorderLayout.NORTH);
        right.add(new JSplitPane(JSplitPane.VERTICAL_SPLIT, new JScrollPane(text), new JScrollPane(new JTable(2, 3))),
                BorderLayout.CENTER);
        window.add(new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, new JScrollPane(table), right), BorderLayout.CENTER);
        window.add(new JLabel("Saved"), BorderLayout.SOUTH);

        window.setSize(WIDTH, HEIGHT);
        layOut(window);
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        try {
            window.paint(graphics);
        } finally {
            graphics.dispose();
        }
    }

    private static JMenuBar menus() {
        JMenuBar bar = new JMenuBar();
        JMenu file = new JMenu("File");
        file.setMnemonic(KeyEvent.VK_F);
        JMenuItem open = new JMenuItem("Open…");
        open.setAccelerator(KeyStroke.getKeyStroke(KeyEvent.VK_O, InputEvent.CTRL_DOWN_MASK | InputEvent.SHIFT_DOWN_MASK));
        file.add(open);
        file.addSeparator();
        file.add(new JCheckBoxMenuItem("Show others", true));
        bar.add(file);
        bar.add(new JMenu("View"));
        return bar;
    }

    /** Lays out every container of a tree that has no window (and so is never validated by one). */
    private static void layOut(Container container) {
        container.doLayout();
        for (Component child : container.getComponents()) {
            if (child instanceof Container inner) {
                layOut(inner);
            }
        }
    }
}
