package io.veritag.ui;

import io.veritag.ui.kit.CommandAction;
import io.veritag.model.Span;
import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.Map;
import javax.swing.AbstractAction;
import javax.swing.ActionMap;
import javax.swing.InputMap;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.KeyStroke;
import javax.swing.WindowConstants;

/**
 * The workbench window: article list on the left; label bar, article text and my spans on the right;
 * status bar at the bottom. Panels, model and actions live in their own classes; this one assembles them
 * and wires the keys.
 */
final class WorkbenchFrame extends JFrame {
    // all set by attach: the window exists before its database is open (see OpeningView)
    private WorkbenchController controller;
    private WorkbenchActions actions;
    private WindowActions windowActions;
    private ArticleListPanel articleList;
    private SpanListPanel spanList;
    private JScrollPane textScroll;
    private SuggestionsModel suggestions;
    private ClaimCandidatesPanel claimCandidates;
    private FindBar findBar;
    private FindActions findActions;
    private CorpusSearchDialog corpusSearch;
    private ArticleInfoBar articleInfo;

    /** The window at its remembered place, empty: {@link #opening} or {@link #attach} fills it. */
    private WorkbenchFrame(WorkbenchPrefs prefs) {
        super("Veritag");
        setName("workbench");
        setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        setMinimumSize(new Dimension(900, 560));
        prefs.layout("workbench").window(this, new Dimension(1260, 780), null);
    }

    /** The whole workbench at once, on a workspace already open. */
    WorkbenchFrame(WorkbenchController controller, String databaseName) {
        this(controller.prefs());
        attach(controller, databaseName);
    }

    /**
     * The window as start-up shows it before the database is open ({@link OpeningView}): menus, the article
     * list's place saying it is loading, the status bar; {@code painted} runs once it has been painted on screen.
     * {@link #attach} makes it the workbench.
     */
    static WorkbenchFrame opening(WorkbenchPrefs prefs, Runnable painted) {
        WorkbenchFrame frame = new WorkbenchFrame(prefs);
        OpeningView.install(frame, prefs, painted);
        return frame;
    }

    /** The window at its remembered place with nothing in it yet, for {@link #attach} to fill at once. */
    static WorkbenchFrame blank(WorkbenchPrefs prefs) {
        return new WorkbenchFrame(prefs);
    }

    /** Whether the workbench is in the window yet (false while it shows {@link OpeningView}). */
    boolean attached() {
        return controller != null;
    }

    /** Puts the workbench into this window, in place of what it showed while the database opened. Call once. */
    void attach(WorkbenchController controller, String databaseName) {
        if (this.controller != null) {
            throw new IllegalStateException("the workbench is already in this window");
        }
        setTitle("Veritag — " + databaseName);
        getContentPane().removeAll();
        getRootPane().getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).clear(); // the opening view's keys
        getRootPane().getActionMap().clear();
        this.controller = controller;
        controller.attach(this);
        LabelingModel model = controller.model();
        LabelColours colours = new LabelColours(model.allLabels());
        ArticleTextArea text = controller.text();
        text.setLabelColours(colours::colour);
        text.setToolTips(offset -> toolTip(model, offset));

        actions = new WorkbenchActions(controller);
        windowActions = new WindowActions(this, controller);
        articleList = new ArticleListPanel(model, controller::openArticle);
        spanList = new SpanListPanel(model, colours, controller::reveal);
        textScroll = new JScrollPane(text);
        textScroll.setBorder(null);
        textScroll.getVerticalScrollBar().setUnitIncrement(24);
        findBar = new FindBar(text);
        findActions = new FindActions(model, findBar, this::openCorpusSearch);
        JPanel textWithFind = new JPanel(new BorderLayout());
        articleInfo = new ArticleInfoBar(model, ArticleInfoBar.Browser.DESKTOP);
        JPanel aboveText = new JPanel(new BorderLayout());
        aboveText.add(articleInfo, BorderLayout.NORTH);
        aboveText.add(findBar, BorderLayout.SOUTH);
        textWithFind.add(aboveText, BorderLayout.NORTH);
        textWithFind.add(textScroll, BorderLayout.CENTER);

        JPanel right = new JPanel(new BorderLayout());
        right.add(new LabelBar(model, actions, colours), BorderLayout.NORTH);
        suggestions = new SuggestionsModel(controller.workspace(), controller.executor(), model);
        javax.swing.JLabel suggestionStatus = new javax.swing.JLabel(" ");
        suggestionStatus.setName("suggestionStatus");
        new SuggestionLayer(text, suggestions, colours::colour, line -> suggestionStatus.setText(line.isEmpty() ? " " : line));
        textWithFind.add(suggestionStatus, BorderLayout.SOUTH);
        claimCandidates = new ClaimCandidatesPanel(model, controller.workspace(), controller.executor());
        JSplitPane spansAndClaims = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, spanList, claimCandidates);
        spansAndClaims.setResizeWeight(0.6);
        spansAndClaims.setBorder(null);
        JSplitPane textAndSpans = new JSplitPane(JSplitPane.VERTICAL_SPLIT, textWithFind, spansAndClaims);
        textAndSpans.setResizeWeight(0.85);
        io.veritag.ui.kit.WindowLayout layout = controller.prefs().layout("workbench");
        layout.split(textAndSpans, "textAndSpans", 520);
        spanList.keepMinimumIn(textAndSpans);
        textAndSpans.setBorder(null);
        right.add(textAndSpans, BorderLayout.CENTER);
        JSplitPane main = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, articleList, right);
        main.setResizeWeight(0.0);
        layout.split(main, "articles", 380);
        main.setBorder(null);

        getContentPane().add(main, BorderLayout.CENTER);
        getContentPane().add(new StatusBar(model), BorderLayout.SOUTH);
        setJMenuBar(new MainMenu(controller, actions, windowActions).withFind(findActions).build());
        getJMenuBar().add(new SuggestionMenu(controller, suggestions).build());
        addWindowListener(new java.awt.event.WindowAdapter() {
            @Override
            public void windowClosed(java.awt.event.WindowEvent e) {
                suggestions.close(); // the workspace's models outlive the window
            }
        });
        bindKeys(text);
        claimCandidates.install(getRootPane());
        SpanCopy.install(text, model);
        watchClicks(text);
        actions.links.install(this, text);
        model.addListener(aspect -> show(aspect, model));
        controller.onAnnotatorSwitched(a -> windowActions.refresh());
        layout.columns(articleList.table(), "articles");
        layout.columns(spanList.table(), "spans");
        getRootPane().revalidate();
        repaint();
    }

    WorkbenchController controller() {
        return controller;
    }

    WorkbenchActions actions() {
        return actions;
    }

    ClaimCandidatesPanel claimCandidates() {
        return claimCandidates;
    }

    SuggestionsModel suggestions() {
        return suggestions;
    }

    /** First start on an empty database: offer the bundled sample corpus. */
    void offerSamplesIfEmpty() {
        windowActions.imports.offerSamplesIfEmpty();
    }

    private void show(LabelingModel.Aspect aspect, LabelingModel model) {
        ArticleTextArea text = controller.text();
        switch (aspect) {
            case ARTICLE -> {
                text.setArticleText(model.article().map(a -> a.text()).orElse(""));
                text.setSpans(new SpanLayers(model.spans()), new SpanLayers(model.others()));
                text.setSelectedSpan(-1);
                textScroll.getVerticalScrollBar().setValue(0);
            }
            case SPANS, OTHERS -> text.setSpans(new SpanLayers(model.spans()), new SpanLayers(model.others()));
            case ARTICLES -> text.setHint(model.articleCount() == 0
                    ? "No articles yet: File › Import articles… (Ctrl+I) or File › Load sample articles"
                    : "Pick an article on the left, or File › Import articles… (Ctrl+I)");
            case SELECTION -> text.setSelectedSpan(model.selectedSpan().map(Span::id).orElse(-1L));
            default -> { }
        }
    }

    /**
     * All command keys work anywhere in the window; in the filter box, plain keys (1, 2, 3, N…) type as usual.
     * In the read-only text, Delete and Backspace must reach the Delete-span command instead of the text's
     * own (editing) actions.
     */
    private void bindKeys(ArticleTextArea text) {
        InputMap windowKeys = getRootPane().getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW);
        ActionMap windowActionsMap = getRootPane().getActionMap();
        Map<KeyStroke, CommandAction> bindings = new java.util.LinkedHashMap<>(actions.keyBindings());
        bindings.putAll(findActions.keyBindings());
        for (Map.Entry<KeyStroke, CommandAction> e : bindings.entrySet()) {
            windowKeys.put(e.getKey(), e.getValue().getValue(javax.swing.Action.NAME) + "#" + e.getKey());
            windowActionsMap.put(e.getValue().getValue(javax.swing.Action.NAME) + "#" + e.getKey(), e.getValue());
        }
        InputMap textKeys = text.getInputMap(JComponent.WHEN_FOCUSED);
        textKeys.put(KeyStroke.getKeyStroke(KeyEvent.VK_DELETE, 0), "none");
        textKeys.put(KeyStroke.getKeyStroke(KeyEvent.VK_BACK_SPACE, 0), "none");
        textKeys.put(KeyStroke.getKeyStroke('?'), "none"); // to the window's Help → Keyboard shortcuts
        // Swing text components flip the text direction on Ctrl+Shift+O; here that key shows the others' spans
        KeyStroke orientation = KeyStroke.getKeyStroke(KeyEvent.VK_O, KeyEvent.CTRL_DOWN_MASK | KeyEvent.SHIFT_DOWN_MASK);
        textKeys.put(orientation, "none");
        typeOnly(articleList.filterField(), orientation);
        typeOnly(findBar.field(), orientation);
    }

    /** In a text field of the window, plain keys (1, 2, 3, N…) type as usual instead of firing commands. */
    private void typeOnly(javax.swing.JTextField field, KeyStroke orientation) {
        InputMap fieldKeys = field.getInputMap(JComponent.WHEN_FOCUSED);
        fieldKeys.put(orientation, "none");
        field.getActionMap().put("type-only", new AbstractAction() {
            @Override
            public void actionPerformed(java.awt.event.ActionEvent e) {
                // swallow the key press so no command fires; the typed character still reaches the field
            }
        });
        for (KeyStroke key : actions.keyBindings().keySet()) {
            int mods = key.getModifiers() & ~(KeyEvent.SHIFT_DOWN_MASK | KeyEvent.SHIFT_MASK);
            if (mods == 0 && fieldKeys.get(key) == null) {
                fieldKeys.put(key, "type-only");
            }
        }
    }

    ArticleInfoBar articleInfo() {
        return articleInfo;
    }

    FindBar findBar() {
        return findBar;
    }

    /** Find in all articles: one dialog, brought to the front when open again. */
    void openCorpusSearch() {
        if (corpusSearch == null || !corpusSearch.isDisplayable()) {
            corpusSearch = new CorpusSearchDialog(this, controller.workspace()::search, controller.executor(),
                    (id, start, end, words) -> controller.openArticle(id, () -> {
                        findBar.showMatchAt(words, start);
                        controller.text().select(start, end);
                        controller.text().revealRange(start, end);
                        controller.text().requestFocusInWindow();
                    }));
        }
        String selected = controller.text().getSelectedText();
        if (selected != null && !selected.isBlank() && selected.length() <= 100 && selected.indexOf('\n') < 0
                && corpusSearch.field().getText().isEmpty()) {
            corpusSearch.field().setText(selected.strip());
        }
        corpusSearch.setVisible(true);
        corpusSearch.toFront();
        corpusSearch.field().requestFocusInWindow();
    }

    CorpusSearchDialog corpusSearch() {
        return corpusSearch;
    }

    /** A click (not a drag) in the text selects the span under the mouse; double-click selects a word. */
    private void watchClicks(ArticleTextArea text) {
        text.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                if (e.getClickCount() == 1 && text.getSelectionStart() == text.getSelectionEnd()) {
                    int offset = text.viewToModel2D(e.getPoint());
                    if (offset >= 0) {
                        controller.clickedAt(offset);
                    }
                }
            }
        });
    }

    private static String toolTip(LabelingModel model, int offset) {
        StringBuilder tip = new StringBuilder();
        for (Span s : model.spans()) {
            if (s.contains(offset)) {
                tip.append(tip.length() == 0 ? "" : "\n").append(s.label())
                        .append(s.note() == null ? "" : ": " + s.note());
            }
        }
        for (Span s : model.others()) {
            if (s.contains(offset)) {
                tip.append(tip.length() == 0 ? "" : "\n").append(s.label()).append(" by ")
                        .append(model.annotatorName(s.annotatorId())).append(" (read-only)");
            }
        }
        return tip.length() == 0 ? null : tip.toString(); // plain text: FlatLaf shows one line per \n
    }
}
