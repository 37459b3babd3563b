package io.veritag.ui.claims;

import io.veritag.model.Annotator;
import io.veritag.model.ClaimSpan;
import io.veritag.service.ClaimClusters;
import io.veritag.service.LabelingService;
import io.veritag.service.SpanChange;
import io.veritag.service.Workspace;
import io.veritag.service.claims.ClaimTimeline;
import io.veritag.service.claims.ClusterSummary;
import io.veritag.ui.kit.UiExecutor;
import io.veritag.ui.kit.WorkbenchContext;
import io.veritag.ui.kit.InertText;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.KeyboardFocusManager;
import java.awt.Dimension;
import java.awt.event.ActionEvent;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javax.swing.AbstractAction;
import javax.swing.DefaultListCellRenderer;
import javax.swing.DefaultListModel;
import javax.swing.JComponent;
import javax.swing.JList;
import javax.swing.ListSelectionModel;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.KeyStroke;
import javax.swing.WindowConstants;

/**
 * Review → Claims: the annotator's claim clusters across the corpus (wording, claims, outlets, first and latest
 * date, denials, speculations, sources, settled) and, for the selected one, each member and attached span with its
 * article, with its timeline (who said it first, who repeated, denied or hedged it, by date). From the keyboard: F2
 * renames, Ctrl+M merges the selected clusters into the first of them, Ctrl+Shift+M splits the spans selected in the
 * spans list (Tab goes there) off into a new cluster, F6 moves them to a cluster picked from a list, Ctrl+Enter
 * settles (or reopens), Ctrl+Z / Ctrl+Shift+Z undo and redo. Every change is saved at once.
 */
public final class ClaimsWindow extends JFrame {
    private final UiExecutor executor;
    private final LabelingService labeling;
    private final io.veritag.service.claims.ClaimsOverview overview;
    private final ClusterTableModel clusters = new ClusterTableModel();
    private final JTable table = new JTable(clusters);
    private final JTextArea members = new JTextArea();
    private final DefaultListModel<ClaimSpan> spans = new DefaultListModel<>();
    private final JList<ClaimSpan> spanList = new JList<>(spans);
    private final JLabel status = new JLabel(" ");
    private final TimelineChart timeline = new TimelineChart();

    ClaimsWindow(Workspace workspace, LabelingService labeling, UiExecutor executor) {
        super("Claims — " + labeling.annotator().name());
        this.executor = executor;
        this.labeling = labeling;
        this.overview = workspace.claimsOverview();
        setName("claims");
        setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        table.setName("clusterTable");
        table.setAutoCreateRowSorter(false);
        table.getSelectionModel().addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting()) {
                showMembers();
            }
        });
        spanList.setName("clusterSpans");
        spanList.setSelectionMode(ListSelectionModel.MULTIPLE_INTERVAL_SELECTION);
        spanList.setCellRenderer(new DefaultListCellRenderer() {
            @Override
            public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean selected,
                                                          boolean focused) {
                super.getListCellRendererComponent(list, value, index, selected, focused);
                putClientProperty(InertText.HTML_DISABLE, Boolean.TRUE);
                ClaimSpan s = (ClaimSpan) value;
                setText(s.label() + " · " + where(s) + " — “" + s.text() + "”");
                return this;
            }
        });
        // Tab goes from the table to the selected cluster's spans instead of stepping through cells; Shift+Tab back
        focusKey(table, KeyStroke.getKeyStroke(KeyEvent.VK_TAB, 0), "to-spans", () -> {
            if (spanList.getSelectedIndex() < 0 && !spans.isEmpty()) {
                spanList.setSelectedIndex(0);
            }
            spanList.requestFocusInWindow();
        });
        spanList.setFocusTraversalKeys(KeyboardFocusManager.BACKWARD_TRAVERSAL_KEYS, Set.of());
        focusKey(spanList, KeyStroke.getKeyStroke(KeyEvent.VK_TAB, InputEvent.SHIFT_DOWN_MASK), "to-clusters",
                table::requestFocusInWindow);
        members.setName("clusterMembers");
        members.setEditable(false);
        members.setLineWrap(true);
        members.setWrapStyleWord(true);
        status.setName("claimsStatus");
        JSplitPane reading = new JSplitPane(JSplitPane.VERTICAL_SPLIT, new JScrollPane(spanList), new JScrollPane(members));
        reading.setResizeWeight(0.4);
        JSplitPane detail = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, reading, timeline.component());
        detail.setResizeWeight(0.4);
        JSplitPane split = new JSplitPane(JSplitPane.VERTICAL_SPLIT, new JScrollPane(table), detail);
        split.setResizeWeight(0.45);
        getContentPane().add(split, BorderLayout.CENTER);
        getContentPane().add(status, BorderLayout.SOUTH);
        key(KeyStroke.getKeyStroke(KeyEvent.VK_F2, 0), "rename", this::rename);
        key(KeyStroke.getKeyStroke(KeyEvent.VK_M, InputEvent.CTRL_DOWN_MASK), "merge", this::merge);
        key(KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, InputEvent.CTRL_DOWN_MASK), "settle", this::settle);
        key(KeyStroke.getKeyStroke(KeyEvent.VK_M, InputEvent.CTRL_DOWN_MASK | InputEvent.SHIFT_DOWN_MASK), "split",
                this::split);
        key(KeyStroke.getKeyStroke(KeyEvent.VK_F6, 0), "move", this::move);
        key(KeyStroke.getKeyStroke(KeyEvent.VK_Z, InputEvent.CTRL_DOWN_MASK), "undo", () -> edit(c -> labeling.undo()));
        key(KeyStroke.getKeyStroke(KeyEvent.VK_Z, InputEvent.CTRL_DOWN_MASK | InputEvent.SHIFT_DOWN_MASK), "redo",
                () -> edit(c -> labeling.redo()));
        setSize(new Dimension(1000, 640));
        reload(null);
    }

    /** Opens the claims view of the annotator labeling in the workbench. */
    public static void open(WorkbenchContext context) {
        Annotator annotator = context.annotator();
        context.executor().write(() -> context.workspace().labeling(annotator), labeling -> {
            ClaimsWindow window = new ClaimsWindow(context.workspace(), labeling, context.executor());
            window.setLocationRelativeTo(context.frame());
            window.setVisible(true);
        }, e -> JOptionPane.showMessageDialog(context.frame(), "The claims cannot be read: " + e.getMessage()));
    }

    private void key(KeyStroke stroke, String name, Runnable command) {
        getRootPane().getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(stroke, name);
        table.getInputMap(JComponent.WHEN_ANCESTOR_OF_FOCUSED_COMPONENT).put(stroke, name);
        table.getInputMap(JComponent.WHEN_FOCUSED).put(stroke, name);
        AbstractAction action = new AbstractAction(name) {
            @Override
            public void actionPerformed(ActionEvent e) {
                command.run();
            }
        };
        getRootPane().getActionMap().put(name, action);
        table.getActionMap().put(name, action);
        spanList.getInputMap(JComponent.WHEN_FOCUSED).put(stroke, name);
        spanList.getActionMap().put(name, action);
    }

    private static void focusKey(JComponent component, KeyStroke stroke, String name, Runnable command) {
        component.getInputMap(JComponent.WHEN_FOCUSED).put(stroke, name);
        component.getInputMap(JComponent.WHEN_ANCESTOR_OF_FOCUSED_COMPONENT).put(stroke, name);
        component.getActionMap().put(name, new AbstractAction(name) {
            @Override
            public void actionPerformed(ActionEvent e) {
                command.run();
            }
        });
    }

    /** Reads the clusters again (in the background) and selects {@code selectId} if given. */
    private void reload(Long selectId) {
        var annotator = labeling.annotator();
        executor.write(this::summaries, rows -> {
            List<Long> selected = selectedIds();
            clusters.show(rows);
            List<Long> wanted = selectId != null ? List.of(selectId) : selected;
            for (int i = 0; i < rows.size(); i++) {
                if (wanted.contains(rows.get(i).cluster().id())) {
                    table.getSelectionModel().addSelectionInterval(i, i);
                }
            }
            if (table.getSelectedRow() < 0 && !rows.isEmpty()) {
                table.getSelectionModel().setSelectionInterval(0, 0);
            }
            status.setText(rows.size() + " cluster" + (rows.size() == 1 ? "" : "s") + " of " + annotator.name()
                    + " · F2 rename · Ctrl+M merge selected · Tab to the spans: Ctrl+Shift+M split off, F6 move"
                    + " · Ctrl+Enter settle · Ctrl+Z undo");
            showMembers();
        }, e -> status.setText("Not read: " + e.getMessage()));
    }

    private List<ClusterSummary> summaries() {
        return overview.summaries(labeling.annotator());
    }

    private List<Long> selectedIds() {
        List<Long> ids = new ArrayList<>();
        for (int row : table.getSelectedRows()) {
            ids.add(clusters.row(row).cluster().id());
        }
        return ids;
    }

    private Optional<ClusterSummary> selected() {
        int row = table.getSelectedRow();
        return row < 0 ? Optional.empty() : Optional.of(clusters.row(row));
    }

    private void showMembers() {
        Optional<ClusterSummary> c = selected();
        timeline.show(c.map(ClaimTimeline::of).orElse(null));
        spans.clear();
        if (c.isEmpty()) {
            members.setText("");
            return;
        }
        c.get().members().forEach(spans::addElement);
        c.get().attached().forEach(spans::addElement);
        StringBuilder text = new StringBuilder(c.get().cluster().canonical()).append("\n\n");
        for (ClaimSpan s : c.get().members()) {
            text.append(where(s)).append("\n    “").append(s.text()).append("”\n");
        }
        for (ClaimSpan s : c.get().attached()) {
            text.append(s.label()).append(" — ").append(where(s)).append("\n    “").append(s.text()).append("”\n");
        }
        members.setText(text.toString());
        members.setCaretPosition(0);
    }

    /** The selected cluster's timeline chart. */
    TimelineChart timeline() {
        return timeline;
    }

    private static String where(ClaimSpan s) {
        List<String> parts = new ArrayList<>();
        if (s.outlet() != null && !s.outlet().isBlank()) {
            parts.add(s.outlet());
        }
        if (s.published() != null && !s.published().isBlank()) {
            parts.add(s.published());
        }
        parts.add(s.title());
        return String.join(" · ", parts);
    }

    private void rename() {
        selected().ifPresent(c -> {
            String wording = JOptionPane.showInputDialog(this, "Canonical wording:", c.cluster().canonical());
            if (wording != null) {
                rename(c.cluster().id(), wording);
            }
        });
    }

    /** Renames a cluster (what F2's dialog does once confirmed). */
    void rename(long clusterId, String wording) {
        edit(claims -> claims.rename(clusterId, wording).orElse(null));
    }

    private void merge() {
        List<Long> ids = selectedIds();
        if (ids.size() < 2) {
            status.setText("Select two or more clusters (Shift or Ctrl with the arrows) to merge them into the first");
            return;
        }
        long into = ids.get(0);
        edit(claims -> {
            SpanChange last = null;
            for (Long from : ids.subList(1, ids.size())) {
                last = claims.merge(into, from);
            }
            return last;
        });
    }

    /** Splits the spans selected in the spans list off into a new cluster (Ctrl+Shift+M). */
    private void split() {
        Optional<ClusterSummary> c = selected();
        List<Long> chosen = selectedSpanIds();
        if (c.isEmpty() || chosen.isEmpty()) {
            status.setText("Select the spans to split off (Tab to the spans list, Shift or Ctrl with the arrows)");
            return;
        }
        edit(claims -> claims.split(c.get().cluster().id(), chosen));
    }

    /** Moves the spans selected in the spans list into another cluster, picked in a dialog (F6). */
    private void move() {
        Optional<ClusterSummary> c = selected();
        List<Long> chosen = selectedSpanIds();
        if (c.isEmpty() || chosen.isEmpty()) {
            status.setText("Select the spans to move (Tab to the spans list, Shift or Ctrl with the arrows)");
            return;
        }
        List<ClusterChoice> others = new ArrayList<>();
        for (int row = 0; row < clusters.getRowCount(); row++) {
            ClusterSummary other = clusters.row(row);
            if (other.cluster().id() != c.get().cluster().id()) {
                others.add(new ClusterChoice(other.cluster().id(), other.cluster().canonical()));
            }
        }
        if (others.isEmpty()) {
            status.setText("There is no other cluster to move them to");
            return;
        }
        Object picked = JOptionPane.showInputDialog(this, "Move " + chosen.size() + " span" + (chosen.size() == 1 ? "" : "s")
                + " to the cluster:", "Move to cluster", JOptionPane.QUESTION_MESSAGE, null, others.toArray(), others.get(0));
        if (picked instanceof ClusterChoice target) {
            move(chosen, target.id());
        }
    }

    /** Moves spans into a cluster (what F6's picker does once confirmed). */
    void move(List<Long> spanIds, long clusterId) {
        edit(claims -> claims.move(spanIds, clusterId));
    }

    private List<Long> selectedSpanIds() {
        return spanList.getSelectedValuesList().stream().map(ClaimSpan::spanId).toList();
    }

    /** A cluster offered by the move picker, shown by its wording. */
    private record ClusterChoice(long id, String wording) {
        @Override
        public String toString() {
            return wording;
        }
    }

    private void settle() {
        selected().ifPresent(c -> edit(claims -> claims.settle(c.cluster().id(), !c.cluster().settled()).orElse(null)));
    }

    private void edit(Function<ClaimClusters, SpanChange> change) {
        executor.write(() -> Optional.ofNullable(change.apply(labeling.claims())), done -> {
            status.setText(done.map(d -> "Saved (" + d.description() + ")").orElse("Nothing to change"));
            reload(null);
        }, e -> status.setText(e.getMessage()));
    }
}
