package io.veritag.ui;

import static java.awt.event.InputEvent.CTRL_DOWN_MASK;
import static java.awt.event.InputEvent.SHIFT_DOWN_MASK;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.event.KeyEvent;
import java.awt.event.WindowEvent;
import javax.swing.BorderFactory;
import javax.swing.JCheckBoxMenuItem;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JPanel;
import javax.swing.JSplitPane;
import javax.swing.KeyStroke;
import javax.swing.UIManager;

/**
 * What the workbench window shows while its database opens: the menu bar, the article list's place saying the
 * articles are loading, and the status bar. Only what works without the database can be used: Quit, the dark
 * theme, the user guide and the keyboard shortcuts. The other menus are there, disabled, so that nothing moves
 * when the workbench takes their place ({@link WorkbenchFrame#attach}). Made of the components the workbench
 * is made of, and nothing that needs the database, so it costs start-up almost nothing.
 */
final class OpeningView {
    static final String LOADING = "Loading the articles…";
    static final String OPENING = "Opening the database…";

    private OpeningView() {
    }

    /** Fills {@code frame}; {@code painted} runs on the EDT after the view has first been painted on screen. */
    static void install(JFrame frame, WorkbenchPrefs prefs, Runnable painted) {
        frame.setJMenuBar(menus(frame, prefs));
        JPanel list = new JPanel(new BorderLayout()) {
            private boolean paintedOnce;

            @Override
            protected void paintComponent(java.awt.Graphics g) {
                super.paintComponent(g);
                if (!paintedOnce) {
                    paintedOnce = true;
                    javax.swing.SwingUtilities.invokeLater(painted); // after the rest of this paint
                }
            }
        };
        list.setBorder(BorderFactory.createEmptyBorder(8, 8, 8, 4));
        JLabel loading = new JLabel(LOADING);
        loading.setName("articlesLoading");
        list.add(loading, BorderLayout.NORTH);
        JSplitPane main = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, list, new JPanel());
        main.setBorder(null);
        prefs.layout("workbench").split(main, "articles", 380); // where the workbench's list will be
        JPanel status = new JPanel(new FlowLayout(FlowLayout.LEFT, 10, 3));
        status.setBorder(BorderFactory.createMatteBorder(1, 0, 0, 0, UIManager.getColor("Component.borderColor")));
        JLabel opening = new JLabel(OPENING);
        opening.setName("statusOpening");
        status.add(opening);
        frame.getContentPane().add(main, BorderLayout.CENTER);
        frame.getContentPane().add(status, BorderLayout.SOUTH);
    }

    /** The workbench's menus in its order; what needs the database is disabled (the workbench replaces them all). */
    private static JMenuBar menus(JFrame frame, WorkbenchPrefs prefs) {
        JMenuBar bar = new JMenuBar();
        JMenu file = menu("File", KeyEvent.VK_F);
        JMenuItem quit = new JMenuItem("Quit");
        quit.setName("openingQuit");
        quit.setAccelerator(KeyStroke.getKeyStroke(KeyEvent.VK_Q, CTRL_DOWN_MASK));
        quit.addActionListener(e -> frame.dispatchEvent(new WindowEvent(frame, WindowEvent.WINDOW_CLOSING)));
        file.add(quit);
        bar.add(file);
        bar.add(disabled("Edit"));
        bar.add(disabled("Span"));
        bar.add(disabled("Article"));
        JMenu view = menu("View", KeyEvent.VK_V);
        JCheckBoxMenuItem dark = new JCheckBoxMenuItem("Dark theme", Theme.isDark());
        dark.setName("openingDarkTheme");
        dark.setAccelerator(KeyStroke.getKeyStroke(KeyEvent.VK_L, CTRL_DOWN_MASK | SHIFT_DOWN_MASK));
        dark.addActionListener(e -> {
            boolean toDark = !Theme.isDark();
            Theme.switchTo(toDark);
            prefs.setDark(toDark);
            dark.setSelected(toDark);
        });
        view.add(dark);
        bar.add(view);
        bar.add(disabled("Review"));
        bar.add(disabled("Suggest"));
        bar.add(help(frame));
        return bar;
    }

    /** The user guide and the keyboard shortcuts (also on ?): read from the program itself, no database needed. */
    private static JMenu help(JFrame frame) {
        JMenu help = menu("Help", KeyEvent.VK_H);
        HelpMenu.addGuideAndShortcuts(help, frame);
        return help;
    }

    private static JMenu disabled(String text) {
        JMenu menu = new JMenu(text);
        menu.setEnabled(false);
        return menu;
    }

    private static JMenu menu(String text, int mnemonic) {
        JMenu menu = new JMenu(text);
        menu.setMnemonic(mnemonic);
        return menu;
    }
}
