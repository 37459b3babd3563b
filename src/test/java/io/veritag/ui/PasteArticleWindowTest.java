package io.veritag.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.veritag.model.Annotator;
import io.veritag.model.Article;
import io.veritag.service.Workspace;
import io.veritag.store.Database;
import io.veritag.ui.kit.EdtGuard;
import io.veritag.ui.kit.SwingExecutor;
import java.awt.Dimension;
import java.awt.Toolkit;
import java.awt.datatransfer.StringSelection;
import java.nio.file.Path;
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

/** File → New article from clipboard…: the clipboard's text becomes an article, titled by its first line. */
class PasteArticleWindowTest {
    @TempDir
    Path dir;
    private final EdtGuard guard = new EdtGuard();
    private final SwingExecutor executor = new SwingExecutor();
    private Database database;
    private Robot robot;
    private FrameFixture window;

    @BeforeAll
    static void lookAndFeel() {
        GuiActionRunner.execute(() -> Theme.install(false));
    }

    @BeforeEach
    void openEmptyWindow() {
        database = Database.open(dir.resolve("db").toString(), guard);
        Workspace workspace = new Workspace(database);
        Annotator anna = database.store().annotators().getOrCreate("anna");
        var labeling = workspace.labeling(anna);
        robot = BasicRobot.robotWithNewAwtHierarchy();
        WorkbenchFrame frame = GuiActionRunner.execute(() -> Workbench.create(workspace, labeling,
                new WorkbenchPrefs(new MemoryPreferences()), executor));
        window = new FrameFixture(robot, frame);
        window.show(new Dimension(1200, 760));
    }

    @AfterEach
    void close() {
        try {
            io.veritag.ui.kit.Settle.settle(robot, executor);
        } finally {
            window.cleanUp();
            database.close();
        }
        guard.assertNoQueryRanOnTheEdt();
    }

    private DialogFixture openDialog(String clipboard) {
        GuiActionRunner.execute(() -> Toolkit.getDefaultToolkit().getSystemClipboard()
                .setContents(new StringSelection(clipboard), null));
        window.menuItemWithPath("File", "New article from clipboard…").click();
        return WindowFinder.findDialog("pasteArticleDialog").withTimeout(5_000).using(robot);
    }

    private static void waitFor(String what, java.util.function.BooleanSupplier condition) {
        org.assertj.swing.timing.Pause.pause(new org.assertj.swing.timing.Condition(what) {
            @Override
            public boolean test() {
                return GuiActionRunner.execute(condition::getAsBoolean);
            }
        }, 15_000);
    }

    @Test
    void theClipboardTextBecomesAnArticleTitledByItsFirstLine() {
        String pasted = "<html><b>Kherson bridge reopens</b>\r\n\r\nThe bridge reopened on Monday, officials said 🇺🇦.\r\n";
        DialogFixture dialog = openDialog(pasted);
        String shown = GuiActionRunner.execute(() -> dialog.textBox("pasteText").target().getText());
        assertThat(shown).startsWith("<html><b>Kherson bridge reopens</b>").contains("officials said 🇺🇦.");
        dialog.textBox("pasteSource").enterText("Daily Post");
        GuiActionRunner.execute(() -> dialog.button("pasteCreate").target().doClick());
        waitFor("the dialog closes", () -> !dialog.target().isShowing());
        io.veritag.ui.kit.Settle.settle(robot, executor);

        assertThat(window.table("articleTable").rowCount()).isEqualTo(1);
        Article article = database.store().articles().summaries().stream()
                .map(s -> database.store().articles().get(s.id()).orElseThrow()).findFirst().orElseThrow();
        assertThat(article.title()).isEqualTo("<html><b>Kherson bridge reopens</b>"); // inert: never interpreted
        assertThat(article.text()).isEqualTo(shown.replace("\r\n", "\n")).doesNotContain("\r")
                .startsWith("<html><b>Kherson bridge reopens</b>\n\nThe bridge reopened on Monday, officials said 🇺🇦.");
        assertThat(article.source()).isEqualTo("Daily Post");
        assertThat(article.url()).isNull();
        assertThat(article.externalId()).startsWith("pasted-");
    }

    @Test
    void emptyTextIsRefusedInTheDialogAndNothingIsStored() {
        DialogFixture dialog = openDialog("   \n ");
        GuiActionRunner.execute(() -> dialog.button("pasteCreate").target().doClick());
        waitFor("the refusal shows", () -> !dialog.label("pasteProblem").target().getText().isBlank());
        dialog.label("pasteProblem").requireText("nothing to paste: the text is empty");
        dialog.requireVisible();
        assertThat(database.store().articles().count()).isZero();
        GuiActionRunner.execute(() -> dialog.button("pasteCancel").target().doClick());
        dialog.requireNotVisible();
    }
}
