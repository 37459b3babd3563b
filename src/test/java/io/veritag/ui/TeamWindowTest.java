package io.veritag.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.veritag.model.ArticleStatus;
import io.veritag.model.NewArticle;
import io.veritag.service.LabelingService;
import io.veritag.service.Workspace;
import io.veritag.store.Database;
import io.veritag.store.ServerLocation;
import io.veritag.store.TeamAdmin;
import io.veritag.testing.PostgresServer;
import io.veritag.ui.kit.Settle;
import io.veritag.ui.kit.SwingExecutor;
import java.awt.Dimension;
import java.awt.event.KeyEvent;
import java.util.function.BooleanSupplier;
import javax.swing.JTable;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 10 §3 in the window, against a real PostgreSQL server with two logins: what boris marks done shows in
 * anna's article list by itself; when the server stops in the middle of her session the status bar says she is
 * offline, an edit made then is not shown as saved, the open article stays readable, and once the server is
 * back the window says so by itself and her next edit is saved.
 */
@Tag("postgresql")
class TeamWindowTest {
    private static final String TEXT = "The mayor said the bridge fell. Officials denied it.";
    private static final String PASSWORD = "team-window-pw-1";
    private static final int WAIT_MS = 30_000; // limits for a loaded machine, not speed targets
    private final PostgresServer server = PostgresServer.get();
    private final SwingExecutor executor = new SwingExecutor();
    private String db;
    private String anna;
    private long first;
    private long second;
    private Workspace annas;
    private Workspace boris;
    private Robot robot;
    private FrameFixture window;
    private WorkbenchFrame frame;

    @BeforeAll
    static void lookAndFeel() {
        GuiActionRunner.execute(() -> Theme.install(false));
    }

    @BeforeEach
    void openAnnasWindow() {
        db = server.freshDatabaseName();
        anna = "anna_" + db;
        try (Database admin = Database.openServer(server.location(db), null, null)) {
            admin.team().init();
            admin.team().addLogin(anna, TeamAdmin.Role.ANNOTATOR, PASSWORD.toCharArray());
            admin.team().addLogin("boris_" + db, TeamAdmin.Role.ANNOTATOR, PASSWORD.toCharArray());
            first = admin.store().articles().insert(new NewArticle("a1", "Bridge", null, null, null, TEXT), "sha-a1");
            second = admin.store().articles().insert(new NewArticle("a2", "Second", null, null, null, "Another text."), "sha-a2");
        }
        annas = login(anna);
        boris = login("boris_" + db);
        LabelingService labeling = annas.labeling(annas.catalog().annotator(anna));
        robot = BasicRobot.robotWithNewAwtHierarchy();
        frame = GuiActionRunner.execute(() -> Workbench.create(annas, labeling,
                new WorkbenchPrefs(new MemoryPreferences()), executor));
        window = new FrameFixture(robot, frame);
        window.show(new Dimension(1100, 700));
        Settle.settle(robot, executor);
    }

    private Workspace login(String user) {
        return new Workspace(Database.openServer(new ServerLocation("localhost", server.port(), db, user, "disable"),
                PASSWORD.toCharArray(), null));
    }

    @AfterEach
    void close() {
        try {
            GuiActionRunner.execute(frame::dispose);
            Settle.settle(robot, executor);
        } finally {
            window.cleanUp();
            annas.close();
            boris.close();
        }
    }

    @Test
    void anotherAnnotatorsDoneShowsInTheListByItself() {
        waitFor("the server to be reported online", () -> serverText().equals("Server: online"));
        assertThat(othersDone(first)).isZero();

        LabelingService bob = boris.labeling(boris.catalog().annotator("boris_" + db));
        bob.setStatus(first, ArticleStatus.DONE);

        waitFor("boris's done in anna's list", () -> othersDone(first) == 1);
        assertThat(othersDone(second)).isZero();
        bob.setStatus(first, ArticleStatus.IN_PROGRESS);
        waitFor("boris's change of mind in anna's list", () -> othersDone(first) == 0);
    }

    @Test
    void theServerStopsAndComesBackInTheMiddleOfASession() throws Exception {
        waitFor("the server to be reported online", () -> serverText().equals("Server: online"));
        label("bridge fell");
        window.label("statusSaved").requireText(java.util.regex.Pattern.compile("✓ Saved .*create CLAIM span.*"));

        server.stop();
        try {
            waitFor("the window to say it is offline", () -> serverText().startsWith("⚠ Offline"));
            label("Officials");
            assertThat(window.label("statusSaved").text()).startsWith("⚠").contains("cannot be reached; nothing was saved");
            assertThat(spansShown()).as("the edit that failed is not shown").isEqualTo(1);
            assertThat(window.textBox("articleText").text()).as("the open article stays readable").isEqualTo(TEXT);
        } finally {
            server.restart();
        }

        waitFor("the window to say it is back", () -> serverText().equals("Server: online"));
        label("Officials");
        window.label("statusSaved").requireText(java.util.regex.Pattern.compile("✓ Saved .*create CLAIM span.*"));
        assertThat(spansShown()).isEqualTo(2);
        try (Database check = Database.openServer(server.location(db), null, null)) {
            assertThat(check.store().spans().forArticle(first, annas.catalog().annotator(anna).id()))
                    .extracting(s -> s.textIn(TEXT)).containsExactly("bridge fell", "Officials");
        }
    }

    private void label(String words) {
        int start = TEXT.indexOf(words);
        window.textBox("articleText").focus();
        GuiActionRunner.execute(() -> frame.controller().text().select(start, start + words.length()));
        window.textBox("articleText").pressAndReleaseKeys(KeyEvent.VK_1);
        Settle.settle(robot, executor);
    }

    private int spansShown() {
        return GuiActionRunner.execute(() -> window.table("spanTable").target().getRowCount());
    }

    private String serverText() {
        return GuiActionRunner.execute(() -> window.label("statusServer").target().isVisible()
                ? window.label("statusServer").target().getText() : "");
    }

    private int othersDone(long articleId) {
        return GuiActionRunner.execute(() -> {
            JTable table = window.table("articleTable").target();
            int column = -1;
            for (int i = 0; i < table.getColumnCount(); i++) {
                column = table.getColumnName(i).equals("Others done") ? i : column;
            }
            if (column < 0) {
                return -1;
            }
            ArticleTableModel model = (ArticleTableModel) table.getModel();
            int row = table.convertRowIndexToView(model.indexOf(articleId));
            return (Integer) table.getValueAt(row, column);
        });
    }

    private static void waitFor(String what, BooleanSupplier condition) {
        Pause.pause(new Condition(what) {
            @Override
            public boolean test() {
                return condition.getAsBoolean();
            }
        }, Timeout.timeout(WAIT_MS));
    }
}
