package io.veritag.bench;

import java.awt.BorderLayout;
import javax.swing.JFrame;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;

/**
 * The floor under Veritag's start-up on a machine: the smallest window of the same kind (FlatLaf, a menu bar and
 * a table), started on the desktop image's runtime with its class-data archive. {@link StartupBenchmark} times it
 * like the program ({@code -p launcher=MINIMAL_WINDOW}); whatever Veritag's start takes beyond it is Veritag's own.
 */
public final class MinimalWindow {
    private MinimalWindow() {
    }

    public static void main(String[] args) {
        System.setProperty("flatlaf.useWindowDecorations", "false"); // as the program does, before AWT starts
        com.formdev.flatlaf.FlatLightLaf.setup();
        SwingUtilities.invokeLater(() -> {
            JFrame frame = new JFrame("Veritag");
            frame.setDefaultCloseOperation(WindowConstants.EXIT_ON_CLOSE);
            JMenuBar menus = new JMenuBar();
            for (String name : new String[] {"File", "Edit", "Span", "Article", "View", "Review", "Suggest", "Help"}) {
                menus.add(new JMenu(name));
            }
            frame.setJMenuBar(menus);
            frame.add(new JScrollPane(new JTable(20, 4)), BorderLayout.WEST);
            frame.setSize(1100, 700);
            frame.setVisible(true);
        });
    }
}
