package io.veritag.ui.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import com.formdev.flatlaf.FlatLightLaf;
import io.veritag.agreement.Score;
import io.veritag.model.ClusterRole;
import io.veritag.model.Span;
import io.veritag.service.Workspace;
import io.veritag.service.agreement.AgreementFixture;
import io.veritag.service.agreement.AgreementService;
import io.veritag.store.Database;
import io.veritag.store.Store;
import io.veritag.ui.kit.EdtGuard;
import io.veritag.ui.kit.Settle;
import io.veritag.ui.kit.SwingExecutor;
import java.awt.Dimension;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.data.TableCell;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Agreement window's "Claim clusters" tab, driven with AssertJ Swing on the agreement fixture plus clusters. */
class ClusterAgreementTabTest {
    private final EdtGuard guard = new EdtGuard();
    private final SwingExecutor executor = new SwingExecutor();
    private Database database;
    private Robot robot;
    private FrameFixture window;

    @BeforeAll
    static void lookAndFeel() {
        FailOnThreadViolationRepaintManager.install();
        GuiActionRunner.execute(() -> FlatLightLaf.setup());
    }

    /**
     * anna puts her two claims (article 1 [0,33), article 2 Kherson) into one cluster; boris keeps his partners of
     * them in two clusters, and his third claim (where anna has a denial) has no partner. Matched: 2 claims. Pairs:
     * anna 1, boris 0, both 0: pairwise precision undefined (boris put none together), recall 0, F1 undefined.
     * B-cubed: precision (1 + 1) / 2 = 1, recall (1/2 + 1/2) / 2 = 0.5, F1 2/3.
     */
    @BeforeEach
    void open() {
        database = guard.database();
        Store store = database.store();
        AgreementFixture fixture = AgreementFixture.populate(store);
        cluster(store, fixture.anna, fixture.article1, fixture.article2);
        for (long article : new long[] {fixture.article1, fixture.article2}) {
            Span claim = claims(store, article, fixture.boris).get(0);
            store.clusters().add(claim, store.clusters().create(fixture.boris, "boris " + article).id(), ClusterRole.MEMBER);
        }
        AgreementService service = new Workspace(database).agreement();
        AgreementWindow.Choices choices = AgreementWindow.Choices.load(service);
        robot = BasicRobot.robotWithNewAwtHierarchy();
        AgreementWindow frame = GuiActionRunner.execute(() -> new AgreementWindow(service, choices, executor));
        window = new FrameFixture(robot, frame);
        window.show(new Dimension(1200, 800));
    }

    private static java.util.List<Span> claims(Store store, long article, long annotator) {
        return store.spans().forArticle(article, annotator).stream().filter(s -> s.label().equals("CLAIM")).toList();
    }

    private static void cluster(Store store, long annotator, long... articles) {
        long cluster = store.clusters().create(annotator, "one claim").id();
        for (long article : articles) {
            store.clusters().add(claims(store, article, annotator).get(0), cluster, ClusterRole.MEMBER);
        }
    }

    @AfterEach
    void close() {
        Settle.settle(robot, executor);
        window.cleanUp();
        database.close();
        guard.assertNoQueryRanOnTheEdt();
    }

    @Test
    void showsPairwiseAndBCubedWithTheReasonWhereUndefined() {
        window.list("annotators").selectItems("anna", "boris");
        window.button("compute").click();
        Settle.settle(robot, executor);
        window.tabbedPane().selectTab("Claim clusters");
        Settle.settle(robot, executor);

        var table = window.table("clusterAgreementTable");
        assertThat(table.rowCount()).isEqualTo(1);
        assertThat(table.valueAt(TableCell.row(0).column(0))).isEqualTo("anna → boris");
        assertThat(table.valueAt(TableCell.row(0).column(1))).isEqualTo("2");
        assertThat(table.valueAt(TableCell.row(0).column(2))).isEqualTo("1 / 0 / 0");
        assertThat(table.valueAt(TableCell.row(0).column(3))).startsWith("undefined");
        assertThat(table.valueAt(TableCell.row(0).column(4))).isEqualTo(ScoreFormat.brief(Score.of(0)));
        assertThat(table.valueAt(TableCell.row(0).column(5))).startsWith("undefined");
        assertThat(table.valueAt(TableCell.row(0).column(6))).isEqualTo(ScoreFormat.brief(Score.of(1)));
        assertThat(table.valueAt(TableCell.row(0).column(7))).isEqualTo(ScoreFormat.brief(Score.of(0.5)));
        assertThat(table.valueAt(TableCell.row(0).column(8))).isEqualTo(ScoreFormat.brief(Score.of(2.0 / 3)));
        assertThat(window.textBox("clusterAgreementReasons").text())
                .contains("anna → boris: undefined — the other annotator put no two matched claims together")
                .contains("anna → boris: undefined — precision is undefined");
    }
}
