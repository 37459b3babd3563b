package io.veritag.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.veritag.service.Workspace;
import io.veritag.store.Database;
import io.veritag.ui.kit.EdtGuard;
import java.awt.Component;
import java.awt.Container;
import java.awt.Frame;
import java.awt.event.WindowEvent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javax.swing.JLabel;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JTable;
import javax.swing.SwingUtilities;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.JOptionPaneFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Start-up as the program does it ({@link Workbench#open}), with a database that opens only when the test lets
 * it: the window is there before the database's first query, with its article list loading and only what
 * works without a database usable; the workbench then fills the same window.
 */
class StartupWindowTest {
    private static final long WAIT_MILLIS = 60_000;

    @TempDir
    Path dir;
    private static Robot robot;
    private final AtomicInteger exitCode = new AtomicInteger(Integer.MIN_VALUE);
    private final CountDownLatch release = new CountDownLatch(1);
    private final CountDownLatch asked = new CountDownLatch(1);
    private final EdtGuard guard = new EdtGuard();
    private Thread.UncaughtExceptionHandler previousHandler;
    private Path file;
    private CompletableFuture<Void> start;
    private volatile boolean windowShownWhenAsked;

    @BeforeAll
    static void lookAndFeel() {
        GuiActionRunner.execute(() -> Theme.install(false));
        robot = BasicRobot.robotWithCurrentAwtHierarchy();
    }

    @AfterAll
    static void releaseRobot() {
        robot.cleanUpWithoutDisposingWindows();
    }

    @BeforeEach
    void setUp() {
        previousHandler = Thread.getDefaultUncaughtExceptionHandler();
        ExitTrap.catchInto(exitCode::set);
        file = dir.resolve("desk");
        try (Database db = Database.open(file.toString())) {
            TestCorpus.add(db.store(), "a1", "Bridge story", "The mayor said the bridge fell. Officials denied it.");
            TestCorpus.add(db.store(), "a2", "Port story", "Another article about the port. It reopened.");
            db.store().annotators().getOrCreate("anna");
        }
    }

    /**
     * Ends whatever start the test left: every window it showed (a welcome still open included) goes, and the
     * start is waited for before the next test, so that it cannot act in another test's time.
     */
    @AfterEach
    void tearDown() {
        release.countDown();
        GuiActionRunner.execute(() -> Arrays.stream(java.awt.Window.getWindows())
                .filter(w -> w.isShowing() || "workbench".equals(w.getName())).forEach(java.awt.Window::dispose));
        if (start != null) {
            try {
                start.get(60, TimeUnit.SECONDS);
            } catch (Exception ended) {
                // the test's own assertions said what went wrong; this only keeps its start from outliving it
            }
        }
        ExitTrap.release();
        Thread.setDefaultUncaughtExceptionHandler(previousHandler); // other test classes share this JVM
        guard.assertNoQueryRanOnTheEdt();
    }

    /** Opens the file only once the test releases it: until then the database is not even open. */
    private Supplier<Workspace> heldBack() {
        return () -> {
            windowShownWhenAsked = Arrays.stream(Frame.getFrames()).anyMatch(f -> "workbench".equals(f.getName()) && f.isShowing());
            asked.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new Workspace(guard.database(file.toString()));
        };
    }

    private WorkbenchFrame startHeldBack() throws InterruptedException {
        start = CompletableFuture.runAsync(() -> Workbench.open(heldBack(), "anna"));
        WorkbenchFrame frame = (WorkbenchFrame) WindowFinder.findFrame("workbench").withTimeout(WAIT_MILLIS).using(robot).target();
        assertThat(asked.await(60, TimeUnit.SECONDS)).isTrue();
        assertThat(release.getCount()).as("the database is still held back").isEqualTo(1);
        // on two cores the database's opening would slow the window's first paint: it starts after it
        assertThat(windowShownWhenAsked).as("the window was on screen before the database was opened").isTrue();
        return frame;
    }

    @Test
    void theWindowIsThereBeforeTheDatabaseAndTheWorkbenchFillsItWhenItIsOpen() throws Exception {
        WorkbenchFrame frame = startHeldBack();

        // before the database has answered anything: the list's place says it is loading
        assertThat(GuiActionRunner.execute(frame::isShowing)).isTrue();
        assertThat(GuiActionRunner.execute(frame::attached)).isFalse();
        assertThat(RecoveryWindowTestSupport.named(frame, "articlesLoading", JLabel.class).getText()).isEqualTo(OpeningView.LOADING);
        assertThat(RecoveryWindowTestSupport.named(frame, "statusOpening", JLabel.class).getText()).isEqualTo(OpeningView.OPENING);
        assertThat(RecoveryWindowTestSupport.named(frame, "articleTable", JTable.class)).isNull();
        // the whole menu bar is there; of it, only what works without a database can be used
        List<String> menus = GuiActionRunner.execute(() -> topMenus(frame.getJMenuBar()).stream()
                .map(m -> m.getText() + (m.isEnabled() ? "" : " (disabled)")).toList());
        assertThat(menus).containsExactly("File", "Edit (disabled)", "Span (disabled)", "Article (disabled)", "View",
                "Review (disabled)", "Suggest (disabled)", "Help");
        assertThat(GuiActionRunner.execute(() -> usableItems(frame.getJMenuBar())))
                .containsExactlyInAnyOrder("openingQuit", "openingDarkTheme", "userGuideItem", "keyboardShortcuts");

        // and what can be used works: the shortcuts (on ?, too) and the theme
        click(frame, "keyboardShortcuts");
        javax.swing.JDialog guide = RecoveryWindowTestSupport.dialog(robot, "userGuide");
        assertThat(GuiActionRunner.execute(guide::isShowing)).isTrue();
        GuiActionRunner.execute(guide::dispose);
        click(frame, "openingDarkTheme");
        assertThat(GuiActionRunner.execute(Theme::isDark)).isTrue();
        click(frame, "openingDarkTheme");
        assertThat(GuiActionRunner.execute(Theme::isDark)).isFalse();
        assertThat(release.getCount()).as("all this while the database was still held back").isEqualTo(1);

        release.countDown();
        start.get(60, TimeUnit.SECONDS);
        JTable table = waitFor(() -> RecoveryWindowTestSupport.named(frame, "articleTable", JTable.class), "the article list");
        Pause.pause(new Condition("the articles listed") {
            @Override
            public boolean test() {
                return GuiActionRunner.execute(() -> table.getRowCount() == 2);
            }
        }, Timeout.timeout(WAIT_MILLIS));
        assertThat(GuiActionRunner.execute(frame::attached)).isTrue();
        assertThat(GuiActionRunner.execute(frame::getTitle)).isEqualTo("Veritag — " + file);
        assertThat(RecoveryWindowTestSupport.named(frame, "articlesLoading", JLabel.class)).isNull();
        assertThat(GuiActionRunner.execute(() -> topMenus(frame.getJMenuBar()).stream().allMatch(JMenu::isEnabled))).isTrue();
        assertThat(GuiActionRunner.execute(() -> Arrays.stream(Frame.getFrames())
                .filter(f -> f.isShowing() && "workbench".equals(f.getName())).count()))
                .as("the same window, not a second one").isEqualTo(1);

        GuiActionRunner.execute(() -> frame.dispatchEvent(new WindowEvent(frame, WindowEvent.WINDOW_CLOSING)));
        waitForExit();
        try (Workspace again = Workspace.open(file.toString())) { // closed: not in use any more
            assertThat(again.catalog().articleCount()).isEqualTo(2);
        }
    }

    @Test
    void quittingWhileTheDatabaseOpensClosesItWhenItIsOpenAndEndsTheProgram() throws Exception {
        WorkbenchFrame frame = startHeldBack();
        click(frame, "openingQuit");
        assertThat(GuiActionRunner.execute(frame::isDisplayable)).isFalse();

        release.countDown();
        start.get(60, TimeUnit.SECONDS);
        waitForExit();
        assertThat(GuiActionRunner.execute(() -> Arrays.stream(Frame.getFrames()).filter(Frame::isShowing).toList()))
                .as("no workbench came after the quit").isEmpty();
        try (Workspace again = Workspace.open(file.toString())) { // closed: not in use any more
            assertThat(again.catalog().articleCount()).isEqualTo(2);
        }
    }

    @Test
    void aFirstStartOnANewDatabaseAsksForTheNameAtOnceAndMakesTheDatabaseBehindTheWelcome() throws Exception {
        Path fresh = dir.resolve("new-desk");
        assertThat(Workspace.isNew(fresh.toString())).isTrue();
        java.util.prefs.Preferences remembered = java.util.prefs.Preferences.userNodeForPackage(WorkbenchPrefs.class);
        String before = remembered.get("annotator", null);
        remembered.remove("annotator"); // nobody chosen yet: a first start
        AtomicBoolean welcomeShownWhenMade = new AtomicBoolean();
        try {
            start = CompletableFuture.runAsync(() -> Workbench.open(() -> {
                welcomeShownWhenMade.set(Arrays.stream(java.awt.Window.getWindows())
                        .anyMatch(w -> w.isShowing() && w instanceof javax.swing.JDialog d && "Veritag: annotator".equals(d.getTitle())));
                asked.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return new Workspace(guard.database(fresh.toString()));
            }, null, true));

            // the welcome is there while the new database is still held back: it has no names to offer anyway
            JOptionPaneFixture welcome = new JOptionPaneFixture(robot, org.assertj.swing.finder.JOptionPaneFinder
                    .findOptionPane().withTimeout(WAIT_MILLIS).using(robot).target());
            assertThat(asked.await(60, TimeUnit.SECONDS)).isTrue();
            assertThat(welcomeShownWhenMade).as("the welcome was on screen before the database was made").isTrue();
            assertThat(release.getCount()).isEqualTo(1);
            org.assertj.swing.fixture.JTextComponentFixture name = welcome.textBox("annotatorNameText");
            // the dialog focuses and selects the field once it has the focus itself: typing before would race it
            Pause.pause(new Condition("the name field focused") {
                @Override
                public boolean test() {
                    return GuiActionRunner.execute(name.target()::isFocusOwner);
                }
            }, Timeout.timeout(WAIT_MILLIS));
            name.enterText("zoe");
            answer(welcome, welcome.okButton());

            // then the workbench's window, loading, while the database is still being made
            WorkbenchFrame frame = (WorkbenchFrame) WindowFinder.findFrame("workbench").withTimeout(WAIT_MILLIS).using(robot).target();
            assertThat(GuiActionRunner.execute(frame::attached)).isFalse();
            assertThat(release.getCount()).isEqualTo(1);

            release.countDown();
            start.get(60, TimeUnit.SECONDS);
            Pause.pause(new Condition("the workbench in the window") {
                @Override
                public boolean test() {
                    return GuiActionRunner.execute(frame::attached);
                }
            }, Timeout.timeout(WAIT_MILLIS));
            assertThat(GuiActionRunner.execute(frame::getTitle)).isEqualTo("Veritag — " + fresh);
            GuiActionRunner.execute(() -> frame.dispatchEvent(new WindowEvent(frame, WindowEvent.WINDOW_CLOSING)));
            waitForExit();
            try (Workspace again = Workspace.open(fresh.toString())) {
                assertThat(again.catalog().knownAnnotators()).extracting(a -> a.name()).containsExactly("zoe");
            }
            assertThat(remembered.get("annotator", null)).isEqualTo("zoe");
        } finally {
            if (before == null) {
                remembered.remove("annotator");
            } else {
                remembered.put("annotator", before);
            }
        }
    }

    @Test
    void cancellingTheWelcomeOnANewDatabaseEndsTheProgramWithTheNewFileClosed() throws Exception {
        Path fresh = dir.resolve("new-desk");
        java.util.prefs.Preferences remembered = java.util.prefs.Preferences.userNodeForPackage(WorkbenchPrefs.class);
        String before = remembered.get("annotator", null);
        remembered.remove("annotator");
        try {
            start = CompletableFuture.runAsync(() -> Workbench.open(() -> new Workspace(guard.database(fresh.toString())), null, true));
            JOptionPaneFixture welcome = new JOptionPaneFixture(robot, org.assertj.swing.finder.JOptionPaneFinder
                    .findOptionPane().withTimeout(WAIT_MILLIS).using(robot).target());
            answer(welcome, welcome.cancelButton());
            start.get(60, TimeUnit.SECONDS);
            waitForExit();
            assertThat(GuiActionRunner.execute(() -> Arrays.stream(Frame.getFrames()).filter(Frame::isShowing).toList()))
                    .as("no workbench after the cancel").isEmpty();
            try (Workspace again = Workspace.open(fresh.toString())) { // closed: not in use any more
                assertThat(again.catalog().knownAnnotators()).isEmpty();
            }
        } finally {
            if (before != null) {
                remembered.put("annotator", before);
            }
        }
    }

    /**
     * Clicks the dialog's button and waits for the dialog to go. A click the robot lost on a busy X server (the
     * dialog stays, its text typed, nothing pressed: seen once on CI) is tried again, at most three times.
     */
    private static void answer(JOptionPaneFixture pane, org.assertj.swing.fixture.JButtonFixture button) {
        java.awt.Window dialog = GuiActionRunner.execute(() -> SwingUtilities.getWindowAncestor(pane.target()));
        for (int attempt = 1; ; attempt++) {
            button.click();
            try {
                Pause.pause(new Condition("the dialog answered") {
                    @Override
                    public boolean test() {
                        return !GuiActionRunner.execute(dialog::isShowing);
                    }
                }, Timeout.timeout(5_000));
                return;
            } catch (org.assertj.swing.exception.WaitTimedOutError stillThere) {
                if (attempt == 3) {
                    throw stillThere;
                }
            }
        }
    }

    private void waitForExit() {
        Pause.pause(new Condition("the program ended") {
            @Override
            public boolean test() {
                return exitCode.get() != Integer.MIN_VALUE;
            }
        }, Timeout.timeout(WAIT_MILLIS));
        assertThat(exitCode.get()).isEqualTo(CrashReporter.exitCode(0));
    }

    private static <T> T waitFor(Supplier<T> found, String what) {
        Pause.pause(new Condition(what) {
            @Override
            public boolean test() {
                return found.get() != null;
            }
        }, Timeout.timeout(WAIT_MILLIS));
        return found.get();
    }

    /** Clicks the menu item of that name (as a user does, through its menu: enabled and in an enabled menu). */
    private static void click(WorkbenchFrame frame, String name) {
        GuiActionRunner.execute(() -> {
            List<JMenuItem> items = new ArrayList<>();
            for (JMenu menu : topMenus(frame.getJMenuBar())) {
                if (menu.isEnabled()) {
                    collectItems(menu.getPopupMenu(), items);
                }
            }
            JMenuItem item = items.stream().filter(i -> name.equals(i.getName())).findFirst().orElseThrow();
            item.doClick();
        });
    }

    private static List<JMenu> topMenus(JMenuBar bar) {
        List<JMenu> menus = new ArrayList<>();
        for (int i = 0; i < bar.getMenuCount(); i++) {
            menus.add(bar.getMenu(i));
        }
        return menus;
    }

    /** The names of the menu items a click reaches: enabled, in an enabled menu. */
    private static List<String> usableItems(JMenuBar bar) {
        List<String> names = new ArrayList<>();
        for (JMenu menu : topMenus(bar)) {
            if (menu.isEnabled()) {
                collect(menu.getPopupMenu(), names);
            }
        }
        return names;
    }

    private static void collect(Container container, List<String> names) {
        List<JMenuItem> items = new ArrayList<>();
        collectItems(container, items);
        items.forEach(item -> names.add(item.getName()));
    }

    private static void collectItems(Container container, List<JMenuItem> items) {
        for (Component child : container.getComponents()) {
            if (child instanceof JMenu sub) {
                if (sub.isEnabled()) {
                    collectItems(sub.getPopupMenu(), items);
                }
            } else if (child instanceof JMenuItem item && item.isEnabled()) {
                items.add(item);
            }
        }
    }
}
