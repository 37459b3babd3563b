package io.veritag.ui.agreement;

import io.veritag.model.Counted;
import io.veritag.agreement.AgreementCalculator;
import io.veritag.agreement.AgreementReport;
import io.veritag.agreement.AnnotatorPair;
import io.veritag.agreement.ArticleAgreement;
import io.veritag.agreement.Score;
import io.veritag.model.Label;
import io.veritag.service.CancelledException;
import io.veritag.service.Progress;
import io.veritag.service.agreement.AgreementSelection;
import io.veritag.service.agreement.AgreementService;
import io.veritag.ui.kit.UiExecutor;
import io.veritag.ui.kit.WorkbenchContext;
import io.veritag.ui.kit.ThemeColours;
import io.veritag.ui.kit.WindowKeys;
import io.veritag.ui.kit.WindowLayout;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.RowSorter;
import javax.swing.SortOrder;
import javax.swing.WindowConstants;
import javax.swing.table.TableRowSorter;

/**
 * The Agreement view: headline numbers with what they mean, a pairwise kappa heatmap, a per-label chart,
 * the articles worst first and the token confusion per pair. A click on an article, a heatmap cell or a
 * confusion cell opens the disputed text. Everything is computed off the EDT, with progress and Cancel.
 */
public final class AgreementWindow extends JFrame {
    private final AgreementService service;
    private final Map<String, Color> labelColours = new HashMap<>();
    private final SelectionBar selectionBar;
    private final HeadlinePanel headline = new HeadlinePanel();
    private final PairHeatmap heatmap = new PairHeatmap(this::openPair);
    private final LabelChart chart = new LabelChart();
    private final ArticleAgreementTableModel articles = new ArticleAgreementTableModel();
    private final JTable articleTable = new JTable(articles);
    private final ConfusionPanel confusion = new ConfusionPanel(this::openCell);
    private final LinkAgreementPanel links = new LinkAgreementPanel();
    private final ClusterAgreementPanel clusters = new ClusterAgreementPanel();
    private final JProgressBar progress = new JProgressBar(0, 3);
    /** Fits an 800-pixel-high screen with its task bar. */
    static final Dimension DEFAULT_SIZE = new Dimension(1240, 760);
    private final JLabel status = new JLabel(" ");
    private final JButton cancel = new JButton("Cancel");
    private AgreementService.Computed computed;
    private final transient UiExecutor executor;
    private UiExecutor.Running running;
    private int generation;
    private boolean computing;

    /** What the selection bar offers, read from the database (off the EDT when opened from the menu). */
    record Choices(List<Label> labels, List<String> annotators, List<String> sources) {
        static Choices load(AgreementService service) {
            return new Choices(service.labels(), service.annotatorsWithSpans(), service.sources());
        }
    }

    /** Opens the window from the workbench's Review menu: reads the choices in the background, then shows it. */
    public static void open(WorkbenchContext context) {
        AgreementService service = context.workspace().agreement();
        context.executor().read(() -> Choices.load(service), choices -> {
            AgreementWindow window = new AgreementWindow(service, choices, context.executor());
            window.rememberLayout(context.layout("agreement"), context.frame());
            window.setVisible(true);
            window.computeNow();
        }, e -> javax.swing.JOptionPane.showMessageDialog(context.frame(), "Cannot open the agreement view: "
                + e.getMessage(), "Agreement", javax.swing.JOptionPane.ERROR_MESSAGE));
    }

    /** A window over {@code choices} read beforehand (off the EDT); computations run on {@code executor}. */
    AgreementWindow(AgreementService service, Choices choices, UiExecutor executor) {
        super("Veritag — Agreement");
        this.service = service;
        this.executor = executor;
        setName("agreementWindow");
        setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        List<Label> labels = choices.labels();
        labels.forEach(l -> labelColours.put(l.name(), ThemeColours.label(l.colour())));
        selectionBar = new SelectionBar(choices.annotators(), choices.sources(), labels);
        selectionBar.compute.addActionListener(e -> computeNow());

        JPanel charts = new JPanel(new BorderLayout(12, 0));
        JPanel heatmapBox = new JPanel(new BorderLayout());
        JLabel heatmapTitle = new JLabel("Cohen's kappa per pair (click a cell)");
        heatmapTitle.setBorder(BorderFactory.createEmptyBorder(0, 8, 4, 0));
        heatmapBox.add(heatmapTitle, BorderLayout.NORTH);
        heatmapBox.add(heatmap, BorderLayout.CENTER);
        charts.add(heatmapBox, BorderLayout.WEST);
        charts.add(chart.component(), BorderLayout.CENTER);
        JPanel overview = new JPanel(new BorderLayout());
        overview.add(headline, BorderLayout.NORTH);
        overview.add(charts, BorderLayout.CENTER);

        articleTable.setName("articleTable");
        articleTable.setAutoCreateRowSorter(false);
        ScoreCellRenderer scores = new ScoreCellRenderer();
        articleTable.setDefaultRenderer(Score.class, scores);
        TableRowSorter<ArticleAgreementTableModel> sorter = new TableRowSorter<>(articles);
        for (int c = ArticleAgreementTableModel.ALPHA_U; c <= ArticleAgreementTableModel.EXACT_F1; c++) {
            sorter.setComparator(c, Score.ASCENDING_UNDEFINED_LAST);
        }
        articleTable.setRowSorter(sorter);
        io.veritag.ui.kit.TruncationTips.install(articleTable);
        io.veritag.ui.kit.TruncationTips.fitHeaders(articleTable);
        narrowButWholeHeader(articleTable, ArticleAgreementTableModel.ID, 60);
        narrowButWholeHeader(articleTable, ArticleAgreementTableModel.TOKENS, 70);
        articleTable.getColumnModel().getColumn(ArticleAgreementTableModel.TITLE).setPreferredWidth(320);
        articleTable.setToolTipText("Worst agreement first; click an article to see the disputed text");
        io.veritag.ui.kit.Clicks.onClick(articleTable, point -> {
            int row = articleTable.rowAtPoint(point);
            return row >= 0 ? articles.row(articleTable.convertRowIndexToModel(row)).articleId() : null;
        }, this::openArticle);
        JTabbedPane tabs = new JTabbedPane();
        tabs.addTab("Articles, worst first", new JScrollPane(articleTable));
        tabs.addTab("Token confusion", new JScrollPane(confusion));
        tabs.addTab("Links", links);
        tabs.addTab("Claim clusters", clusters);

        JSplitPane split = new JSplitPane(JSplitPane.VERTICAL_SPLIT, overview, tabs);
        split.setResizeWeight(0.55);
        split.setBorder(null);

        JPanel bottom = new JPanel(new FlowLayout(FlowLayout.LEFT, 8, 2));
        progress.setName("progress");
        progress.setPreferredSize(new Dimension(160, progress.getPreferredSize().height));
        status.setName("status");
        cancel.setName("cancel");
        cancel.setEnabled(false);
        cancel.addActionListener(e -> {
            if (running != null) {
                running.cancel();
            }
        });
        bottom.add(progress);
        bottom.add(cancel);
        bottom.add(status);

        getContentPane().add(selectionBar, BorderLayout.NORTH);
        getContentPane().add(split, BorderLayout.CENTER);
        getContentPane().add(bottom, BorderLayout.SOUTH);
        setSize(WindowLayout.fit(WindowLayout.scaled(DEFAULT_SIZE), WindowLayout.usableScreen(this)));
        WindowKeys.closeOnEscape(this, getRootPane());
    }

    /** Opens at the user's last size and place (at most the screen's size; 1240×760 the first time). */
    void rememberLayout(WindowLayout layout, java.awt.Component relativeTo) {
        layout.window(this, DEFAULT_SIZE, relativeTo);
        layout.columns(articleTable, "articles");
    }

    /** Computes the report for the current selection in the background. */
    void computeNow() {
        AgreementSelection selection;
        try {
            selection = selectionBar.selection();
        } catch (IllegalArgumentException e) {
            status.setText(e.getMessage());
            return;
        }
        if (running != null) {
            running.cancel();
        }
        selectionBar.compute.setEnabled(false);
        cancel.setEnabled(true);
        progress.setValue(0);
        status.putClientProperty("FlatLaf.styleClass", null);
        int ticket = ++generation;
        computing = true;
        running = executor.task(p -> service.compute(selection, p), step -> {
            if (ticket == generation) {
                progress.setValue((int) Math.min(3, step.done() * 3 / Math.max(1, step.total())));
                status.setText(step.message() + "…");
            }
        }, result -> {
            if (ticket == generation) { // else superseded by a newer computation
                finishedComputing();
                show(result);
                progress.setValue(3);
            }
        }, e -> {
            if (ticket == generation) {
                finishedComputing();
                status.putClientProperty("FlatLaf.styleClass", "error");
                status.setText(e instanceof CancelledException ? "Cancelled." : "Could not compute: " + e.getMessage());
            }
        });
    }

    private void finishedComputing() {
        computing = false;
        selectionBar.compute.setEnabled(true);
        cancel.setEnabled(false);
    }

    private void show(AgreementService.Computed result) {
        computed = result;
        AgreementReport report = result.report();
        headline.show(report);
        heatmap.show(report);
        chart.show(report);
        articles.show(report.perArticle());
        articleTable.getRowSorter().setSortKeys(List.of(
                new RowSorter.SortKey(ArticleAgreementTableModel.ALPHA_U, SortOrder.ASCENDING)));
        confusion.show(report, AgreementCalculator.pairs(report.annotators()));
        links.show(report);
        clusters.showPending();
        executor.read(() -> service.clusterAgreement(result), pairs -> {
            if (computed == result) {
                clusters.show(pairs);
            }
        }, e -> clusters.showFailure());
        status.setText(report.articles() == 0
                ? "No articles to compare: nothing that every chosen annotator marked done (try Include unfinished)."
                : "Computed on " + Counted.of(report.articles(), "article") + ".");
    }

    private void openArticle(long articleId) {
        if (computed == null) {
            return;
        }
        List<Integer> all = IntStream.range(0, computed.input().annotators().size()).boxed().toList();
        open("all annotators", all, DisputeEntries.allArticles(computed.report()), articleId);
    }

    private void openPair(AnnotatorPair pair) {
        if (computed == null) {
            return;
        }
        open(pair.first() + " vs " + pair.second(), List.of(pair.firstIndex(), pair.secondIndex()),
                DisputeEntries.forPair(computed.report(), pair), -1);
    }

    private void openCell(AnnotatorPair pair, int row, int column) {
        if (computed == null) {
            return;
        }
        List<String> categories = computed.report().tokenLevel().confusion().get(pair.key()).categories();
        String first = categories.get(row);
        String second = categories.get(column);
        var labels = computed.input().labels();
        open(pair.first() + " says " + first + ", " + pair.second() + " says " + second,
                List.of(pair.firstIndex(), pair.secondIndex()), DisputeEntries.forCell(computed.report(), pair, row, column), -1,
                article -> io.veritag.agreement.ConfusionTokens.of(article, labels, pair.firstIndex(), pair.secondIndex(),
                        first, second));
    }

    private void open(String heading, List<Integer> shown, List<DisputeDialog.Entry> entries, long selected) {
        open(heading, shown, entries, selected, null);
    }

    private void open(String heading, List<Integer> shown, List<DisputeDialog.Entry> entries, long selected,
                      java.util.function.Function<io.veritag.agreement.ArticleAnnotations,
                              List<io.veritag.agreement.ConfusionTokens.Range>> focus) {
        DisputeDialog dialog = new DisputeDialog(this, heading, computed.input(), new ArrayList<>(shown), entries, selected,
                labelColours, focus);
        lastDispute = dialog;
        dialog.setVisible(true);
    }

    private DisputeDialog lastDispute;

    /** The disputed-text dialog opened last (for tests). */
    DisputeDialog lastDispute() {
        return lastDispute;
    }

    /** Opens the dispute view of the worst article ("article") or of the first pair ("pair"): for tests and demos. */
    void openFirst(String what) {
        if (computed == null) {
            return;
        }
        if (what.equals("pair")) {
            openPair(AgreementCalculator.pairs(computed.report().annotators()).get(0));
        } else if (!articles.rows().isEmpty()) {
            openArticle(articles.rows().get(0).articleId());
        }
    }

    // for tests
    AgreementReport report() {
        return computed == null ? null : computed.report();
    }

    boolean busy() {
        return computing;
    }

    HeadlinePanel headline() {
        return headline;
    }

    PairHeatmap heatmap() {
        return heatmap;
    }

    LinkAgreementPanel links() {
        return links;
    }

    LabelChart chart() {
        return chart;
    }

    List<ArticleAgreement> articleRows() {
        return articles.rows();
    }

    /**
     * Caps a short column at {@code width} (at 100 %) but never below its header with a sort arrow, measured in
     * the fonts of the UI scale: a fixed cap cut "Tokens" at 150 %.
     */
    private static void narrowButWholeHeader(JTable table, int column, int width) {
        javax.swing.RowSorter<?> sorter = table.getRowSorter();
        List<? extends javax.swing.RowSorter.SortKey> keys = sorter.getSortKeys();
        sorter.setSortKeys(List.of(new javax.swing.RowSorter.SortKey(column, SortOrder.ASCENDING)));
        javax.swing.table.TableColumn tableColumn = table.getColumnModel().getColumn(column);
        int header = table.getTableHeader().getDefaultRenderer().getTableCellRendererComponent(table,
                tableColumn.getHeaderValue(), false, false, -1, column).getPreferredSize().width + 4;
        sorter.setSortKeys(keys);
        int cap = Math.max(com.formdev.flatlaf.util.UIScale.scale(width), header);
        tableColumn.setMaxWidth(cap);
        tableColumn.setPreferredWidth(Math.min(cap, Math.max(header, tableColumn.getPreferredWidth())));
    }
}
