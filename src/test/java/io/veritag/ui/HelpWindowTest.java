package io.veritag.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.veritag.service.Workspace;
import io.veritag.store.Database;
import io.veritag.ui.kit.EdtGuard;
import io.veritag.ui.kit.Settle;
import io.veritag.ui.kit.SwingExecutor;
import java.awt.Dimension;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import javax.swing.JTextPane;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Help: the keyboard shortcuts on '?' and from the menu, the user guide, and About with the version. */
class HelpWindowTest {
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
    void openWindow() {
        database = Database.open(dir.resolve("test").toString(), guard);
        Workspace workspace = new Workspace(database);
        TestCorpus.add(database.store(), "t1", "Bridge story", "The mayor said the bridge fell.");
        var labeling = workspace.labeling(database.store().annotators().getOrCreate("anna"));
        robot = BasicRobot.robotWithNewAwtHierarchy();
        WorkbenchFrame frame = GuiActionRunner.execute(() -> Workbench.create(workspace, labeling,
                new WorkbenchPrefs(new MemoryPreferences()), executor));
        window = new FrameFixture(robot, frame);
        window.show(new Dimension(1100, 700));
        Settle.settle(robot, executor);
    }

    @AfterEach
    void close() {
        Settle.settle(robot, executor);
        window.cleanUp();
        database.close();
        guard.assertNoQueryRanOnTheEdt();
    }

    @Test
    void questionMarkInTheArticleOpensTheKeyboardShortcutsFromTheReadme() {
        window.textBox("articleText").focus();
        robot.type('?');
        DialogFixture guide = WindowFinder.findDialog("userGuide").using(robot);
        assertThat(guide.list("guideSections").selection()).containsExactly(UserGuide.KEYBOARD_SHORTCUTS);
        String shown = guideText(guide);
        assertThat(shown).contains("Tag the selection CLAIM / DENIAL / SPECULATION").contains("Ctrl+Enter\tMark the article done")
                .doesNotContain("|---").doesNotContain("**");
        guide.pressAndReleaseKeys(KeyEvent.VK_ESCAPE);
        guide.requireNotVisible();
    }

    @Test
    void questionMarkTypedInTheFilterBoxIsJustTyped() {
        window.textBox("articleFilter").focus();
        robot.type('?');
        assertThat(window.textBox("articleFilter").text()).isEqualTo("?");
        assertThat(robot.finder().findAll(new GenericTypeMatcher<>(javax.swing.JDialog.class, true) {
            @Override
            protected boolean isMatching(javax.swing.JDialog dialog) {
                return "userGuide".equals(dialog.getName());
            }
        })).isEmpty();
    }

    @Test
    void theUserGuideHasTheReadersSectionsAndNotTheDevelopersOnes() {
        window.menuItem("userGuideItem").click();
        DialogFixture guide = WindowFinder.findDialog("userGuide").using(robot);
        assertThat(guide.list("guideSections").contents()).contains("First session, step by step", "Keyboard shortcuts",
                "Command line", "Dataset formats", "Agreement").doesNotContain("Benchmarks", "For developers", "Two commands");
        guide.list("guideSections").clickItem("Dataset formats");
        assertThat(guideText(guide)).startsWith("Dataset formats").contains("Unicode code point");
        guide.close();
    }

    @Test
    void aboutNamesTheVersionTheRuntimeAndTheDatabase() {
        window.menuItem("aboutVeritag").click();
        DialogFixture about = WindowFinder.findDialog(new GenericTypeMatcher<>(javax.swing.JDialog.class, true) {
            @Override
            protected boolean isMatching(javax.swing.JDialog dialog) {
                return "About Veritag".equals(dialog.getTitle());
            }
        }).using(robot);
        assertThat(about.textBox("helpMessage").text()).startsWith("Veritag " + io.veritag.model.AppVersion.program())
                .contains("Java 17").contains(database.location());
        about.button(new GenericTypeMatcher<>(javax.swing.JButton.class, true) {
            @Override
            protected boolean isMatching(javax.swing.JButton button) {
                return "OK".equals(button.getText());
            }
        }).click();
    }

    private static String guideText(DialogFixture guide) {
        JTextPane text = (JTextPane) guide.textBox("guideText").target();
        return GuiActionRunner.execute(() -> text.getText());
    }
}
