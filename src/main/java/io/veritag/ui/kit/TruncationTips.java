package io.veritag.ui.kit;

import java.awt.Component;
import java.awt.Point;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.awt.event.MouseEvent;
import java.awt.event.MouseMotionAdapter;
import javax.swing.AbstractButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JTable;
import javax.swing.ToolTipManager;
import javax.swing.table.JTableHeader;
import javax.swing.table.TableCellRenderer;

/**
 * Shows the whole text as a tooltip where a table cell, a column header, a label or a check box is too narrow
 * for it (Swing then cuts it with "…"), and only there. The text is the cell's value as plain text.
 */
public final class TruncationTips {
    private static final String OWN_TIP = "veritag.ownToolTip";

    private TruncationTips() {
    }

    /** Tooltips on the table's cut cells and on its cut column headers. */
    public static void install(JTable table) {
        ToolTipManager.sharedInstance().registerComponent(table);
        String own = table.getToolTipText(); // a table's own hint stays where no cell is cut
        table.addMouseMotionListener(new MouseMotionAdapter() {
            @Override
            public void mouseMoved(MouseEvent e) {
                String whole = cellTip(table, e.getPoint());
                table.setToolTipText(whole != null ? whole : own);
            }
        });
        JTableHeader header = table.getTableHeader();
        if (header != null) {
            ToolTipManager.sharedInstance().registerComponent(header);
            header.addMouseMotionListener(new MouseMotionAdapter() {
                @Override
                public void mouseMoved(MouseEvent e) {
                    header.setToolTipText(headerTip(table, e.getPoint()));
                }
            });
        }
    }

    /** Makes each column at least as wide as its header's name wants (a narrow window still cuts; the tooltip helps). */
    public static void fitHeaders(JTable table) {
        JTableHeader header = table.getTableHeader();
        if (header == null) {
            return;
        }
        for (int i = 0; i < table.getColumnModel().getColumnCount(); i++) {
            javax.swing.table.TableColumn column = table.getColumnModel().getColumn(i);
            TableCellRenderer renderer = column.getHeaderRenderer() != null ? column.getHeaderRenderer() : header.getDefaultRenderer();
            int wanted = renderer.getTableCellRendererComponent(table, column.getHeaderValue(), false, false, -1, i)
                    .getPreferredSize().width + 4;
            if (column.getPreferredWidth() < wanted) {
                column.setPreferredWidth(wanted);
            }
        }
    }

    /** The whole text of the cell at {@code point} when it is cut, else {@code null}. */
    public static String cellTip(JTable table, Point point) {
        int row = table.rowAtPoint(point);
        int column = table.columnAtPoint(point);
        if (row < 0 || column < 0) {
            return null;
        }
        Component shown = table.prepareRenderer(table.getCellRenderer(row, column), row, column);
        int width = table.getCellRect(row, column, false).width;
        Object value = table.getValueAt(row, column);
        return value != null && shown.getPreferredSize().width > width ? text(value) : null;
    }

    /** The whole column name at {@code point} when the header cuts it, else {@code null}. */
    public static String headerTip(JTable table, Point point) {
        JTableHeader header = table.getTableHeader();
        int column = header.columnAtPoint(point);
        if (column < 0) {
            return null;
        }
        TableCellRenderer renderer = table.getColumnModel().getColumn(column).getHeaderRenderer();
        if (renderer == null) {
            renderer = header.getDefaultRenderer();
        }
        Object name = table.getColumnModel().getColumn(column).getHeaderValue();
        Component shown = renderer.getTableCellRendererComponent(table, name, false, false, -1, column);
        int width = header.getHeaderRect(column).width;
        return name != null && shown.getPreferredSize().width > width ? text(name) : null;
    }

    /** A tooltip with the label's whole text while it is cut; its own tooltip otherwise. */
    public static void install(JLabel label) {
        watch(label);
    }

    /** A tooltip with the check box's (or button's) whole text while it is cut; its own tooltip otherwise. */
    public static void install(AbstractButton button) {
        watch(button);
    }

    private static void watch(JComponent component) {
        component.putClientProperty(OWN_TIP, component.getToolTipText());
        Runnable update = () -> update(component);
        component.addComponentListener(new ComponentAdapter() {
            @Override
            public void componentResized(ComponentEvent e) {
                update.run();
            }
        });
        component.addPropertyChangeListener("text", e -> update.run());
        update.run();
    }

    private static void update(JComponent component) {
        String text = component instanceof JLabel l ? l.getText() : ((AbstractButton) component).getText();
        boolean cut = text != null && component.getWidth() > 0 && component.getWidth() < component.getPreferredSize().width;
        component.setToolTipText(cut ? text : (String) component.getClientProperty(OWN_TIP));
    }

    /** Whether {@code component} currently shows its text cut. */
    public static boolean isCut(JComponent component) {
        return component.getWidth() > 0 && component.getWidth() < component.getPreferredSize().width;
    }

    private static String text(Object value) {
        return String.valueOf(value).replace('\n', ' ');
    }
}
