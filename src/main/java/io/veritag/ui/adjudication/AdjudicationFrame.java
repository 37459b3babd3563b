package io.veritag.ui.adjudication;

import io.veritag.agreement.adjudication.SpanGroup;
import io.veritag.agreement.adjudication.SpanVersion;
import io.veritag.model.Annotator;
import io.veritag.model.Label;
import io.veritag.model.gold.GoldSpan;
import io.veritag.model.gold.LabeledRange;
import io.veritag.service.adjudication.ArticleAdjudication;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Font;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.awt.Window;
import io.veritag.service.Workspace;
import io.veritag.ui.kit.UiExecutor;
import java.util.function.Consumer;
import javax.swing.JOptionPane;
import io.veritag.service.adjudication.GoldClusterCuration;
import io.veritag.ui.kit.CommandAction;
import io.veritag.ui.kit.ThemeColours;
import io.veritag.ui.kit.WindowKeys;
import io.veritag.service.adjudication.AdjudicationService;
import javax.swing.AbstractAction;
import javax.swing.BorderFactory;
import javax.swing.JCheckBox;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.KeyStroke;
import javax.swing.WindowConstants;

/**
 * The adjudication window: finished articles on the left; the text with each annotator's lane and the gold
 * lane beneath every line; the current disagreement with its versions and the decision buttons below it;
 * the gold spans and the history of the selected one on the right. Keyboard first (see the status line).
 */
public final class AdjudicationFrame extends JFrame {
    static final String KEYS = "N/P next/previous · 1–9 or ←/→ accept · X reject · E edit · G add selection · "
            + "R reason · H gold & history · K links · T source type · Ctrl+Z/Y undo/redo · Ctrl+PgDn/PgUp article · B blind";

    private final AdjudicationModel model;
    private final AdjudicationActions actions;
    private final Map<String, Color> colours = new HashMap<>();
    private final LaneTextPane text;
    private final JScrollPane textScroll;
    private final FinishedArticlesPanel articleList;
    private final DisagreementPanel disagreement;
    private final GoldPanel gold;
    private final GoldLinksPanel links;
    private final JLabel articleTitle = new JLabel(" ");
    private final JLabel settlement = new JLabel(" ");
    private final JPanel legend = new JPanel(new FlowLayout(FlowLayout.LEFT, 10, 0));
    private final JLabel message = new JLabel(" ");
    private final JCheckBox blindBox = new JCheckBox("Blind (hide annotator names)");

    AdjudicationFrame(AdjudicationModel model) {
        super("Veritag — Adjudication (curator: " + model.curator() + ")");
        this.model = model;
        setName("adjudication");
        setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        for (Label label : model.labels()) {
            colours.put(label.name(), ThemeColours.label(label.colour()));
        }
        Function<String, Color> colour = name -> colours.getOrDefault(name, Color.GRAY);
        actions = new AdjudicationActions(model, new Handler());
        text = new LaneTextPane(colour);
        textScroll = new JScrollPane(text);
        textScroll.getVerticalScrollBar().setUnitIncrement(24);
        textScroll.setBorder(BorderFactory.createEmptyBorder());
        articleList = new FinishedArticlesPanel(model);
        disagreement = new DisagreementPanel(model, actions, colour);
        gold = new GoldPanel(model, colour);
        links = new GoldLinksPanel(model, this::reason);

        articleTitle.setName("articleTitle");
        articleTitle.setFont(articleTitle.getFont().deriveFont(Font.BOLD, articleTitle.getFont().getSize2D() + 3f));
        settlement.setName("settlement");
        settlement.setFont(settlement.getFont().deriveFont(Font.BOLD, settlement.getFont().getSize2D() + 1f));
        blindBox.setName("blind");
        io.veritag.ui.kit.TruncationTips.install(blindBox);
        blindBox.setSelected(model.blind());
        blindBox.setFocusable(false);
        blindBox.addActionListener(e -> model.setBlind(blindBox.isSelected()));
        JPanel infoRow = new JPanel(new BorderLayout(12, 0));
        infoRow.add(settlement, BorderLayout.WEST);
        infoRow.add(blindBox, BorderLayout.EAST);
        JPanel header = new JPanel(new BorderLayout(0, 4));
        header.setBorder(BorderFactory.createEmptyBorder(8, 10, 6, 10));
        header.add(articleTitle, BorderLayout.NORTH);
        header.add(infoRow, BorderLayout.CENTER);
        header.add(legend, BorderLayout.SOUTH);

        JPanel textArea = new JPanel(new BorderLayout());
        textArea.add(header, BorderLayout.NORTH);
        textArea.add(textScroll, BorderLayout.CENTER);
        textArea.setPreferredSize(new Dimension(720, 470));
        JSplitPane centre = new JSplitPane(JSplitPane.VERTICAL_SPLIT, textArea, disagreement);
        centre.setResizeWeight(0.8);
        centre.setBorder(null);
        JSplitPane goldAndLinks = new JSplitPane(JSplitPane.VERTICAL_SPLIT, gold, links);
        goldAndLinks.setResizeWeight(0.6);
        goldAndLinks.setBorder(null);
        JSplitPane rightSplit = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, centre, goldAndLinks);
        rightSplit.setResizeWeight(1.0);
        rightSplit.setBorder(null);
        main = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, articleList, rightSplit);
        main.setBorder(null);
        main.setDividerLocation(ARTICLE_LIST_WIDTH);
        leaveArrowsToTheWindow(textScroll, centre, goldAndLinks, rightSplit, main);

        message.setName("message");
        JLabel keys = new JLabel(KEYS);
        keys.putClientProperty("FlatLaf.styleClass", "muted");
        JPanel status = new JPanel(new BorderLayout());
        status.setBorder(BorderFactory.createEmptyBorder(4, 10, 4, 10));
        status.add(message, BorderLayout.NORTH);
        status.add(keys, BorderLayout.SOUTH);

        getContentPane().add(main, BorderLayout.CENTER);
        getContentPane().add(status, BorderLayout.SOUTH);
        bindKeys();
        WindowKeys.closeOnEscape(this, getRootPane());
        // the text owns the keyboard from the start: in any field, ← / → would move a caret instead of deciding
        addWindowListener(new java.awt.event.WindowAdapter() {
            @Override
            public void windowOpened(java.awt.event.WindowEvent e) {
                text.requestFocusInWindow();
            }
        });
        watchClicks();
        model.addListener(this::show);
        setMinimumSize(new Dimension(1000, 600));
        setSize(io.veritag.ui.kit.WindowLayout.scaled(new Dimension(1270, 790)));
        showLegend();
    }

    /** The finished-articles list opens this wide the first time (titles readable, not collapsed). */
    static final int ARTICLE_LIST_WIDTH = 280;
    private final JSplitPane main;

    /**
     * Split and scroll panes bind ← and → for any component inside them (moving a divider, scrolling sideways)
     * and so took them, doing nothing visible, before the window's "accept left / right" once the article text had
     * the keyboard. Here they pass the arrows on.
     */
    private static void leaveArrowsToTheWindow(javax.swing.JComponent... panes) {
        for (javax.swing.JComponent pane : panes) {
            var keys = pane.getInputMap(javax.swing.JComponent.WHEN_ANCESTOR_OF_FOCUSED_COMPONENT);
            for (int code : new int[] {KeyEvent.VK_LEFT, KeyEvent.VK_RIGHT, KeyEvent.VK_KP_LEFT, KeyEvent.VK_KP_RIGHT}) {
                keys.put(javax.swing.KeyStroke.getKeyStroke(code, 0), "none");
            }
        }
    }

    /** Opens at the user's last size, place and article-list width. */
    public void rememberLayout(io.veritag.ui.kit.WindowLayout layout, java.awt.Component relativeTo) {
        layout.split(main, "articles", ARTICLE_LIST_WIDTH);
        layout.window(this, new Dimension(1270, 790), relativeTo);
    }

    JSplitPane articleSplit() {
        return main;
    }

    AdjudicationModel model() {
        return model;
    }

    /**
     * Asks which annotators to compare and who curates, then opens the window over the articles they all
     * finished. Every database call goes through {@code executor}; {@code opened} gets the window (tests).
     */
    public static void open(Workspace workspace, UiExecutor executor, Window owner, String suggestedCurator,
                            Consumer<AdjudicationFrame> opened) {
        open(workspace, executor, owner, suggestedCurator, null, opened);
    }

    /** As above; the window remembers its layout in {@code layout} (null: not remembered). */
    public static void open(Workspace workspace, UiExecutor executor, Window owner, String suggestedCurator,
                            io.veritag.ui.kit.WindowLayout layout, Consumer<AdjudicationFrame> opened) {
        AdjudicationService service = workspace.adjudication();
        executor.read(service::candidates, candidates ->
                new AdjudicationSetupDialog(owner, candidates.annotators(), candidates.withSpans(), suggestedCurator).ask()
                        .ifPresent(choice -> executor.write(() -> {
                            List<Annotator> chosen = service.annotators(choice.annotators().stream().map(Annotator::name).toList());
                            return new AdjudicationModel(service.session(chosen, choice.curator()),
                                    workspace.catalog().labels(), choice.blind(), executor);
                        }, model -> {
                            AdjudicationFrame frame = new AdjudicationFrame(model);
                            if (layout != null) {
                                frame.rememberLayout(layout, owner);
                            } else {
                                frame.setLocationRelativeTo(owner);
                            }
                            frame.setVisible(true);
                            model.loadArticles();
                            opened.accept(frame);
                        }, e -> cannotOpen(owner, e))),
                e -> cannotOpen(owner, e));
    }

    private static void cannotOpen(Window owner, Exception e) {
        JOptionPane.showMessageDialog(owner, "Cannot open the adjudication: " + e.getMessage(), "Adjudication",
                JOptionPane.ERROR_MESSAGE);
    }

    private void show(AdjudicationModel.Aspect aspect) {
        switch (aspect) {
            case ARTICLES -> articleList.refresh();
            case ARTICLE -> {
                Optional<ArticleAdjudication> state = model.state();
                if (state.isPresent() && !state.get().article().text().equals(text.getText())) {
                    text.setArticle(state.get().article().text(), model.annotators().size());
                }
                disagreement.reasonField().setText("");
                showArticle();
            }
            case CURRENT -> showArticle();
            case GOLD_SELECTION -> {
                gold.refreshHistory();
                links.refreshSourceType();
                showBars();
            }
            case BLIND -> {
                blindBox.setSelected(model.blind());
                showLegend();
                disagreement.refresh();
                gold.refreshGold();
            }
            case MESSAGE -> {
                message.setText(model.message().isEmpty() ? " " : model.message());
                message.putClientProperty("FlatLaf.styleClass", model.messageIsError() ? "error" : null);
            }
            case BUSY -> actions.refresh();
            default -> { }
        }
        actions.refresh();
    }

    private void showArticle() {
        Optional<ArticleAdjudication> state = model.state();
        articleTitle.setText(state.map(s -> s.article().title()).orElse(" "));
        articleTitle.setToolTipText(state.map(s -> s.article().title() + " (" + s.article().externalId() + ")").orElse(null));
        settlement.setText(state.map(s -> s.settlement().text() + (s.done() ? " ✓ done" : "")
                + (s.goldStale() ? " · ⚠ " + FinishedArticlesPanel.STALE : "")).orElse(" "));
        disagreement.refresh();
        gold.refreshGold();
        links.refresh();
        showBars();
        // after the new text is laid out, or the position is not known yet
        model.currentDisagreement().ifPresent(g -> javax.swing.SwingUtilities.invokeLater(() -> text.reveal(g.start())));
    }

    private void showBars() {
        Optional<ArticleAdjudication> state = model.state();
        if (state.isEmpty()) {
            text.setBars(List.of(), -1, -1);
            return;
        }
        List<LaneTextPane.Bar> bars = new ArrayList<>();
        Map<Long, Integer> lane = new HashMap<>();
        List<Annotator> annotators = model.annotators();
        for (int i = 0; i < annotators.size(); i++) {
            lane.put(annotators.get(i).id(), i);
        }
        List<SpanGroup> groups = new ArrayList<>(state.get().comparison().unanimous());
        groups.addAll(state.get().disagreements());
        for (SpanGroup group : groups) {
            for (SpanVersion version : group.versions()) {
                version.spans().forEach(s -> bars.add(new LaneTextPane.Bar(lane.get(s.annotatorId()), s.start(), s.end(), s.label(), false)));
            }
        }
        long selected = model.selectedGold().map(GoldSpan::id).orElse(-1L);
        for (GoldSpan g : state.get().gold()) {
            bars.add(new LaneTextPane.Bar(-1, g.start(), g.end(), g.label(), g.id() == selected));
        }
        Optional<SpanGroup> current = model.currentDisagreement();
        text.setBars(bars, current.map(SpanGroup::start).orElse(-1), current.map(SpanGroup::end).orElse(-1));
    }

    private void showLegend() {
        legend.removeAll();
        List<Annotator> annotators = model.annotators();
        for (int i = 0; i < annotators.size(); i++) {
            legend.add(new JLabel("lane " + (i + 1) + ": " + model.annotatorName(annotators.get(i).id())));
        }
        JLabel goldLane = new JLabel("last lane: gold");
        goldLane.setFont(goldLane.getFont().deriveFont(Font.BOLD));
        legend.add(goldLane);
        for (Label label : model.labels()) {
            JLabel swatch = new JLabel(label.name(), new Swatch(colours.get(label.name())), JLabel.LEFT);
            legend.add(swatch);
        }
        legend.revalidate();
        legend.repaint();
    }

    /**
     * Plain keys are window commands, except while typing a reason: there they type. Ctrl keys work
     * everywhere. The text keeps Shift+arrows for selecting what G adds to gold.
     */
    private void bindKeys() {
        JComponent root = getRootPane();
        var windowKeys = root.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW);
        var reasonKeys = disagreement.reasonField().getInputMap(JComponent.WHEN_FOCUSED);
        for (Map.Entry<KeyStroke, CommandAction> binding : actions.keyBindings().entrySet()) {
            KeyStroke key = binding.getKey();
            String id = binding.getValue().getValue(javax.swing.Action.NAME) + "#" + key;
            windowKeys.put(key, id);
            root.getActionMap().put(id, binding.getValue());
            if (key.getModifiers() == 0 && key.getKeyCode() != KeyEvent.VK_UP && key.getKeyCode() != KeyEvent.VK_DOWN) {
                reasonKeys.put(key, "type-only");
            }
        }
        disagreement.reasonField().getActionMap().put("type-only", new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                // consumed so that no command fires; the typed character still reaches the field
            }
        });
        // keep the field's own editing keys
        for (int code : new int[] {KeyEvent.VK_LEFT, KeyEvent.VK_RIGHT, KeyEvent.VK_DELETE}) {
            reasonKeys.remove(KeyStroke.getKeyStroke(code, 0));
        }
        disagreement.reasonField().addActionListener(e -> text.requestFocusInWindow());
        reasonKeys.put(KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0), "back-to-text");
        disagreement.reasonField().getActionMap().put("back-to-text", new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                text.requestFocusInWindow();
            }
        });
        links.linkList().getInputMap(JComponent.WHEN_FOCUSED).put(KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0), "back-to-text");
        links.linkList().getActionMap().put("back-to-text", new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                text.requestFocusInWindow();
            }
        });
        var goldKeys = gold.goldList().getInputMap(JComponent.WHEN_FOCUSED);
        goldKeys.put(KeyStroke.getKeyStroke(KeyEvent.VK_DELETE, 0), "remove-gold");
        goldKeys.put(KeyStroke.getKeyStroke(KeyEvent.VK_BACK_SPACE, 0), "remove-gold");
        goldKeys.put(KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0), "edit-gold");
        goldKeys.put(KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0), "back-to-text");
        gold.goldList().getActionMap().put("back-to-text", new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                text.requestFocusInWindow();
            }
        });
        gold.goldList().getActionMap().put("remove-gold", new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                model.selectedGold().ifPresent(g -> model.removeGold(g.id(), reason()));
            }
        });
        gold.goldList().getActionMap().put("edit-gold", new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                editSelectedGold();
            }
        });
    }

    /** A click on a gold bar selects that gold span and shows its history. */
    private void watchClicks() {
        text.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                int offset = text.viewToModel2D(e.getPoint());
                model.state().ifPresent(s -> s.gold().stream()
                        .filter(g -> g.start() <= offset && offset < g.end())
                        .findFirst()
                        .ifPresent(g -> model.selectGold(g.id())));
                for (int i = 0; i < model.state().map(s -> s.disagreements().size()).orElse(0); i++) {
                    SpanGroup group = model.state().get().disagreements().get(i);
                    if (group.start() <= offset && offset < group.end()) {
                        model.select(i);
                        break;
                    }
                }
            }
        });
    }

    private String reason() {
        return disagreement.reasonField().getText();
    }

    private void editSelectedGold() {
        Optional<GoldSpan> selected = model.selectedGold();
        Optional<ArticleAdjudication> state = model.state();
        if (selected.isEmpty() || state.isEmpty()) {
            return;
        }
        new EditSpanDialog(this, "Change gold span", state.get().article().text(), selected.get().range(), model.labels())
                .ask()
                .ifPresent(range -> model.editGold(selected.get().id(), range, reason()));
    }

    /** One line of the C key's picker. */
    private final class ClusterChoice {
        private final GoldClusterCuration.Choice choice;

        ClusterChoice(GoldClusterCuration.Choice choice) {
            this.choice = choice;
        }

        @Override
        public String toString() {
            if (choice instanceof GoldClusterCuration.Start start) {
                return "Start a new gold claim cluster “" + start.wording() + "”";
            } else if (choice instanceof GoldClusterCuration.Join join) {
                return "Put into “" + join.cluster().canonical() + "” (" + io.veritag.model.Counted.of(join.size(), "gold span") + ")";
            } else if (choice instanceof GoldClusterCuration.Leave leave) {
                return "Take out of “" + leave.cluster().canonical() + "”";
            }
            GoldClusterCuration.Accept accept = (GoldClusterCuration.Accept) choice;
            return "Accept " + model.annotatorName(accept.annotatorId()) + "'s cluster “" + accept.cluster().canonical()
                    + "” (" + io.veritag.model.Counted.of(accept.spans(), "span") + ")";
        }
    }

    private final class Handler implements AdjudicationActions.Handler {
        @Override
        public void acceptChoice(int row) {
            model.acceptChoice(row, reason());
        }

        @Override
        public void reject() {
            model.reject(reason());
        }

        @Override
        public void edit() {
            Optional<SpanVersion> base = model.editBase();
            Optional<ArticleAdjudication> state = model.state();
            if (base.isEmpty() || state.isEmpty()) {
                return;
            }
            LabeledRange from = base.get().range();
            String who = model.annotatorName(base.get().spans().get(0).annotatorId());
            new EditSpanDialog(AdjudicationFrame.this, "Edit " + who + "'s version into gold", state.get().article().text(),
                    from, model.labels())
                    .ask()
                    .ifPresent(result -> model.edit(from, result, reason()));
        }

        @Override
        public void addGold() {
            Optional<ArticleAdjudication> state = model.state();
            int start = text.getSelectionStart();
            int end = text.getSelectionEnd();
            if (state.isEmpty()) {
                return;
            }
            if (start >= end) {
                message.setText("Select the text first (mouse, or Shift+arrows in the text), then press G.");
                return;
            }
            new EditSpanDialog(AdjudicationFrame.this, "Add a gold span", state.get().article().text(),
                    new LabeledRange(start, end, model.labels().get(0).name()), model.labels())
                    .ask()
                    .ifPresent(range -> model.addGold(range, reason()));
        }

        @Override
        public void focusReason() {
            disagreement.reasonField().requestFocusInWindow();
        }

        @Override
        public void focusLinks() {
            var list = links.linkList();
            if (list.getSelectedIndex() < 0 && list.getModel().getSize() > 0) {
                list.setSelectedIndex(0);
            }
            list.requestFocusInWindow();
        }

        @Override
        public void focusSourceType() {
            links.typeBox().requestFocusInWindow();
        }

        @Override
        public void cluster() {
            model.clusterChoices(choices -> {
                if (choices.isEmpty()) {
                    message.setText("A SOURCE span cannot be in a claim cluster.");
                    return;
                }
                List<ClusterChoice> options = choices.stream().map(ClusterChoice::new).toList();
                Object picked = JOptionPane.showInputDialog(AdjudicationFrame.this, "Claim cluster of the selected gold span:",
                        "Gold claim cluster", JOptionPane.QUESTION_MESSAGE, null, options.toArray(), options.get(0));
                if (picked instanceof ClusterChoice choice) {
                    model.cluster(choice.choice, reason());
                }
            });
        }

        @Override
        public void focusGold() {
            var list = gold.goldList();
            if (list.getSelectedIndex() < 0 && list.getModel().getSize() > 0) {
                list.setSelectedIndex(0);
            }
            list.requestFocusInWindow();
        }
    }
}
