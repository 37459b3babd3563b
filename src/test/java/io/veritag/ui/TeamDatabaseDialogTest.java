package io.veritag.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.veritag.model.Annotator;
import io.veritag.service.Workspace;
import io.veritag.store.Database;
import io.veritag.store.TeamAdmin;
import io.veritag.testing.PostgresServer;
import io.veritag.ui.kit.Settle;
import io.veritag.ui.kit.SwingExecutor;
import java.awt.Dimension;
import java.awt.Frame;
import java.util.concurrent.atomic.AtomicInteger;
import javax.swing.JFrame;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.GenericTypeMatcher;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * File → Open team database… against a real PostgreSQL server: a wrong password is one line in the dialog and
 * changes nothing; the right one reopens the workbench on the server as the login's annotator, and the
 * connection is remembered without its password.
 */
@Tag("postgresql")
class TeamDatabaseDialogTest {
    private static final String PASSWORD = "anna-secret-pw";
    private final PostgresServer server = PostgresServer.get();
    private final SwingExecutor executor = new SwingExecutor();
    private final AtomicInteger exitCode = new AtomicInteger(-1);
    private String db;
    private String anna;
    private Database own;
    private Robot robot;
    private FrameFixture window;

    @BeforeAll
    static void lookAndFeel() {
        GuiActionRunner.execute(() -> Theme.install(false));
    }

    @BeforeEach
    void openTheOwnDatabase() throws Exception {
        db = server.freshDatabaseName();
        anna = "anna_" + db;
        try (Database admin = Database.openServer(server.location(db), null, null)) {
            admin.team().init();
            admin.team().addLogin(anna, TeamAdmin.Role.ANNOTATOR, PASSWORD.toCharArray());
        }
        TeamDatabaseDialog.forgetAll();
        ExitTrap.catchInto(exitCode::set);
        own = Database.inMemory();
        Workspace workspace = new Workspace(own);
        Annotator local = own.store().annotators().getOrCreate("local");
        robot = BasicRobot.robotWithNewAwtHierarchy();
        JFrame frame = GuiActionRunner.execute(() -> Workbench.create(workspace, workspace.labeling(local),
                new WorkbenchPrefs(new MemoryPreferences()), executor));
        window = new FrameFixture(robot, frame);
        window.show(new Dimension(1100, 700));
    }

    @AfterEach
    void close() {
        try {
            for (Frame frame : Frame.getFrames()) {
                if (frame.isDisplayable() && frame.getTitle().contains(db)) {
                    GuiActionRunner.execute(frame::dispose); // closes the team workspace
                }
            }
            Settle.settle(robot, executor);
        } finally {
            window.cleanUp();
            own.close();
            ExitTrap.release();
            TeamDatabaseDialog.forgetAll();
        }
    }

    @Test
    void aWrongPasswordIsOneLineAndTheRightOneReopensTheWorkbenchOnTheServer() {
        window.menuItemWithPath("File", "Open team database…").click();
        DialogFixture dialog = WindowFinder.findDialog("teamDatabaseDialog").withTimeout(10_000).using(robot);
        dialog.textBox("teamHost").deleteText().enterText("localhost");
        dialog.textBox("teamPort").deleteText().enterText(String.valueOf(server.port()));
        dialog.textBox("teamDatabase").deleteText().enterText(db);
        dialog.textBox("teamUser").deleteText().enterText(anna);
        dialog.comboBox("teamTls").selectItem("disable");
        dialog.textBox("teamPassword").enterText("not-the-pw-4711");
        dialog.button("teamConnect").click();
        org.assertj.swing.timing.Pause.pause(new org.assertj.swing.timing.Condition("the connection attempt to end") {
            @Override
            public boolean test() {
                String text = GuiActionRunner.execute(() -> dialog.textBox("teamProblem").target().getText());
                return !text.isEmpty() && !text.startsWith("Connecting");
            }
        }, org.assertj.swing.timing.Timeout.timeout(30_000));
        String problem = dialog.textBox("teamProblem").text();
        assertThat(problem.lines()).hasSize(1);
        assertThat(problem).doesNotContain("not-the-pw-4711").doesNotContain("\tat ").contains(anna);
        assertThat(window.target().isDisplayable()).as("the own window stays").isTrue();
        assertThat(TeamDatabaseDialog.remembered()).isEmpty();

        dialog.textBox("teamPassword").deleteText().enterText(PASSWORD);
        dialog.button("teamConnect").click();

        FrameFixture team = WindowFinder.findFrame(new GenericTypeMatcher<>(WorkbenchFrame.class) {
            @Override
            protected boolean isMatching(WorkbenchFrame frame) {
                return frame.isShowing() && frame.getTitle().contains("/" + db);
            }
        }).withTimeout(30_000).using(robot);
        assertThat(team.target().getTitle()).contains("postgresql://" + anna + "@localhost:" + server.port() + "/" + db)
                .doesNotContain(PASSWORD);
        assertThat(window.target().isDisplayable()).as("the own window made way").isFalse();
        assertThat(exitCode.get()).as("replacing a window does not end the program").isEqualTo(-1);
        assertThat(TeamDatabaseDialog.remembered())
                .containsExactly("postgresql://" + anna + "@localhost:" + server.port() + "/" + db + "?sslmode=disable");
        assertThat(String.join("\n", TeamDatabaseDialog.remembered())).doesNotContain(PASSWORD);
    }
}
