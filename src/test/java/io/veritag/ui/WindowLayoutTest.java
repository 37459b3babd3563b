package io.veritag.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.veritag.service.Workspace;
import io.veritag.service.adjudication.AdjudicationFixture;
import io.veritag.store.Database;
import io.veritag.ui.kit.EdtGuard;
import io.veritag.ui.kit.Settle;
import io.veritag.ui.kit.SwingExecutor;
import io.veritag.ui.kit.WindowLayout;
import java.awt.Dimension;
import java.awt.Frame;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.Window;
import java.nio.file.Path;
import java.util.Arrays;
import javax.swing.JSplitPane;
import javax.swing.JTable;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window layout is the user's: size, place, split positions and column widths come back in the next
 * run; a remembered place off every screen or a size beyond the screen is not used; the Agreement and
 * Adjudication windows fit an 800-pixel screen; the adjudication article list opens wide enough to read.
 */
class WindowLayoutTest {
    @TempDir
    Path dir;
    private final EdtGuard guard = new EdtGuard();
    private final SwingExecutor executor = new SwingExecutor();
    private final MemoryPreferences preferences = new MemoryPreferences();
    private Database database;
    private Workspace workspace;
    private AdjudicationFixture fixture;
    private Robot robot;

    @BeforeAll
    static void lookAndFeel() {
        GuiActionRunner.execute(() -> Theme.install(false));
    }

    @BeforeEach
    void setUp() {
        database = Database.open(dir.resolve("test").toString(), guard);
        workspace = new Workspace(database);
        fixture = new AdjudicationFixture(database.store());
        robot = BasicRobot.robotWithNewAwtHierarchy();
    }

    @AfterEach
    void close() {
        try {
            Settle.settle(robot, executor);
        } finally {
            robot.cleanUp();
            database.close();
        }
        guard.assertNoQueryRanOnTheEdt();
    }

    @Test
    void theWorkbenchComesBackAtTheSizePlaceSplitsAndColumnWidthsTheUserLeftIt() {
        WorkbenchFrame first = openWorkbench();
        GuiActionRunner.execute(() -> {
            first.setBounds(40, 30, 1240, 720);
        });
        Settle.settle(robot, executor);
        GuiActionRunner.execute(() -> {
            split(first, JSplitPane.HORIZONTAL_SPLIT).setDividerLocation(405);
            split(first, JSplitPane.VERTICAL_SPLIT).setDividerLocation(333);
        });
        Settle.settle(robot, executor);
        assertThat(GuiActionRunner.execute(() -> split(first, JSplitPane.HORIZONTAL_SPLIT).getDividerLocation())).isEqualTo(405);
        JTable articles = table(first, "articleTable");
        resizeColumn(articles, 0, 260);
        Settle.settle(robot, executor);
        int titleWidth = GuiActionRunner.execute(() -> articles.getColumnModel().getColumn(0).getWidth());
        GuiActionRunner.execute(first::dispose);

        WorkbenchFrame second = openWorkbench();
        assertThat(bounds(second)).isEqualTo(new Rectangle(40, 30, 1240, 720));
        assertThat(GuiActionRunner.execute(() -> split(second, JSplitPane.HORIZONTAL_SPLIT).getDividerLocation())).isEqualTo(405);
        assertThat(GuiActionRunner.execute(() -> split(second, JSplitPane.VERTICAL_SPLIT).getDividerLocation())).isEqualTo(333);
        assertThat(GuiActionRunner.execute(() -> table(second, "articleTable").getColumnModel().getColumn(0).getWidth()))
                .isBetween(titleWidth - 2, titleWidth + 2);
        GuiActionRunner.execute(second::dispose);
    }

    @Test
    void aRememberedPlaceOffEveryScreenOrASizeBeyondTheScreenIsNotUsed() {
        Rectangle screen = GuiActionRunner.execute(() -> GraphicsEnvironment.getLocalGraphicsEnvironment()
                .getDefaultScreenDevice().getDefaultConfiguration().getBounds());
        var node = preferences.node("layout").node("workbench");
        node.putInt("x", screen.x + screen.width + 500);
        node.putInt("y", 40);
        node.putInt("width", 900);
        node.putInt("height", 600);
        WorkbenchFrame offScreen = openWorkbench();
        assertThat(screen.contains(bounds(offScreen))).isTrue();
        GuiActionRunner.execute(offScreen::dispose);

        node.putInt("x", 0);
        node.putInt("y", 0);
        node.putInt("width", screen.width + 900);
        node.putInt("height", screen.height + 900);
        WorkbenchFrame huge = openWorkbench();
        Rectangle bounds = bounds(huge);
        assertThat(bounds.width).isLessThanOrEqualTo(screen.width);
        assertThat(bounds.height).isLessThanOrEqualTo(screen.height);
        GuiActionRunner.execute(huge::dispose);
    }

    @Test
    void theAgreementWindowFitsAn800PixelScreenAndRemembersItsSize() {
        WorkbenchFrame workbench = openWorkbench();
        GuiActionRunner.execute(() -> io.veritag.ui.agreement.AgreementWindow.open(workbench.controller()));
        Settle.settle(robot, executor);
        FrameFixture agreement = new FrameFixture(robot, showing("agreementWindow"));
        Rectangle usable = GuiActionRunner.execute(() -> WindowLayout.usableScreen(agreement.target()));
        Rectangle bounds = GuiActionRunner.execute(() -> agreement.target().getBounds());
        assertThat(usable.height).isLessThanOrEqualTo(800); // this test runs on an 800-pixel screen (Xvfb 1280x800)
        assertThat(usable.contains(bounds)).as(bounds + " inside " + usable).isTrue();

        GuiActionRunner.execute(() -> agreement.target().setBounds(20, 10, 1000, 650));
        Settle.settle(robot, executor);
        GuiActionRunner.execute(() -> agreement.target().dispose());
        GuiActionRunner.execute(() -> io.veritag.ui.agreement.AgreementWindow.open(workbench.controller()));
        Settle.settle(robot, executor);
        Frame again = showing("agreementWindow");
        assertThat(bounds(again)).isEqualTo(new Rectangle(20, 10, 1000, 650));
        GuiActionRunner.execute(again::dispose);
        GuiActionRunner.execute(workbench::dispose);
    }

    @Test
    void theAdjudicationArticleListOpensReadableAndKeepsTheWidthTheUserGaveIt() {
        WorkbenchFrame workbench = openWorkbench();
        Frame first = openAdjudication(workbench);
        JSplitPane list = split(first, JSplitPane.HORIZONTAL_SPLIT);
        assertThat(GuiActionRunner.execute(list::getDividerLocation)).isGreaterThanOrEqualTo(200);
        Rectangle usable = GuiActionRunner.execute(() -> WindowLayout.usableScreen(first));
        assertThat(usable.contains(bounds(first))).isTrue();
        GuiActionRunner.execute(() -> list.setDividerLocation(345));
        Settle.settle(robot, executor);
        GuiActionRunner.execute(first::dispose);

        Frame second = openAdjudication(workbench);
        assertThat(GuiActionRunner.execute(() -> split(second, JSplitPane.HORIZONTAL_SPLIT).getDividerLocation())).isEqualTo(345);
        GuiActionRunner.execute(second::dispose);
        GuiActionRunner.execute(workbench::dispose);
    }

    private Frame openAdjudication(WorkbenchFrame workbench) {
        GuiActionRunner.execute(() -> AdjudicationWindow.open(workbench.controller()));
        DialogFixture setup = WindowFinder.findDialog("adjudicationSetup").using(robot);
        GuiActionRunner.execute(() -> setup.textBox("curator").target().setText("dora"));
        GuiActionRunner.execute(() -> setup.button("start").target().doClick());
        FrameFixture window = WindowFinder.findFrame("adjudication").using(robot);
        Settle.settle(robot, executor);
        return window.target();
    }

    private WorkbenchFrame openWorkbench() {
        WorkbenchPrefs prefs = new WorkbenchPrefs(preferences);
        var labeling = workspace.labeling(fixture.anna);
        WorkbenchFrame frame = GuiActionRunner.execute(() -> {
            WorkbenchFrame f = Workbench.create(workspace, labeling, prefs, executor);
            f.setVisible(true);
            return f;
        });
        Settle.settle(robot, executor);
        return frame;
    }

    /** The showing frame of that name (found without AssertJ Swing's timed finders, after a settle). */
    private static Frame showing(String name) {
        return GuiActionRunner.execute(() -> Arrays.stream(Frame.getFrames())
                .filter(f -> name.equals(f.getName()) && f.isShowing()).findFirst().orElseThrow());
    }

    private static Rectangle bounds(Window window) {
        return GuiActionRunner.execute(() -> new Rectangle(window.getBounds()));
    }

    /** The outermost split pane of that orientation in the window. */
    private static JSplitPane split(Window window, int orientation) {
        return find(window, JSplitPane.class, s -> s.getOrientation() == orientation);
    }

    private static JTable table(Window window, String name) {
        return find(window, JTable.class, t -> name.equals(t.getName()));
    }

    private static <T> T find(java.awt.Container root, Class<T> type, java.util.function.Predicate<T> test) {
        java.util.ArrayDeque<java.awt.Component> queue = new java.util.ArrayDeque<>(Arrays.asList(root.getComponents()));
        while (!queue.isEmpty()) {
            java.awt.Component c = queue.poll();
            if (type.isInstance(c) && test.test(type.cast(c))) {
                return type.cast(c);
            }
            if (c instanceof java.awt.Container container) {
                queue.addAll(Arrays.asList(container.getComponents()));
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " in " + root.getName());
    }

    /** Drags the right edge of a column header, as the user does. */
    private void resizeColumn(JTable table, int column, int width) {
        java.awt.Point edge = GuiActionRunner.execute(() -> {
            Rectangle r = table.getTableHeader().getHeaderRect(column);
            return new java.awt.Point(r.x + r.width - 1, r.y + r.height / 2);
        });
        int current = GuiActionRunner.execute(() -> table.getColumnModel().getColumn(column).getWidth());
        robot.pressMouse(table.getTableHeader(), edge, org.assertj.swing.core.MouseButton.LEFT_BUTTON);
        robot.moveMouse(table.getTableHeader(), new java.awt.Point(edge.x + (width - current) / 2, edge.y));
        robot.moveMouse(table.getTableHeader(), new java.awt.Point(edge.x + (width - current), edge.y));
        robot.releaseMouse(org.assertj.swing.core.MouseButton.LEFT_BUTTON);
        robot.waitForIdle();
    }
}
