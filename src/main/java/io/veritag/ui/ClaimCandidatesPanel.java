package io.veritag.ui;

import io.veritag.model.Label;
import io.veritag.model.Span;
import io.veritag.service.ClaimClusters;
import io.veritag.service.SpanChange;
import io.veritag.service.Workspace;
import io.veritag.service.claims.ClaimCandidate;
import io.veritag.service.claims.ClaimCandidates;
import io.veritag.ui.kit.CommandAction;
import io.veritag.ui.kit.UiExecutor;
import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javax.swing.BorderFactory;
import javax.swing.DefaultListModel;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JRootPane;
import javax.swing.JScrollPane;
import javax.swing.KeyStroke;
import javax.swing.ListSelectionModel;

/**
 * Beside the text: when one of the annotator's CLAIM spans (or a DENIAL or SPECULATION) is selected, the most
 * similar claims of theirs in other articles, with article, outlet and date, one per cluster. Alt+1…Alt+5 put the
 * selected span into that candidate's cluster (a candidate in none starts one with it); Alt+N starts a new
 * cluster with the span; Alt+X takes it out of its cluster. Each is one saved, undoable edit.
 */
final class ClaimCandidatesPanel extends JPanel {
    private final LabelingModel model;
    private final UiExecutor executor;
    private final Workspace workspace;
    private final JLabel membership = new JLabel(" ");
    private final DefaultListModel<String> rows = new DefaultListModel<>();
    private final JList<String> list = new JList<>(rows);
    private final Map<KeyStroke, CommandAction> keys = new LinkedHashMap<>();
    private List<ClaimCandidate> shown = List.of();
    private long shownFor = -1;
    private long asked = -1;

    ClaimCandidatesPanel(LabelingModel model, Workspace workspace, UiExecutor executor) {
        super(new BorderLayout(0, 4));
        this.model = model;
        this.workspace = workspace;
        this.executor = executor;
        setName("claimCandidates");
        setBorder(BorderFactory.createEmptyBorder(4, 6, 4, 6));
        JLabel heading = new JLabel("Similar claims");
        heading.putClientProperty("FlatLaf.styleClass", "h4");
        JPanel top = new JPanel(new BorderLayout());
        top.add(heading, BorderLayout.NORTH);
        membership.setName("claimCluster");
        top.add(membership, BorderLayout.SOUTH);
        add(top, BorderLayout.NORTH);
        list.setName("candidateList");
        list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        list.setFocusable(false);
        add(new JScrollPane(list), BorderLayout.CENTER);
        JLabel hint = new JLabel("Alt+1–5 join · Alt+N new cluster · Alt+X leave");
        hint.putClientProperty("FlatLaf.styleClass", "small");
        add(hint, BorderLayout.SOUTH);
        setPreferredSize(new Dimension(300, 200));
        for (int i = 1; i <= ClaimCandidates.TOP; i++) {
            int n = i;
            bind(KeyStroke.getKeyStroke(KeyEvent.VK_0 + i, InputEvent.ALT_DOWN_MASK), "Join similar claim " + i,
                    () -> shown.size() >= n && selectedSpan().isPresent(), () -> join(n));
        }
        bind(KeyStroke.getKeyStroke(KeyEvent.VK_N, InputEvent.ALT_DOWN_MASK), "New claim cluster",
                () -> selectedSpan().filter(s -> Label.CLAIM.equals(s.label())).isPresent(), this::startCluster);
        bind(KeyStroke.getKeyStroke(KeyEvent.VK_X, InputEvent.ALT_DOWN_MASK), "Leave claim cluster",
                () -> selectedSpan().isPresent(), this::leave);
        model.addListener(aspect -> {
            switch (aspect) {
                case ARTICLE, SPANS, SELECTION -> refresh();
                default -> { }
            }
        });
        showNothing("Select one of your claims");
    }

    private void bind(KeyStroke key, String name, java.util.function.BooleanSupplier when, Runnable command) {
        keys.put(key, new CommandAction(name, key, when, command));
    }

    /** The panel's keys, for the window to bind (in the whole window, like the label keys). */
    void install(JRootPane root) {
        for (Map.Entry<KeyStroke, CommandAction> e : keys.entrySet()) {
            String id = "claims#" + e.getKey();
            root.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(e.getKey(), id);
            root.getActionMap().put(id, e.getValue());
        }
    }

    List<ClaimCandidate> shown() {
        return shown;
    }

    /** One of my spans that can be in a cluster, selected in the text. */
    private Optional<Span> selectedSpan() {
        return model.selectedSpan().filter(s -> model.hasEditableSelection() && !s.isSource());
    }

    /** Asks for the candidates of the selected span (in the background; an older answer is dropped). */
    void refresh() {
        Optional<Span> span = selectedSpan();
        if (span.isEmpty()) {
            asked = -1;
            shown = List.of();
            shownFor = -1;
            showNothing("Select one of your claims");
            return;
        }
        long spanId = span.get().id();
        asked = spanId;
        var labeling = model.service();
        executor.write(() -> new Found(spanId, workspace.claimCandidates().forSpan(spanId),
                labeling.claims().membership(spanId).flatMap(m -> labeling.claims().cluster(m.clusterId()))
                        .map(c -> c.canonical()).orElse(null)), found -> {
            if (found.spanId() == asked) {
                show(found);
            }
        }, e -> showNothing("Similar claims cannot be read: " + e.getMessage()));
    }

    private record Found(long spanId, List<ClaimCandidate> candidates, String cluster) {
    }

    private void show(Found found) {
        shown = found.candidates();
        shownFor = found.spanId();
        membership.setText(found.cluster() == null ? "In no cluster" : "In cluster: " + oneLine(found.cluster(), 80));
        rows.clear();
        int n = 1;
        for (ClaimCandidate c : shown) {
            rows.addElement(n++ + "  " + describe(c));
        }
        if (shown.isEmpty()) {
            rows.addElement("No similar claim in other articles yet");
        }
        keys.values().forEach(CommandAction::refresh);
    }

    /** "“wording” — Outlet, 2022-11-10, Title" (the cluster's wording if it has one, else the claim's text). */
    static String describe(ClaimCandidate c) {
        String what = c.inCluster().map(cl -> "[" + oneLine(cl.canonical(), 70) + "] ").orElse("")
                + "“" + oneLine(c.span().text(), 90) + "”";
        List<String> where = new ArrayList<>();
        if (c.span().outlet() != null && !c.span().outlet().isBlank()) {
            where.add(oneLine(c.span().outlet(), 40));
        }
        if (c.span().published() != null && !c.span().published().isBlank()) {
            where.add(oneLine(c.span().published(), 25));
        }
        where.add(oneLine(c.span().title(), 60));
        return what + " — " + String.join(", ", where);
    }

    private static String oneLine(String s, int max) {
        String flat = s.replaceAll("\\s+", " ").strip();
        if (flat.length() <= max) {
            return flat;
        }
        int cut = Character.isLowSurrogate(flat.charAt(max - 1)) ? max - 2 : max - 1;
        return flat.substring(0, cut) + "…";
    }

    private void showNothing(String message) {
        rows.clear();
        membership.setText(message);
        keys.values().forEach(CommandAction::refresh);
    }

    private void join(int n) {
        if (n > shown.size() || selectedSpan().map(s -> s.id() != shownFor).orElse(true)) {
            model.refuse("The similar claims are not those of the selected span yet");
            return;
        }
        long spanId = shownFor;
        long candidate = shown.get(n - 1).span().spanId();
        edit(c -> c.joinSpan(spanId, candidate));
    }

    private void startCluster() {
        long spanId = selectedSpan().map(Span::id).orElse(-1L);
        edit(c -> c.start(spanId));
    }

    private void leave() {
        long spanId = selectedSpan().map(Span::id).orElse(-1L);
        edit(c -> c.leave(spanId));
    }

    private void edit(Function<ClaimClusters, SpanChange> change) {
        model.clusterEdit(change);
    }
}
