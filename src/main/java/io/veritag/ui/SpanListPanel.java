package io.veritag.ui;

import io.veritag.model.Span;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.Insets;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import io.veritag.ui.kit.TruncationTips;
import javax.swing.JSplitPane;
import javax.swing.SwingUtilities;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.ListSelectionModel;
import javax.swing.table.DefaultTableCellRenderer;

/** The list of my spans in the open article; clicking one selects it in the text and scrolls to it. */
final class SpanListPanel extends JPanel {
    private final LabelingModel model;
    private final SpanTableModel tableModel = new SpanTableModel();
    private final JTable table = new JTable(tableModel);
    private final JLabel title = new JLabel("My spans");
    private boolean updating;
    static final int MIN_ROWS = 5;

    SpanListPanel(LabelingModel model, LabelColours colours, Consumer<Span> reveal) {
        super(new BorderLayout(0, 4));
        this.model = model;
        setBorder(BorderFactory.createEmptyBorder(6, 4, 8, 8));
        title.putClientProperty("FlatLaf.styleClass", "h4");
        table.setName("spanTable");
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.setFillsViewportHeight(true);
        table.getColumnModel().getColumn(0).setPreferredWidth(110);
        table.getColumnModel().getColumn(1).setPreferredWidth(420);
        table.getColumnModel().getColumn(2).setPreferredWidth(160);
        table.getColumnModel().getColumn(0).setCellRenderer(new DefaultTableCellRenderer() {
            @Override
            public Component getTableCellRendererComponent(JTable t, Object value, boolean selected, boolean focus,
                                                           int row, int column) {
                super.getTableCellRendererComponent(t, value, selected, focus, row, column);
                setIcon(new SwatchIcon(colours.colour(String.valueOf(value)), 10));
                return this;
            }
        });
        table.getSelectionModel().addListSelectionListener(e -> {
            int row = table.getSelectedRow();
            if (!e.getValueIsAdjusting() && !updating && row >= 0) {
                Span span = tableModel.span(row);
                model.selectSpan(span.id());
                reveal.accept(span);
            }
        });
        TruncationTips.install(table);
        JScrollPane scroll = new JScrollPane(table);
        scroll.setPreferredSize(new Dimension(480, 130));
        add(title, BorderLayout.NORTH);
        add(scroll, BorderLayout.CENTER);

        model.addListener(aspect -> {
            switch (aspect) {
                case ARTICLE, SPANS -> refresh();
                case SELECTION -> selectCurrent();
                default -> { }
            }
        });
    }

    JTable table() {
        return table;
    }

    /** Title, column header and {@link #MIN_ROWS} whole rows: never the three and a half rows of a squeezed list. */
    @Override
    public Dimension getMinimumSize() {
        Insets insets = getInsets();
        int header = table.getTableHeader().getPreferredSize().height;
        return new Dimension(super.getMinimumSize().width, insets.top + insets.bottom + title.getPreferredSize().height
                + 4 + header + MIN_ROWS * table.getRowHeight() + 4);
    }

    /**
     * Keeps the list below the text at least its minimum height in {@code split}: when the window or the divider
     * would squeeze it, the divider moves up.
     */
    void keepMinimumIn(JSplitPane split) {
        Runnable clamp = () -> {
            int room = split.getHeight() - split.getDividerSize() - getMinimumSize().height;
            if (split.getHeight() > 0 && room > 0 && split.getDividerLocation() > room) {
                split.setDividerLocation(room);
            }
        };
        split.addComponentListener(new ComponentAdapter() {
            @Override
            public void componentResized(ComponentEvent e) {
                clamp.run();
            }
        });
        split.addPropertyChangeListener(JSplitPane.DIVIDER_LOCATION_PROPERTY, e -> SwingUtilities.invokeLater(clamp));
    }

    private void refresh() {
        updating = true;
        try {
            tableModel.setSpans(model.spans(), model.links(), model.article().map(a -> a.text()).orElse(""));
        } finally {
            updating = false;
        }
        title.setText("My spans (" + tableModel.getRowCount() + ")");
        selectCurrent();
    }

    private void selectCurrent() {
        updating = true;
        try {
            TableSelection.selectAndReveal(table, model.selectedSpan().map(s -> tableModel.indexOf(s.id())).orElse(-1));
        } finally {
            updating = false;
        }
    }
}
