package io.veritag.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.veritag.cli.VeritagCommand;
import io.veritag.service.Workspace;
import io.veritag.service.WorkspaceOpenException;
import io.veritag.service.care.DatabaseCare;
import io.veritag.store.AppHome;
import io.veritag.store.DamagedFiles;
import io.veritag.ui.kit.EdtGuard;
import io.veritag.ui.kit.Settle;
import io.veritag.ui.kit.SwingExecutor;
import java.awt.Toolkit;
import java.awt.datatransfer.DataFlavor;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JTextArea;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import javax.swing.JDialog;
import javax.swing.JOptionPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window's ways back: the damaged-database dialog at start-up, the crash dialog, a bad --annotator, and
 * Help → Check the database.
 */
class RecoveryWindowTest {
    @TempDir
    Path dir;

    private static Robot robot;
    private final AtomicInteger exitCode = new AtomicInteger(Integer.MIN_VALUE);
    private Thread.UncaughtExceptionHandler previousHandler;

    @BeforeAll
    static void lookAndFeel() {
        GuiActionRunner.execute(() -> Theme.install(false));
        robot = BasicRobot.robotWithCurrentAwtHierarchy(); // one for the class: its window monitor is started once
    }

    @org.junit.jupiter.api.AfterAll
    static void releaseRobot() {
        robot.cleanUpWithoutDisposingWindows();
    }

    @BeforeEach
    void setUp() {
        previousHandler = Thread.getDefaultUncaughtExceptionHandler();
        ExitTrap.catchInto(exitCode::set);
    }

    @AfterEach
    void tearDown() {
        ExitTrap.release();
        Thread.setDefaultUncaughtExceptionHandler(previousHandler); // other test classes share this JVM
    }

    @Test
    void aDamagedDatabaseOffersTheNewestBackupAndRestoresItOnlyWhenChosen() throws Exception {
        Path file = DamagedFiles.create(dir.resolve("team"), 300);
        new DatabaseCare(file.toString()).backup(null);
        Path damaged = file;
        Files.move(damage(file), damaged, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        byte[] damagedBytes = Files.readAllBytes(damaged);
        String message;
        try (Workspace ignored = Workspace.open(damaged.toString())) {
            throw new AssertionError("the damaged file opened");
        } catch (WorkspaceOpenException e) {
            assertThat(e.damaged()).isTrue();
            assertThat(e.location()).isEqualTo(damaged.toString());
            message = e.getMessage();
        }
        String shown = message;
        CompletableFuture<Optional<String>> choice = CompletableFuture.supplyAsync(
                () -> DamagedDatabasePrompt.resolve(damaged.toString(), shown));

        JOptionPane prompt = RecoveryWindowTestSupport.optionPane(robot);
        String text = textOf(prompt);
        assertThat(text).startsWith("Database " + damaged + " is damaged: ")
                .contains("Nothing more was written to it.")
                .contains("The newest backup was taken less than a minute ago")
                .contains("300 articles, 900 spans by 3 annotators")
                .doesNotContain("MVStore");
        assertThat(damaged).as("nothing is overwritten before the user chooses").hasBinaryContent(damagedBytes);
        RecoveryWindowTestSupport.press(prompt, DamagedDatabasePrompt.RESTORE);

        JOptionPane done = RecoveryWindowTestSupport.optionPane(robot);
        assertThat(textOf(done)).startsWith("Restored " + damaged + " from the backup taken").contains("The damaged file is kept as");
        RecoveryWindowTestSupport.press(done, ok());

        assertThat(choice.get(60, TimeUnit.SECONDS)).contains(damaged.toString());
        try (Workspace restored = Workspace.open(damaged.toString())) {
            assertThat(restored.catalog().articleCount()).isEqualTo(300);
        }
        try (var files = Files.list(dir)) {
            Path aside = files.filter(f -> f.getFileName().toString().startsWith(damaged.getFileName() + ".before-restore-"))
                    .findFirst().orElseThrow();
            assertThat(aside).hasBinaryContent(damagedBytes);
        }
    }

    @Test
    void quittingTheDamagedDatabaseDialogChangesNothing() throws Exception {
        Path file = DamagedFiles.create(dir.resolve("solo"), 300);
        Path damaged = damage(file);
        byte[] damagedBytes = Files.readAllBytes(damaged);
        CompletableFuture<Optional<String>> choice = CompletableFuture.supplyAsync(
                () -> DamagedDatabasePrompt.resolve(damaged.toString(), "Database " + damaged + " is damaged: test"));
        JOptionPane prompt = RecoveryWindowTestSupport.optionPane(robot);
        assertThat(textOf(prompt)).contains("There is no backup of this database.");
        RecoveryWindowTestSupport.press(prompt, DamagedDatabasePrompt.QUIT);
        assertThat(choice.get(20, TimeUnit.SECONDS)).isEmpty();
        assertThat(damaged).hasBinaryContent(damagedBytes);
    }

    @Test
    void anUncaughtExceptionShowsACopyableReportIsLoggedAndEndsWithANonZeroCode() throws Exception {
        Thread failing = new Thread(() -> {
            throw new IllegalStateException("the index went missing");
        }, "worker-7");
        CrashReporter.install();
        failing.start();

        JDialog dialog = RecoveryWindowTestSupport.dialog(robot, "crashDialog");
        String report = GuiActionRunner.execute(() -> RecoveryWindowTestSupport.named(dialog, "crashReport", JTextArea.class).getText());
        assertThat(report).contains("Thread: worker-7").contains("java.lang.IllegalStateException: the index went missing")
                .contains("at io.veritag.ui.RecoveryWindowTest");
        RecoveryWindowTestSupport.press(dialog, "copyReport");
        Object copied = GuiActionRunner.execute(() -> Toolkit.getDefaultToolkit().getSystemClipboard().getData(DataFlavor.stringFlavor));
        assertThat(copied).isEqualTo(report);
        RecoveryWindowTestSupport.press(dialog, "quit");
        failing.join(20_000);
        assertThat(exitCode.get()).isEqualTo(1);
        assertThat(CrashReporter.exitCode(0)).as("after a failure the program never ends with 0").isEqualTo(1);

        Path log = AppHome.dir().resolve("logs/veritag.log");
        assertThat(log).exists();
        assertThat(Files.readString(log)).contains("Uncaught exception in thread worker-7")
                .contains("IllegalStateException: the index went missing");
    }

    @Test
    void aDamagedDatabaseAtStartUpOffersTheWaysOutAndQuittingEndsWithCodeThree() throws Exception {
        Path file = DamagedFiles.create(dir.resolve("start"), 300);
        Path damaged = damage(file);
        byte[] damagedBytes = Files.readAllBytes(damaged);
        CompletableFuture<Void> start = CompletableFuture.runAsync(
                () -> Workbench.open(() -> Workspace.open(damaged.toString()), "anna"));

        JOptionPane prompt = RecoveryWindowTestSupport.optionPane(robot);
        assertThat(textOf(prompt)).startsWith("Database " + damaged + " is damaged: ")
                .contains("There is no backup of this database.").contains(DamagedDatabasePrompt.RECOVER);
        RecoveryWindowTestSupport.press(prompt, DamagedDatabasePrompt.QUIT);
        start.get(60, TimeUnit.SECONDS);
        assertThat(exitCode.get()).isEqualTo(3);
        assertThat(damaged).as("quitting changes nothing").hasBinaryContent(damagedBytes);
        assertThat(GuiActionRunner.execute(() -> java.util.Arrays.stream(java.awt.Frame.getFrames())
                .filter(java.awt.Frame::isShowing).toList())).as("no window opened").isEmpty();
    }

    /** The one check of --annotator is the command line's, before the window or the database is touched. */
    @Test
    void anAnnotatorNameTooLongForTheDatabaseIsOneLineBeforeAnyWindowAndEndsWithANonZeroCode() {
        Path db = dir.resolve("db");
        AtomicReference<String> opened = new AtomicReference<>();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = VeritagCommand.commandLine((location, annotator) -> {
                    opened.set(annotator);
                    Workbench.open(() -> Workspace.open(location), annotator);
                }, Workspace::open)
                .setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true))
                .execute("--db", db.toString(), "--annotator", "n".repeat(101));

        assertThat(code).isNotZero().isNotEqualTo(VeritagCommand.WINDOW_OPENED);
        assertThat(err.toString()).isEqualTo("veritag: annotator name is longer than 100 characters\n");
        assertThat(out.toString()).isEmpty();
        assertThat(opened.get()).as("no window was started").isNull();
        assertThat(exitCode.get()).as("nothing ended the program from the window").isEqualTo(Integer.MIN_VALUE);
        assertThat(dir.resolve("db.mv.db")).as("nothing was opened").doesNotExist();
        assertThat(io.veritag.model.AnnotatorName.checked("n".repeat(100))).hasSize(100);
    }

    @Test
    void helpChecksTheOpenDatabaseInTheBackgroundAndSaysSo() throws Exception {
        Path file = DamagedFiles.create(dir.resolve("help"), 12);
        EdtGuard guard = new EdtGuard();
        SwingExecutor executor = new SwingExecutor();
        try (Workspace workspace = new Workspace(guard.database(file.toString()))) {
            javax.swing.JMenu help = GuiActionRunner.execute(() -> HelpMenu.build(new javax.swing.JFrame(), workspace, executor));
            javax.swing.JMenuItem check = GuiActionRunner.execute(() -> java.util.Arrays.stream(help.getMenuComponents())
                    .filter(item -> "checkDatabase".equals(item.getName())).map(javax.swing.JMenuItem.class::cast)
                    .findFirst().orElseThrow());
            GuiActionRunner.execute(() -> check.doClick());
            // the result is shown (modally) by the executor's delivery on the EDT: the dialog comes first
            JOptionPane result = RecoveryWindowTestSupport.optionPane(robot);
            assertThat(textOf(result)).startsWith("The database is sound: every row, index and article text was read.")
                    .contains(file.toString()).contains("12 articles, 36 spans, 3 annotators, 0 gold decisions.");
            RecoveryWindowTestSupport.press(result, ok());
            Settle.settle(robot, executor);
            assertThat(GuiActionRunner.execute(check::isEnabled)).as("the item is back once the check is done").isTrue();
        }
        guard.assertNoQueryRanOnTheEdt();
    }

    private static String ok() {
        return javax.swing.UIManager.getString("OptionPane.okButtonText");
    }

    private static String textOf(JOptionPane pane) {
        return GuiActionRunner.execute(() -> {
            Object message = pane.getMessage();
            return message instanceof JTextArea area ? area.getText() : String.valueOf(message);
        });
    }

    private static Path damage(Path file) throws Exception {
        long size = Files.size(file);
        for (int i = 0; i < 16; i++) {
            Path copy = file.resolveSibling("damaged-" + i + ".mv.db");
            Files.copy(file, copy);
            DamagedFiles.zeroBlock(copy, size / 4 + i * (size / 2) / 16);
            try (Workspace ignored = Workspace.open(copy.toString())) {
                // this block held no live data
            } catch (WorkspaceOpenException e) {
                if (e.damaged()) {
                    // handed on as a fresh copy: this JVM's own open just now may still hold the file's lock, and an
                    // opener that finds the file locked by this program skips the read-only walk and opens it
                    // read-write, which writes to it (seen once in CI: "quitting changes nothing" failed)
                    Path fresh = file.resolveSibling("damaged-" + i + "-found.mv.db");
                    Files.copy(copy, fresh);
                    return fresh;
                }
                throw e;
            }
            Files.delete(copy);
        }
        throw new AssertionError("no zeroed block held live data");
    }
}
