package io.veritag.ui.claims;

import static org.assertj.core.api.Assertions.assertThat;

import com.formdev.flatlaf.FlatLightLaf;
import io.veritag.model.Annotator;
import io.veritag.model.ClaimCluster;
import io.veritag.model.ClusterRole;
import io.veritag.model.Label;
import io.veritag.model.LinkType;
import io.veritag.model.NewArticle;
import io.veritag.model.Span;
import io.veritag.service.LabelingService;
import io.veritag.service.Workspace;
import io.veritag.store.Database;
import io.veritag.store.Store;
import io.veritag.ui.kit.EdtGuard;
import io.veritag.ui.kit.InertText;
import io.veritag.ui.kit.Settle;
import io.veritag.ui.kit.SwingExecutor;
import java.awt.Dimension;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.awt.event.MouseEvent;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JToolTip;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.entity.XYItemEntity;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The claims view's timeline: the selected cluster's claims, denial and speculation by publication date, the first
 * marked, undated spans counted, tips as plain text, and the view's keys still working around the chart.
 */
class ClaimsTimelineWindowTest {
    private static final String A = "Russia ordered its troops to leave the west bank, the ministry said. Kyiv doubts the retreat is real.";
    private static final String B = "Moscow told soldiers to withdraw from the west bank.";
    private static final String C = "Troops were ordered out of the west bank.";
    private static final String D = "Soldiers were told to leave the west bank.";
    private static final String E = "The army may be pulling back from the west bank.";
    private static final String HOSTILE = "<html><b>Outlet C</b><img src='http://example.invalid/x.png'>";

    @TempDir
    Path dir;
    private final EdtGuard guard = new EdtGuard();
    private final SwingExecutor executor = new SwingExecutor();
    private Workspace workspace;
    private Store store;
    private Robot robot;
    private FrameFixture window;
    private long cluster;

    @BeforeAll
    static void lookAndFeel() {
        FailOnThreadViolationRepaintManager.install();
        GuiActionRunner.execute(() -> FlatLightLaf.setup());
    }

    @AfterAll
    static void restoreRepaintManager() {
        FailOnThreadViolationRepaintManager.uninstall();
    }

    @BeforeEach
    void openWindow() {
        Database database = Database.open(dir.resolve("test").toString(), guard);
        workspace = new Workspace(database);
        store = database.store();
        // inserted out of date order: the timeline orders by date, not by article or span id
        long c = store.articles().insert(new NewArticle("c", "Kherson", HOSTILE, null, "2022-11-12", C), "sha-c");
        long a = store.articles().insert(new NewArticle("a", "Troops told to leave", "Outlet A", null, "2022-11-09", A), "sha-a");
        long b = store.articles().insert(new NewArticle("b", "Withdrawal", "Outlet B", null, "2022-11-10T18:00:00Z", B), "sha-b");
        long d = store.articles().insert(new NewArticle("d", "Undated", "Outlet D", null, null, D), "sha-d");
        long e = store.articles().insert(new NewArticle("e", "Pulling back?", "Outlet E", null, "2022-11-11", E), "sha-e");
        Annotator anna = store.annotators().getOrCreate("anna");
        Span out = store.spans().insert(c, anna.id(), 0, C.length() - 1, Label.CLAIM, null);
        Span ordered = store.spans().insert(a, anna.id(), 0, A.indexOf(", the"), Label.CLAIM, null);
        Span ministry = store.spans().insert(a, anna.id(), A.indexOf("the ministry"), A.indexOf(" said"), Label.SOURCE, null,
                io.veritag.model.SourceType.OFFICIAL, null);
        Span doubts = store.spans().insert(a, anna.id(), A.indexOf("Kyiv"), A.length(), Label.DENIAL, null);
        Span told = store.spans().insert(b, anna.id(), 0, B.length() - 1, Label.CLAIM, null);
        Span undated = store.spans().insert(d, anna.id(), 0, D.length() - 1, Label.CLAIM, null);
        Span maybe = store.spans().insert(e, anna.id(), 0, E.length() - 1, Label.SPECULATION, null);
        store.links().insert(ordered.id(), ministry.id(), LinkType.SAID_BY);
        ClaimCluster one = store.clusters().create(anna.id(), "Russia ordered a withdrawal");
        store.clusters().add(out, one.id(), ClusterRole.MEMBER);
        store.clusters().add(ordered, one.id(), ClusterRole.MEMBER);
        store.clusters().add(told, one.id(), ClusterRole.MEMBER);
        store.clusters().add(undated, one.id(), ClusterRole.MEMBER);
        store.clusters().add(doubts, one.id(), ClusterRole.ATTACHED);
        store.clusters().add(maybe, one.id(), ClusterRole.ATTACHED);
        cluster = one.id();
        LabelingService labeling = workspace.labeling(anna);
        robot = BasicRobot.robotWithNewAwtHierarchy();
        ClaimsWindow frame = GuiActionRunner.execute(() -> new ClaimsWindow(workspace, labeling, executor));
        window = new FrameFixture(robot, frame);
        window.show(new Dimension(1100, 700));
        settle();
    }

    @AfterEach
    void closeWindow() {
        settle();
        if (window != null) {
            window.cleanUp();
        }
        workspace.close();
        guard.assertNoQueryRanOnTheEdt();
    }

    private void settle() {
        Settle.settle(robot, executor);
    }

    private TimelineChart timeline() {
        return ((ClaimsWindow) window.target()).timeline();
    }

    /** Every mark as "series | date | row", in date order (then series order). */
    private List<String> marks() {
        return GuiActionRunner.execute(() -> {
            XYSeriesCollection data = timeline().dataset();
            List<String> rows = timeline().rows();
            List<long[]> items = new ArrayList<>();
            for (int s = 0; s < data.getSeriesCount(); s++) {
                for (int i = 0; i < data.getItemCount(s); i++) {
                    items.add(new long[] {data.getX(s, i).longValue(), s, data.getY(s, i).intValue()});
                }
            }
            items.sort((x, y) -> x[0] != y[0] ? Long.compare(x[0], y[0]) : Long.compare(x[1], y[1]));
            List<String> marks = new ArrayList<>();
            for (long[] item : items) {
                marks.add(data.getSeriesKey((int) item[1]) + " | "
                        + java.time.Instant.ofEpochMilli(item[0]).atZone(ZoneOffset.UTC).toLocalDate() + " | " + rows.get((int) item[2]));
            }
            return marks;
        });
    }

    @Test
    void drawsTheSelectedClusterByDateWithTheFirstMarkedTheDenialApartAndTheUndatedCounted() {
        assertThat(marks()).containsExactly(
                "said first | 2022-11-09 | Outlet A",
                "denied | 2022-11-09 | Outlet A",
                "repeated | 2022-11-10 | Outlet B",
                "hedged | 2022-11-11 | Outlet E",
                "repeated | 2022-11-12 | <html><b>Outlet C</b><img s…");
        assertThat(GuiActionRunner.execute(() -> timeline().rows()))
                .containsExactly("Outlet A", "Outlet B", "Outlet E", "<html><b>Outlet C</b><img s…");
        assertThat(GuiActionRunner.execute(() -> timeline().note())).isEqualTo("1 span of this cluster without a date (not drawn)");
        // the legend names each role; series keys are what it shows
        assertThat(GuiActionRunner.execute(() -> {
            List<Object> keys = new ArrayList<>();
            for (int s = 0; s < timeline().dataset().getSeriesCount(); s++) {
                keys.add(timeline().dataset().getSeriesKey(s));
            }
            return keys;
        })).containsExactly("said first", "repeated", "denied", "hedged");
    }

    @Test
    void tipsNameTheOutletDateTextAndSourceAsPlainText() {
        List<String> tips = GuiActionRunner.execute(() -> {
            ChartPanel panel = timeline().chartPanel();
            panel.paintImmediately(panel.getBounds()); // lays the marks out: entities carry the tips
            List<String> all = new ArrayList<>();
            for (Object o : panel.getChartRenderingInfo().getEntityCollection().getEntities()) {
                if (o instanceof XYItemEntity item) {
                    all.add(((ChartEntity) item).getToolTipText());
                }
            }
            return all;
        });
        assertThat(tips).hasSize(5);
        assertThat(tips).contains("Outlet A · 2022-11-09 · said first — Troops told to leave — “Russia ordered its troops to leave"
                + " the west bank” — said by the ministry");
        assertThat(tips).anySatisfy(t -> assertThat(t).startsWith("Outlet A · 2022-11-09 · denied — Troops told to leave — “Kyiv doubts"));
        assertThat(tips).anySatisfy(t -> assertThat(t).startsWith(HOSTILE + " · 2022-11-12 · repeated"));
        JToolTip tip = GuiActionRunner.execute(() -> timeline().chartPanel().createToolTip());
        assertThat(tip.getClientProperty(InertText.HTML_DISABLE)).isEqualTo(Boolean.TRUE);
    }

    @Test
    void theChartTakesNoFocusAndTheViewsKeysKeepWorkingAfterAClickOnIt() {
        ChartPanel panel = timeline().chartPanel();
        assertThat(GuiActionRunner.execute(panel::isFocusable)).isFalse();
        window.table("clusterTable").focus();
        robot.click(panel);
        settle();
        robot.pressAndReleaseKey(KeyEvent.VK_ENTER, InputEvent.CTRL_MASK);
        settle();
        assertThat(store.clusters().get(cluster)).hasValueSatisfying(c -> assertThat(c.settled()).isTrue());
        robot.pressAndReleaseKey(KeyEvent.VK_TAB);
        settle();
        assertThat(GuiActionRunner.execute(() -> java.awt.KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner()))
                .isNotSameAs(panel);
        // the chart still shows the (re-read) cluster after the change
        assertThat(marks()).hasSize(5).first().isEqualTo("said first | 2022-11-09 | Outlet A");
    }
}
