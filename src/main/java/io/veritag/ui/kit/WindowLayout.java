package io.veritag.ui.kit;

import com.formdev.flatlaf.util.UIScale;
import java.awt.Dimension;
import java.awt.Frame;
import java.awt.GraphicsConfiguration;
import java.awt.GraphicsDevice;
import java.awt.GraphicsEnvironment;
import java.awt.Insets;
import java.awt.Rectangle;
import java.awt.Toolkit;
import java.awt.Window;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javax.swing.JFrame;
import javax.swing.JSplitPane;
import javax.swing.JTable;
import javax.swing.event.ChangeEvent;
import javax.swing.event.ListSelectionEvent;
import javax.swing.event.TableColumnModelEvent;
import javax.swing.event.TableColumnModelListener;
import javax.swing.table.TableColumn;

/**
 * Remembers one window's layout for the user between runs (java.util.prefs): its size, place and maximised
 * state, the positions of its split panes and the widths of its table columns. Each part is put back when it
 * is registered and written whenever the user changes it. A remembered place that is no longer on any screen,
 * or a size bigger than the screen, is not used: the window then opens at its default, shrunk to fit.
 */
public final class WindowLayout {
    private final Preferences node;

    public WindowLayout(Preferences node) {
        this.node = node;
    }

    /**
     * Puts the window at its remembered size and place (or {@code defaultSize}, centred on {@code relativeTo},
     * both made to fit the screen) and remembers every later move and resize.
     */
    public void window(Window window, Dimension defaultSize, java.awt.Component relativeTo) {
        Rectangle usable = usableScreen(window);
        Rectangle saved = new Rectangle(node.getInt("x", Integer.MIN_VALUE), node.getInt("y", Integer.MIN_VALUE),
                node.getInt("width", -1), node.getInt("height", -1));
        if (saved.width > 0 && saved.height > 0 && onSomeScreen(saved)) {
            saved.width = Math.min(saved.width, usable.width);
            saved.height = Math.min(saved.height, usable.height);
            window.setBounds(saved);
        } else {
            window.setSize(fit(scaled(defaultSize), usable));
            window.setLocationRelativeTo(relativeTo);
            Rectangle b = window.getBounds();
            window.setLocation(Math.max(usable.x, Math.min(b.x, usable.x + usable.width - b.width)),
                    Math.max(usable.y, Math.min(b.y, usable.y + usable.height - b.height)));
        }
        if (window instanceof JFrame frame && node.getBoolean("maximized", false)) {
            frame.setExtendedState(frame.getExtendedState() | Frame.MAXIMIZED_BOTH);
        }
        window.addComponentListener(new ComponentAdapter() {
            @Override
            public void componentResized(ComponentEvent e) {
                saveBounds(window);
            }

            @Override
            public void componentMoved(ComponentEvent e) {
                saveBounds(window);
            }
        });
        if (window instanceof JFrame frame) {
            frame.addWindowStateListener(e -> {
                node.putBoolean("maximized", (e.getNewState() & Frame.MAXIMIZED_BOTH) == Frame.MAXIMIZED_BOTH);
                flush();
            });
        }
    }

    /**
     * A default size given at 100 % grown with the UI scale ({@code flatlaf.uiScale}, or the font size the
     * desktop asks for): at 150 % a window opens one and a half times as big, so its contents are not cramped.
     */
    public static Dimension scaled(Dimension size) {
        return new Dimension(UIScale.scale(size.width), UIScale.scale(size.height));
    }

    /** {@code size}, no bigger than the screen's usable area (an 800-pixel screen gets a window that fits). */
    public static Dimension fit(Dimension size, Rectangle usable) {
        return new Dimension(Math.min(size.width, usable.width), Math.min(size.height, usable.height));
    }

    /** Puts the divider at its remembered place (or {@code defaultLocation} pixels) and remembers each move. */
    public void split(JSplitPane split, String key, int defaultLocation) {
        int saved = node.getInt("split." + key, -1);
        split.setDividerLocation(saved > 0 ? saved : UIScale.scale(defaultLocation));
        split.addPropertyChangeListener(JSplitPane.DIVIDER_LOCATION_PROPERTY, e -> {
            if (split.isShowing() && split.getDividerLocation() > 0) {
                node.putInt("split." + key, split.getDividerLocation());
                flush();
            }
        });
    }

    /** Gives the table's columns their remembered widths (by column name) and remembers each change. */
    public void columns(JTable table, String key) {
        restoreColumns(table, key);
        table.getColumnModel().addColumnModelListener(new TableColumnModelListener() {
            @Override
            public void columnMarginChanged(ChangeEvent e) {
                if (table.isShowing() && table.getTableHeader() != null && table.getTableHeader().getResizingColumn() != null) {
                    saveColumns(table, key);
                }
            }

            @Override
            public void columnAdded(TableColumnModelEvent e) {
            }

            @Override
            public void columnRemoved(TableColumnModelEvent e) {
            }

            @Override
            public void columnMoved(TableColumnModelEvent e) {
            }

            @Override
            public void columnSelectionChanged(ListSelectionEvent e) {
            }
        });
    }

    /** Applies the remembered widths again (after columns were added or removed). */
    public void restoreColumns(JTable table, String key) {
        String saved = node.get("columns." + key, null);
        if (saved == null) {
            return;
        }
        for (String entry : saved.split("\t")) {
            int eq = entry.lastIndexOf('=');
            if (eq <= 0) {
                continue;
            }
            try {
                int width = Integer.parseInt(entry.substring(eq + 1));
                for (TableColumn column : columns(table)) {
                    if (String.valueOf(column.getHeaderValue()).equals(entry.substring(0, eq)) && width > 0) {
                        column.setPreferredWidth(width);
                        column.setWidth(width);
                    }
                }
            } catch (NumberFormatException ignored) {
                // a hand-edited or foreign value: keep the default width
            }
        }
    }

    private void saveColumns(JTable table, String key) {
        StringBuilder widths = new StringBuilder();
        for (TableColumn column : columns(table)) {
            widths.append(widths.length() == 0 ? "" : "\t").append(column.getHeaderValue()).append('=').append(column.getWidth());
        }
        node.put("columns." + key, widths.toString());
        flush();
    }

    private static List<TableColumn> columns(JTable table) {
        List<TableColumn> list = new ArrayList<>();
        table.getColumnModel().getColumns().asIterator().forEachRemaining(list::add);
        return list;
    }

    private void saveBounds(Window window) {
        if (!window.isShowing() || (window instanceof JFrame f && (f.getExtendedState() & Frame.MAXIMIZED_BOTH) != 0)) {
            return;
        }
        Rectangle b = window.getBounds();
        node.putInt("x", b.x);
        node.putInt("y", b.y);
        node.putInt("width", b.width);
        node.putInt("height", b.height);
        flush();
    }

    private static boolean onSomeScreen(Rectangle bounds) {
        if (GraphicsEnvironment.isHeadless()) {
            return true;
        }
        for (GraphicsDevice device : GraphicsEnvironment.getLocalGraphicsEnvironment().getScreenDevices()) {
            Rectangle screen = device.getDefaultConfiguration().getBounds();
            Rectangle shared = screen.intersection(bounds);
            if (!shared.isEmpty() && shared.width >= 100 && shared.height >= 50) {
                return true;
            }
        }
        return false;
    }

    /** The screen area not taken by task bars, of the window's screen. */
    public static Rectangle usableScreen(Window window) {
        if (GraphicsEnvironment.isHeadless()) {
            return new Rectangle(0, 0, 1920, 1080);
        }
        GraphicsConfiguration config = window.getGraphicsConfiguration() != null ? window.getGraphicsConfiguration()
                : GraphicsEnvironment.getLocalGraphicsEnvironment().getDefaultScreenDevice().getDefaultConfiguration();
        Rectangle screen = config.getBounds();
        Insets insets = Toolkit.getDefaultToolkit().getScreenInsets(config);
        return new Rectangle(screen.x + insets.left, screen.y + insets.top, screen.width - insets.left - insets.right,
                screen.height - insets.top - insets.bottom);
    }

    private void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // remembering the layout is a convenience: failing to write it must not stop anything
        }
    }
}
