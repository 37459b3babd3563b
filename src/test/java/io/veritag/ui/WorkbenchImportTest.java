package io.veritag.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.veritag.model.Annotator;
import io.veritag.service.Workspace;
import io.veritag.store.Database;
import io.veritag.ui.kit.EdtGuard;
import io.veritag.ui.kit.SwingExecutor;
import java.awt.Dimension;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JFileChooserFixture;
import org.assertj.swing.fixture.JOptionPaneFixture;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Importing from the window: the sample corpus and a folder, in the background, ending with the summary. */
class WorkbenchImportTest {
    @TempDir
    Path dir;
    private final EdtGuard guard = new EdtGuard();
    private final SwingExecutor executor = new SwingExecutor();
    private Database database;
    private Robot robot;
    private FrameFixture window;
    private WorkbenchFrame frame;

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
        frame = GuiActionRunner.execute(() -> Workbench.create(workspace, labeling, new WorkbenchPrefs(new MemoryPreferences()), executor));
        window = new FrameFixture(robot, frame);
        window.show(new Dimension(1200, 760));
    }

    @AfterEach
    void close() {
        try {
            settle();
        } finally {
            window.cleanUp(); // always: a robot left holding AssertJ Swing's screen lock hangs every later window test
            database.close();
        }
        guard.assertNoQueryRanOnTheEdt();
    }

    private void settle() {
        io.veritag.ui.kit.Settle.settle(robot, executor);
    }

    private JOptionPaneFixture summary() {
        return JOptionPaneFixture.class.cast(WindowFinder.findDialog(new org.assertj.swing.core.GenericTypeMatcher<javax.swing.JDialog>(javax.swing.JDialog.class) {
            @Override
            protected boolean isMatching(javax.swing.JDialog d) {
                return d.isShowing() && d.getContentPane().getComponentCount() > 0
                        && d.getContentPane().getComponent(0) instanceof javax.swing.JOptionPane;
            }
        }).withTimeout(20_000).using(robot).optionPane());
    }

    @Test
    void firstStartOnAnEmptyDatabaseOffersAndLoadsTheSampleCorpus() {
        settle();
        assertThat(GuiActionRunner.execute(() -> frame.controller().text().hint())).startsWith("No articles yet");
        GuiActionRunner.execute(() -> {
            javax.swing.SwingUtilities.invokeLater(frame::offerSamplesIfEmpty);
            return null;
        });
        JOptionPaneFixture offer = window.optionPane(Timeout.timeout(5_000));
        offer.requireMessage(java.util.regex.Pattern.compile("(?s).*Load the 5 sample articles.*"));
        WorkbenchWindowTest.pressButton(offer.yesButton());

        JOptionPaneFixture done = summary();
        done.requireMessage("Imported 5 articles, skipped 0 duplicates, 0 files failed.");
        WorkbenchWindowTest.pressButton(done.okButton());
        settle();
        assertThat(window.table("articleTable").rowCount()).isEqualTo(5);
        assertThat(database.store().articles().count()).isEqualTo(5);
        window.label("progressLabel").requireText("0 of 5 done");
        assertThat(GuiActionRunner.execute(() -> frame.controller().model().article().isPresent())).isTrue();
        assertThat(GuiActionRunner.execute(() -> frame.controller().text().hint())).isEmpty();
    }

    @Test
    void importsAFolderChosenInTheFileChooserAndReportsBadFiles() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("articles"));
        Files.writeString(folder.resolve("one.txt"), "Bridge reopened\n\nThe bridge reopened on Monday.", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("two.txt"), "Port closed\n\nThe port closed again 🇺🇦.", StandardCharsets.UTF_8);
        Files.write(folder.resolve("bad.txt"), new byte[] {(byte) 0xC3, (byte) 0x28, 'a'});

        window.menuItemWithPath("File", "Import articles…").click();
        JFileChooserFixture chooser = window.fileChooser(Timeout.timeout(5_000));
        chooser.setCurrentDirectory(dir.toFile());
        GuiActionRunner.execute(() -> {
            chooser.target().setSelectedFiles(new java.io.File[] {folder.toFile()});
            chooser.target().approveSelection(); // on the EDT: a robot click can be lost on a busy Xvfb
        });

        JOptionPaneFixture done = summary();
        done.requireMessage(java.util.regex.Pattern.compile("(?s)Imported 2 articles, skipped 0 duplicates, 1 file failed\\..*bad\\.txt.*"));
        WorkbenchWindowTest.pressButton(done.okButton());
        settle();
        assertThat(window.table("articleTable").rowCount()).isEqualTo(2);
        assertThat(database.store().articles().count()).isEqualTo(2);
    }
}
