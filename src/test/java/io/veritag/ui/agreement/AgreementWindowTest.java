package io.veritag.ui.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import com.formdev.flatlaf.FlatLightLaf;
import io.veritag.agreement.ArticleAgreement;
import io.veritag.service.agreement.AgreementFixture;
import io.veritag.service.Workspace;
import io.veritag.service.agreement.AgreementService;
import io.veritag.store.Database;
import io.veritag.ui.kit.EdtGuard;
import io.veritag.ui.kit.Settle;
import io.veritag.ui.kit.SwingExecutor;
import java.awt.Dimension;
import java.awt.Point;
import javax.swing.JDialog;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.GenericTypeMatcher;
import org.assertj.swing.core.MouseButton;
import org.assertj.swing.core.Robot;
import org.assertj.swing.data.TableCell;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Drives the Agreement window with AssertJ Swing (under Xvfb) on a fresh database per test. */
class AgreementWindowTest {
    private final EdtGuard guard = new EdtGuard();
    private final SwingExecutor executor = new SwingExecutor();
    private Database database;
    private AgreementFixture fixture;
    private Robot robot;
    private FrameFixture window;
    private AgreementWindow frame;

    @BeforeAll
    static void lookAndFeel() {
        FailOnThreadViolationRepaintManager.install();
        GuiActionRunner.execute(() -> FlatLightLaf.setup());
    }

    @BeforeEach
    void open() {
        database = guard.database();
        fixture = AgreementFixture.populate(database.store());
        AgreementService service = new Workspace(database).agreement();
        AgreementWindow.Choices choices = AgreementWindow.Choices.load(service);
        robot = BasicRobot.robotWithNewAwtHierarchy();
        frame = GuiActionRunner.execute(() -> new AgreementWindow(service, choices, executor));
        window = new FrameFixture(robot, frame);
        window.show(new Dimension(1200, 800));
    }

    @AfterEach
    void close() {
        Settle.settle(robot, executor);
        window.cleanUp();
        database.close();
        guard.assertNoQueryRanOnTheEdt();
    }

    private void computeAndWait() {
        window.button("compute").click();
        Settle.settle(robot, executor);
        assertThat(GuiActionRunner.execute(() -> frame.busy())).isFalse();
    }

    @Test
    void saysWhyThereIsNothingToCompareWhenNotEveryoneFinished() {
        computeAndWait(); // anna, boris, carol selected; carol finished nothing

        window.label("status").requireText(java.util.regex.Pattern.compile("No articles to compare.*Include unfinished.*"));
        window.label("headline.cohen").requireText("undefined");
        assertThat(window.label("headline.cohen").target().getToolTipText()).startsWith("undefined — undefined for pair anna|boris");
        assertThat(window.label("headline.cohen.explanation").text()).contains("Why undefined: undefined for pair anna|boris: no tokens to compare.");
    }

    @Test
    void showsHeadlineNumbersAndArticlesWorstFirst() {
        window.list("annotators").selectItems("anna", "boris");
        computeAndWait();

        window.label("agreementSummary").requireText("anna, boris on 3 articles, "
                + GuiActionRunner.execute(() -> frame.report().tokens()) + " tokens");
        double kappa = GuiActionRunner.execute(() -> frame.report().tokenLevel().cohenKappaMeanPairwise().value());
        window.label("headline.cohen").requireText(String.format(java.util.Locale.ROOT, "%.3f", kappa));
        assertThat(window.table("articleTable").rowCount()).isEqualTo(3);
        // worst first: alpha_u ascending, the article nobody marked (undefined) last
        assertThat(window.table("articleTable").valueAt(TableCell.row(2).column(1))).isEqualTo("Nothing");
        assertThat(window.table("articleTable").valueAt(TableCell.row(2).column(3))).isEqualTo("undefined — nobody marked any span");
        ArticleAgreement worst = GuiActionRunner.execute(() -> frame.articleRows().get(0));
        assertThat(window.table("articleTable").valueAt(TableCell.row(0).column(0))).isEqualTo(Long.toString(worst.articleId()));
        assertThat(GuiActionRunner.execute(() -> frame.chart().dataset().getColumnKeys())).containsExactly("CLAIM", "DENIAL", "SPECULATION");
    }

    @Test
    void theLinksTabShowsLinkF1PerMatchingAndSourceTypeAgreement() {
        // both name the mayor as the source of their claim; anna's claim [0,33), boris's [4,33): overlap only
        var store = database.store();
        for (long annotator : new long[] {fixture.anna, fixture.boris}) {
            var mayor = store.spans().insert(fixture.article1, annotator, 0, 9, "SOURCE", null,
                    io.veritag.model.SourceType.POLITICIAN, null);
            var claim = store.spans().forArticle(fixture.article1, annotator).stream()
                    .filter(s -> s.label().equals("CLAIM") && s.end() == 33).findFirst().orElseThrow();
            store.links().insert(claim.id(), mayor.id(), io.veritag.model.LinkType.SAID_BY);
        }
        window.list("annotators").selectItems("anna", "boris");
        computeAndWait();
        window.tabbedPane().selectTab("Links");

        var links = window.table("linkTable");
        // rows: exact (All, Said by, Denies, Hedges), then overlap (the same)
        assertThat(links.valueAt(TableCell.row(0).column(0))).isEqualTo("anna → boris");
        assertThat(links.valueAt(TableCell.row(0).column(2))).isEqualTo("All links");
        assertThat(links.valueAt(TableCell.row(0).column(5))).isEqualTo(ScoreFormat.brief(io.veritag.agreement.Score.of(0)));
        assertThat(links.valueAt(TableCell.row(4).column(1))).isEqualTo("overlap");
        assertThat(links.valueAt(TableCell.row(4).column(5))).isEqualTo(ScoreFormat.brief(io.veritag.agreement.Score.of(1)));
        assertThat(links.valueAt(TableCell.row(6).column(2))).isEqualTo("Denies");
        assertThat(links.valueAt(TableCell.row(6).column(5))).startsWith("undefined");
        var flags = window.table("flagTable");
        assertThat(flags.valueAt(TableCell.row(0).column(2))).isEqualTo("Source type");
        assertThat(flags.valueAt(TableCell.row(0).column(3))).isEqualTo("1");
        assertThat(flags.valueAt(TableCell.row(0).column(5))).isEqualTo(ScoreFormat.brief(io.veritag.agreement.Score.of(1)));
    }

    @Test
    void clickingAnArticleOpensItsDisputedTextWithEachDisagreementMarked() {
        window.list("annotators").selectItems("anna", "boris");
        computeAndWait();

        window.table("articleTable").cell(TableCell.row(GuiActionRunner.execute(() -> rowOf(fixture.article1))).column(1)).click();
        DialogFixture dispute = disputeDialog();

        String text = dispute.textBox("disputeText").text();
        // anna: "The mayor said the bridge is safe." CLAIM [0,33) vs boris [4,33): boundary;
        // anna DENIAL vs boris CLAIM on the same stretch: label
        assertThat(text).contains("anna\tThe mayor said the bridge is safe⟨boundary⟩")
                .contains("boris\tThe mayor said the bridge is safe⟨boundary⟩")
                .contains("Officials denied any damage⟨label⟩.");
        dispute.close();
    }

    @Test
    void anArticleOpensWhenPressAndReleaseAreOnItsRowEvenIfThePointerMovedABit() {
        window.list("annotators").selectItems("anna", "boris");
        computeAndWait();
        javax.swing.JTable table = window.table("articleTable").target();
        java.awt.Rectangle row = GuiActionRunner.execute(() -> table.getCellRect(rowOf(fixture.article1), 1, true));

        DialogFixture dispute = untilTheDisputeOpens(() -> pressMoveRelease(table, new Point(row.x + row.width / 2, row.y + row.height / 2)));
        assertThat(dispute.textBox("disputeText").text()).contains("Officials denied any damage⟨label⟩.");
        dispute.close();
    }

    /** Presses the left button at {@code at}, moves the pointer 4 and 3 pixels on, releases. */
    private void pressMoveRelease(java.awt.Component component, Point at) {
        robot.pressMouse(component, at, MouseButton.LEFT_BUTTON);
        robot.moveMouse(component, new Point(at.x + 4, at.y + 3));
        robot.releaseMouse(MouseButton.LEFT_BUTTON);
        robot.waitForIdle();
    }

    @Test
    void clickingAHeatmapCellOpensThePairsDisputedArticles() {
        window.list("annotators").selectItems("anna", "boris");
        computeAndWait();

        DialogFixture dispute = clickHeatmapCellUntilTheDisputeOpens(0, 1);

        assertThat(dispute.target().getTitle()).isEqualTo("Disputed text — anna vs boris");
        assertThat(dispute.list("disputeArticles").contents()).hasSize(2).allMatch(s -> s.contains("tokens disputed"));
        assertThat(dispute.textBox("disputeText").text()).doesNotContain("⟨missing⟩");
        // boris's speculation overlaps his own claim: it gets a second line, and anna has a claim there
        dispute.list("disputeArticles").selectItem(java.util.regex.Pattern.compile(".*Kherson is free.*"));
        assertThat(dispute.textBox("disputeText").text())
                .contains("boris (2)\t🇺🇦 Kherson is free, the governor claimed. Russia may return, some speculate⟨label⟩.");
        dispute.close();
    }

    @Test
    void aHeatmapCellOpensWhenPressAndReleaseAreInItEvenIfThePointerMovedABit() {
        window.list("annotators").selectItems("anna", "boris");
        computeAndWait();
        GuiActionRunner.execute(() -> javax.swing.ToolTipManager.sharedInstance().setEnabled(false));
        try {
            DialogFixture dispute = pressMoveReleaseUntilTheDisputeOpens(0, 1);
            assertThat(dispute.target().getTitle()).isEqualTo("Disputed text — anna vs boris");
            dispute.close();
            Point centre = GuiActionRunner.execute(() -> frame.heatmap().cellCentre(0, 1));

            // pressed in the pair's cell, released on the diagonal: nothing opens, as with a button
            Point diagonal = GuiActionRunner.execute(() -> frame.heatmap().cellCentre(1, 1));
            robot.pressMouse(frame.heatmap(), centre, MouseButton.LEFT_BUTTON);
            robot.moveMouse(frame.heatmap(), diagonal);
            robot.releaseMouse(MouseButton.LEFT_BUTTON);
            robot.waitForIdle();
            assertThat(GuiActionRunner.execute(() -> java.util.Arrays.stream(java.awt.Window.getWindows())
                    .anyMatch(w -> w.isShowing() && "disputeDialog".equals(w.getName())))).isFalse();
        } finally {
            GuiActionRunner.execute(() -> javax.swing.ToolTipManager.sharedInstance().setEnabled(true));
        }
    }

    @Test
    void clickingAConfusionCellOutlinesThoseTokensInTheDisputedText() {
        window.list("annotators").selectItems("anna", "boris");
        computeAndWait();
        window.tabbedPane().selectTab("Token confusion");
        javax.swing.JTable confusion = window.table(new GenericTypeMatcher<javax.swing.JTable>(javax.swing.JTable.class) {
            @Override
            protected boolean isMatching(javax.swing.JTable table) {
                return table.getName() != null && table.getName().startsWith("confusion.") && table.isShowing();
            }
        }).target();
        // anna says DENIAL (row 1), boris says CLAIM (column 1 + the caption column): "Officials denied any damage"
        assertThat(GuiActionRunner.execute(() -> confusion.getValueAt(1, 0))).isEqualTo("DENIAL");
        assertThat(GuiActionRunner.execute(() -> confusion.getColumnName(1))).isEqualTo("CLAIM");
        java.awt.Rectangle cell = GuiActionRunner.execute(() -> confusion.getCellRect(1, 1, true));
        robot.click(confusion, new Point(cell.x + cell.width / 2, cell.y + cell.height / 2), MouseButton.LEFT_BUTTON, 1);
        DialogFixture dispute = disputeDialog();
        assertThat(dispute.target().getTitle()).isEqualTo("Disputed text — anna says DENIAL, boris says CLAIM");
        dispute.label("focusLegend").requireVisible();
        DisputePane pane = (DisputePane) dispute.textBox("disputeText").target();
        assertThat(outlinedTexts(pane)).containsExactly("Officials denied any damage", "Officials denied any damage");
        dispute.close();

        // anna CLAIM (row 0) vs boris O (last column): only "The", which boris left out, in both rows
        // pressed, moved a few pixels within the cell, released: a click all the same
        java.awt.Rectangle outside = GuiActionRunner.execute(() -> confusion.getCellRect(0, confusion.getColumnCount() - 1, true));
        dispute = untilTheDisputeOpens(() -> pressMoveRelease(confusion, new Point(outside.x + outside.width / 2, outside.y + outside.height / 2)));
        dispute.list("disputeArticles").selectItem(java.util.regex.Pattern.compile("#" + fixture.article1 + " .*"));
        pane = (DisputePane) dispute.textBox("disputeText").target();
        assertThat(outlinedTexts(pane)).containsExactly("The", "The");
        dispute.close();
    }

    private java.util.List<String> outlinedTexts(DisputePane pane) {
        return GuiActionRunner.execute(() -> pane.outlinedRanges().stream().map(r -> {
            try {
                return pane.getDocument().getText(r[0], r[1] - r[0]);
            } catch (javax.swing.text.BadLocationException e) {
                throw new IllegalStateException(e);
            }
        }).toList());
    }

    @Test
    void opensAtTheScaledDefaultSizeWhenTheUiIsZoomed() {
        float before = com.formdev.flatlaf.util.UIScale.getZoomFactor();
        try {
            assertThat(GuiActionRunner.execute(() -> com.formdev.flatlaf.util.UIScale.setZoomFactor(1.5f))).isTrue();
            AgreementService service = new Workspace(database).agreement();
            AgreementWindow.Choices choices = AgreementWindow.Choices.load(service);
            AgreementWindow zoomed = GuiActionRunner.execute(() -> {
                AgreementWindow w = new AgreementWindow(service, choices, executor);
                w.rememberLayout(new io.veritag.ui.kit.WindowLayout(new io.veritag.ui.MemoryPreferences()), null);
                return w;
            });
            java.awt.Rectangle usable = GuiActionRunner.execute(() -> io.veritag.ui.kit.WindowLayout.usableScreen(zoomed));
            Dimension size = GuiActionRunner.execute(() -> zoomed.getSize());
            assertThat(size).isEqualTo(new Dimension(Math.min(1860, usable.width), Math.min(1140, usable.height)));
            GuiActionRunner.execute(() -> zoomed.dispose());
        } finally {
            GuiActionRunner.execute(() -> com.formdev.flatlaf.util.UIScale.setZoomFactor(before));
        }
    }

    @Test
    void columnHeadersAreNotCutWithTheFontsOfA150PercentUiScale() {
        java.awt.Font normal = GuiActionRunner.execute(() -> javax.swing.UIManager.getFont("defaultFont"));
        try {
            GuiActionRunner.execute(() -> { // what -Dflatlaf.uiScale=1.5 does to every font
                javax.swing.UIManager.put("defaultFont", null);
                javax.swing.UIManager.put("defaultFont", new javax.swing.plaf.FontUIResource(
                        normal.deriveFont(normal.getSize2D() * 1.5f)));
                FlatLightLaf.setup();
            });
            AgreementService service = new Workspace(database).agreement();
            AgreementWindow.Choices choices = AgreementWindow.Choices.load(service);
            AgreementWindow zoomed = GuiActionRunner.execute(() -> new AgreementWindow(service, choices, executor));
            FrameFixture big = new FrameFixture(robot, zoomed);
            big.show(new Dimension(1280, 800));
            javax.swing.JTable table = big.table("articleTable").target();
            GuiActionRunner.execute(() -> table.getRowSorter().setSortKeys(java.util.List.of( // a sort arrow too
                    new javax.swing.RowSorter.SortKey(ArticleAgreementTableModel.TOKENS, javax.swing.SortOrder.ASCENDING))));
            robot.waitForIdle();
            for (int c : new int[] {ArticleAgreementTableModel.ID, ArticleAgreementTableModel.TOKENS}) {
                int wanted = GuiActionRunner.execute(() -> table.getTableHeader().getDefaultRenderer()
                        .getTableCellRendererComponent(table, table.getColumnModel().getColumn(c).getHeaderValue(),
                                false, false, -1, c).getPreferredSize().width);
                int shown = GuiActionRunner.execute(() -> table.getColumnModel().getColumn(c).getWidth());
                assertThat(shown).as("column %d: header %d px wide", c, wanted).isGreaterThanOrEqualTo(wanted);
            }
            big.cleanUp();
        } finally {
            GuiActionRunner.execute(() -> {
                javax.swing.UIManager.put("defaultFont", null);
                FlatLightLaf.setup();
            });
        }
    }

    @Test
    void opensFromTheWorkbenchMenuWithTheChoicesReadInTheBackground() {
        io.veritag.ui.kit.WorkbenchContext context = new io.veritag.ui.kit.WorkbenchContext() {
            @Override
            public javax.swing.JFrame frame() {
                return frame;
            }

            @Override
            public Workspace workspace() {
                return new Workspace(database);
            }

            @Override
            public io.veritag.ui.kit.UiExecutor executor() {
                return executor;
            }

            @Override
            public io.veritag.model.Annotator annotator() {
                return database.store().annotators().byName("anna").orElseThrow(); // read by the test, off the EDT
            }

            @Override
            public void reload() {
            }
        };
        var anna = context.annotator();
        GuiActionRunner.execute(() -> AgreementWindow.open(context));

        FrameFixture opened = WindowFinder.findFrame(new GenericTypeMatcher<>(AgreementWindow.class) {
            @Override
            protected boolean isMatching(AgreementWindow w) {
                return w != frame && w.isShowing();
            }
        }).withTimeout(10_000).using(robot);
        assertThat(opened.list("annotators").contents()).containsExactly("anna", "boris", "carol");
        assertThat(opened.comboBox("source").contents()).containsExactly("All sources", "Outlet A", "Outlet B");
        opened.close();
    }

    private int rowOf(long articleId) {
        for (int row = 0; row < frame.articleRows().size(); row++) {
            if (frame.articleRows().get(row).articleId() == articleId) {
                return row;
            }
        }
        throw new AssertionError("article " + articleId + " not listed");
    }

    /** Presses in the cell, moves the pointer a few pixels inside it, releases (see {@link #untilTheDisputeOpens}). */
    private DialogFixture pressMoveReleaseUntilTheDisputeOpens(int row, int column) {
        return untilTheDisputeOpens(() -> pressMoveRelease(frame.heatmap(), heatmapCell(row, column)));
    }

    private DialogFixture clickHeatmapCellUntilTheDisputeOpens(int row, int column) {
        // the cell's tooltip may pop up before a slow robot presses: placed to fit the screen, its own window can
        // lie under the pointer and take the click, so the heatmap never hears it
        GuiActionRunner.execute(() -> javax.swing.ToolTipManager.sharedInstance().setEnabled(false));
        try {
            return untilTheDisputeOpens(() -> robot.click(frame.heatmap(), heatmapCell(row, column), MouseButton.LEFT_BUTTON, 1));
        } finally {
            GuiActionRunner.execute(() -> javax.swing.ToolTipManager.sharedInstance().setEnabled(true));
        }
    }

    /** The cell's centre, the window laid out first: the grid may be laid out anew when the report arrives. */
    private Point heatmapCell(int row, int column) {
        return GuiActionRunner.execute(() -> {
            frame.validate();
            return frame.heatmap().cellCentre(row, column);
        });
    }

    /**
     * Makes the gesture as a user does until the dispute opens. In the full suite a robot's gesture was sometimes
     * lost (on the heatmap, several in a row in one test and none in its rerun), so it gets up to three; the
     * dialog must open from one.
     */
    private DialogFixture untilTheDisputeOpens(Runnable gesture) {
        for (int attempt = 1; ; attempt++) {
            gesture.run();
            robot.waitForIdle();
            try {
                return WindowFinder.findDialog(new GenericTypeMatcher<>(JDialog.class) {
                    @Override
                    protected boolean isMatching(JDialog dialog) {
                        return "disputeDialog".equals(dialog.getName()) && dialog.isShowing();
                    }
                }).withTimeout(attempt < 3 ? 5_000 : 30_000).using(robot);
            } catch (org.assertj.swing.exception.WaitTimedOutError lost) {
                if (attempt == 3) {
                    throw lost;
                }
            }
        }
    }

    private DialogFixture disputeDialog() {
        return WindowFinder.findDialog(new GenericTypeMatcher<>(JDialog.class) {
            @Override
            protected boolean isMatching(JDialog dialog) {
                return "disputeDialog".equals(dialog.getName()) && dialog.isShowing();
            }
        }).withTimeout(30_000).using(robot); // its disputes are read in the background: slow on a busy machine
    }
}
