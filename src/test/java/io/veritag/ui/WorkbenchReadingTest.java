package io.veritag.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.veritag.model.Annotator;
import io.veritag.model.NewArticle;
import io.veritag.service.Workspace;
import io.veritag.store.Database;
import io.veritag.store.Store;
import io.veritag.ui.kit.EdtGuard;
import io.veritag.ui.kit.Settle;
import io.veritag.ui.kit.SwingExecutor;
import io.veritag.ui.kit.ThemeColours;
import io.veritag.ui.kit.TruncationTips;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.swing.JCheckBoxMenuItem;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTable;
import javax.swing.SwingUtilities;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.KeyPressInfo;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a reviewer reads around the text (issue 15 items 8, 9, 14): the article list sorted by a column, the
 * Source column only when there are sources, whole text on cut cells, My spans never squeezed, the View
 * menu's check marks, the article's source, date and address, and the other annotators' spans standing out.
 */
class WorkbenchReadingTest {
    private static final String TEXT = "The mayor said the bridge fell. Officials denied it. Maybe it will reopen soon.";
    private static final String LONG_TITLE = "Bridge story: the mayor, the officials and the long night of the river"
            + " crossing that everyone in the region will remember for years";

    @TempDir
    Path dir;
    private final EdtGuard guard = new EdtGuard();
    private final SwingExecutor executor = new SwingExecutor();
    private Database database;
    private Store store;
    private Annotator anna;
    private long bridge;
    private long another;
    private long second;
    private Robot robot;
    private FrameFixture window;
    private WorkbenchFrame frame;
    private final List<URI> browsed = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void lookAndFeel() {
        GuiActionRunner.execute(() -> Theme.install(false));
    }

    @BeforeEach
    void setUp() {
        database = Database.open(dir.resolve("test").toString(), guard);
        store = database.store();
        anna = store.annotators().getOrCreate("anna");
    }

    @AfterEach
    void close() {
        if (window != null) {
            settle();
            window.cleanUp();
        }
        database.close();
        GuiActionRunner.execute(() -> Theme.install(false));
        guard.assertNoQueryRanOnTheEdt();
    }

    /** Three articles without a source, a long title first: Bridge, Another, Second (in the order stored). */
    private void openWithoutSources() {
        bridge = article("t1", LONG_TITLE, null, null, null, TEXT);
        another = article("t2", "Another one", null, null, null, "Another article about the port. It reopened.");
        second = article("t3", "Second story", null, null, null, "A second story about the dam. It held.");
        open();
    }

    private long article(String id, String title, String source, String url, String published, String text) {
        return store.articles().insert(new NewArticle(id, title, source, url, published, text), TestCorpus.sha256(text));
    }

    private void open() {
        robot = BasicRobot.robotWithNewAwtHierarchy();
        WorkbenchPrefs prefs = new WorkbenchPrefs(new MemoryPreferences());
        var labeling = new Workspace(database).labeling(anna);
        Workspace workspace = new Workspace(database);
        frame = GuiActionRunner.execute(() -> Workbench.create(workspace, labeling, prefs, executor));
        GuiActionRunner.execute(() -> frame.articleInfo().useBrowser(new ArticleInfoBar.Browser() {
            @Override
            public boolean available() {
                return true;
            }

            @Override
            public void browse(URI address) {
                browsed.add(address);
            }
        }));
        window = new FrameFixture(robot, frame);
        window.show(new Dimension(1200, 760));
        settle();
        assertThat(GuiActionRunner.execute(() -> frame.controller().model().article())).isPresent();
    }

    @Test
    void theListSortsByAClickOnAColumnAndNextArticleFollowsTheShownOrder() {
        openWithoutSources();
        openArticle(bridge);
        assertThat(titlesShown()).containsExactly(LONG_TITLE, "Another one", "Second story");

        window.table("articleTable").tableHeader().clickColumn(0);
        settle();
        assertThat(titlesShown()).containsExactly("Another one", LONG_TITLE, "Second story");
        assertThat(selectedTitle()).isEqualTo(LONG_TITLE);

        press(KeyEvent.VK_DOWN, InputEvent.ALT_MASK);
        assertThat(openArticleId()).isEqualTo(second);
        assertThat(selectedTitle()).isEqualTo("Second story");
        press(KeyEvent.VK_UP, InputEvent.ALT_MASK);
        press(KeyEvent.VK_UP, InputEvent.ALT_MASK);
        assertThat(openArticleId()).isEqualTo(another);

        window.table("articleTable").tableHeader().clickColumn(0); // descending
        settle();
        assertThat(titlesShown()).containsExactly("Second story", LONG_TITLE, "Another one");
        // a click on a sorted row opens that row's article, not the one at that place before sorting
        window.table("articleTable").cell(org.assertj.swing.data.TableCell.row(0).column(0)).click();
        settle();
        assertThat(openArticleId()).isEqualTo(second);
    }

    @Test
    void theSourceColumnIsShownOnlyWhenSomeArticleHasASource() {
        openWithoutSources();
        assertThat(columnNames()).containsExactly("Title", "Status", "Spans");
    }

    /** Bridge, Another (an HTML-like title) and Second: each pair's percent alike, every article in some pair. */
    private void openWithNearDuplicates() {
        bridge = article("t1", "Bridge", null, null, null, TEXT);
        another = article("t2", "<html><b>Bridge</b> again", null, null, null, TEXT + " Another outlet.");
        second = article("t3", "Bridge, third outlet", null, null, null, TEXT + " Third outlet.");
        store.nearDuplicates().insertPair(another, bridge, 100);
        store.nearDuplicates().insertPair(second, bridge, 84);
        store.nearDuplicates().insertPair(second, another, 88);
        open();
    }

    @Test
    void theAlikeColumnShowsHowAlikeAndTheTooltipNamesTheClosestLookAlikeOnBothSidesAsText() {
        openWithNearDuplicates();
        assertThat(columnNames()).containsExactly("Title", "Status", "Spans", "Alike");
        JTable table = window.table("articleTable").target();
        assertThat(GuiActionRunner.execute(() -> alikeCell(table, "Bridge"))).isEqualTo("\u2248 100 %");
        assertThat(GuiActionRunner.execute(() -> alikeCell(table, "<html><b>Bridge</b> again"))).isEqualTo("\u2248 100 %");
        assertThat(GuiActionRunner.execute(() -> alikeCell(table, "Bridge, third outlet"))).isEqualTo("\u2248 88 %");

        String bridgeTip = "100 % alike: near-duplicate of t2 \u00ab<html><b>Bridge</b> again\u00bb";
        assertThat(GuiActionRunner.execute(() -> alikeTip(table, "Bridge"))).isEqualTo(bridgeTip);
        assertThat(GuiActionRunner.execute(() -> alikeTip(table, "<html><b>Bridge</b> again")))
                .isEqualTo("100 % alike: near-duplicate of t1 \u00abBridge\u00bb");
        assertThat(GuiActionRunner.execute(() -> alikeTip(table, "Bridge, third outlet")))
                .isEqualTo("88 % alike: near-duplicate of t2 \u00ab<html><b>Bridge</b> again\u00bb");
        // Swing shows that tooltip as the text it is: no HTML view is built for it
        assertThat(GuiActionRunner.execute(() -> {
            javax.swing.JToolTip tip = table.createToolTip();
            tip.setTipText(bridgeTip);
            return tip.getClientProperty(javax.swing.plaf.basic.BasicHTML.propertyKey);
        })).isNull();

        // the short header says what it counts when the mouse rests on it
        assertThat(GuiActionRunner.execute(() -> {
            javax.swing.table.JTableHeader header = table.getTableHeader();
            Point at = centre(header.getHeaderRect(table.getColumnModel().getColumnIndex("Alike")));
            header.dispatchEvent(new java.awt.event.MouseEvent(header, java.awt.event.MouseEvent.MOUSE_MOVED,
                    System.currentTimeMillis(), 0, at.x, at.y, 0, false));
            return header.getToolTipText();
        })).isEqualTo(ArticleListPanel.ALIKE_HEADER_TIP);

        // sorted by the number, not by its text ("\u2248 100 %" comes before "\u2248 88 %" as text)
        int column = GuiActionRunner.execute(() -> table.getColumnModel().getColumnIndex("Alike"));
        window.table("articleTable").tableHeader().clickColumn(column);
        settle();
        assertThat(titlesShown()).containsExactly("Bridge, third outlet", "Bridge", "<html><b>Bridge</b> again");
    }

    /**
     * The list at its default width beside the text: no header (with its sort arrow) and no short cell is cut, with
     * the Alike column shown, at 100 % and with the fonts of a 150 % UI scale ("Near-duplicate of" cut itself, its
     * cells and "Spans" to "Sp…").
     */
    @ParameterizedTest(name = "fonts at {0} %")
    @ValueSource(ints = {100, 150})
    void noHeaderAndNoShortCellIsCutInTheArticleListBesideTheAlikeColumn(int percent) {
        java.awt.Font normal = GuiActionRunner.execute(() -> javax.swing.UIManager.getFont("defaultFont"));
        try {
            GuiActionRunner.execute(() -> { // what -Dflatlaf.uiScale=1.5 does to every font
                javax.swing.UIManager.put("defaultFont", new javax.swing.plaf.FontUIResource(
                        normal.deriveFont(normal.getSize2D() * percent / 100f)));
                Theme.install(false);
            });
            openWithNearDuplicates();
            JTable table = window.table("articleTable").target();
            assertThat(GuiActionRunner.execute(() -> table.getParent().getWidth())).as("the list at its default width")
                    .isLessThanOrEqualTo(GuiActionRunner.execute(() -> com.formdev.flatlaf.util.UIScale.scale(380)));
            int columns = GuiActionRunner.execute(table::getColumnCount);
            for (int c = 1; c < columns; c++) { // the title may be cut: its tooltip has it whole
                int view = c;
                GuiActionRunner.execute(() -> table.getRowSorter().setSortKeys(List.of(new javax.swing.RowSorter.SortKey(
                        table.convertColumnIndexToModel(view), javax.swing.SortOrder.DESCENDING))));
                robot.waitForIdle();
                assertThat(GuiActionRunner.execute(() -> TruncationTips.headerTip(table,
                        centre(table.getTableHeader().getHeaderRect(view))))).as("header of column %d", c).isNull();
                for (int row = 0; row < 3; row++) {
                    int r = row;
                    assertThat(GuiActionRunner.execute(() -> TruncationTips.cellTip(table, centre(table.getCellRect(r, view, false)))))
                            .as("row %d, column %s", r, table.getColumnName(view)).isNull();
                }
            }
            int alike = GuiActionRunner.execute(() -> table.getColumnModel().getColumnIndex("Alike"));
            int title = GuiActionRunner.execute(() -> table.getColumnModel().getColumn(0).getWidth());
            assertThat(GuiActionRunner.execute(() -> table.getColumnModel().getColumn(alike).getWidth()))
                    .as("a narrow column").isLessThan(title);
        } finally {
            GuiActionRunner.execute(() -> {
                javax.swing.UIManager.put("defaultFont", null);
                Theme.install(false);
            });
        }
    }

    private static String alikeCell(JTable table, String title) {
        int row = rowOf(table, title);
        int column = table.getColumnModel().getColumnIndex("Alike");
        return ((javax.swing.JLabel) table.prepareRenderer(table.getCellRenderer(row, column), row, column)).getText();
    }

    private static String alikeTip(JTable table, String title) {
        int row = rowOf(table, title);
        Point at = centre(table.getCellRect(row, table.getColumnModel().getColumnIndex("Alike"), false));
        return table.getToolTipText(new java.awt.event.MouseEvent(table, java.awt.event.MouseEvent.MOUSE_MOVED,
                System.currentTimeMillis(), 0, at.x, at.y, 0, false));
    }

    @Test
    void cutCellsAndHeadersShowTheirWholeTextAsATooltipAndOnlyThen() {
        openWithoutSources();
        JTable table = window.table("articleTable").target();
        // pinned, not only preferred: the table shares its width out again whenever it is laid out anew (the
        // window still settling on a busy machine), and a preferred 120 px once came out narrower than the short title
        GuiActionRunner.execute(() -> {
            javax.swing.table.TableColumn title = table.getColumnModel().getColumn(0);
            title.setMinWidth(120);
            title.setMaxWidth(120);
            title.setPreferredWidth(120);
        });
        org.assertj.swing.timing.Pause.pause(new org.assertj.swing.timing.Condition("the title column 120 px wide") {
            @Override
            public boolean test() {
                return GuiActionRunner.execute(() -> table.getColumnModel().getColumn(0).getWidth() == 120);
            }
        }, org.assertj.swing.timing.Timeout.timeout(10_000));
        int longRow = GuiActionRunner.execute(() -> rowOf(table, LONG_TITLE));
        int shortRow = GuiActionRunner.execute(() -> rowOf(table, "Another one"));
        assertThat(GuiActionRunner.execute(() -> TruncationTips.cellTip(table, centre(table.getCellRect(longRow, 0, false)))))
                .isEqualTo(LONG_TITLE);
        assertThat(GuiActionRunner.execute(() -> TruncationTips.cellTip(table, centre(table.getCellRect(shortRow, 0, false)))))
                .isNull();
        // the tooltip Swing shows under the mouse is that text
        window.table("articleTable").cell(org.assertj.swing.data.TableCell.row(longRow).column(0)).click();
        robot.moveMouse(table, centre(GuiActionRunner.execute(() -> table.getCellRect(longRow, 0, false))));
        robot.waitForIdle();
        assertThat(GuiActionRunner.execute(() -> table.getToolTipText())).isEqualTo(LONG_TITLE);

        // pinned at 18 px (as the title column at 120): "Status" cut, and wide enough to point at
        GuiActionRunner.execute(() -> {
            javax.swing.table.TableColumn status = table.getColumnModel().getColumn(1);
            status.setMinWidth(18);
            status.setMaxWidth(18);
            status.setPreferredWidth(18);
            table.doLayout();
        });
        org.assertj.swing.timing.Pause.pause(new org.assertj.swing.timing.Condition("the status column 18 px wide") {
            @Override
            public boolean test() {
                return GuiActionRunner.execute(() -> table.getTableHeader().getHeaderRect(1).width == 18);
            }
        }, org.assertj.swing.timing.Timeout.timeout(10_000));
        assertThat(GuiActionRunner.execute(() -> TruncationTips.headerTip(table,
                centre(table.getTableHeader().getHeaderRect(1))))).isEqualTo("Status");
        assertThat(GuiActionRunner.execute(() -> TruncationTips.headerTip(table,
                centre(table.getTableHeader().getHeaderRect(0))))).isNull();
    }

    @Test
    void mySpansKeepFiveWholeRowsWhenTheDividerIsPulledDown() {
        openWithoutSources();
        JTable spans = window.table("spanTable").target();
        JSplitPane split = GuiActionRunner.execute(() -> (JSplitPane) SwingUtilities.getAncestorOfClass(JSplitPane.class, spans));
        GuiActionRunner.execute(() -> split.setDividerLocation(split.getHeight() - 40));
        settle();
        int visible = GuiActionRunner.execute(() -> ((JScrollPane) SwingUtilities.getAncestorOfClass(JScrollPane.class, spans))
                .getViewport().getExtentSize().height);
        assertThat(visible).isGreaterThanOrEqualTo(SpanListPanel.MIN_ROWS * GuiActionRunner.execute(() -> spans.getRowHeight()));
    }

    @Test
    void theViewMenuShowsTheDarkThemeCheckMarkWhenSwitchedByKey() {
        openWithoutSources();
        JCheckBoxMenuItem dark = (JCheckBoxMenuItem) window.menuItemWithPath("View", "Dark theme").target();
        JCheckBoxMenuItem others = (JCheckBoxMenuItem) window.menuItemWithPath("View", "Show others").target();
        assertThat(GuiActionRunner.execute(dark::isSelected)).isFalse();
        press(KeyEvent.VK_L, InputEvent.CTRL_MASK | InputEvent.SHIFT_MASK);
        assertThat(GuiActionRunner.execute(Theme::isDark)).isTrue();
        assertThat(GuiActionRunner.execute(dark::isSelected)).isTrue();
        press(KeyEvent.VK_O, InputEvent.CTRL_MASK | InputEvent.SHIFT_MASK);
        assertThat(GuiActionRunner.execute(others::isSelected)).isTrue();
        press(KeyEvent.VK_L, InputEvent.CTRL_MASK | InputEvent.SHIFT_MASK);
        assertThat(GuiActionRunner.execute(dark::isSelected)).isFalse();
        assertThat(GuiActionRunner.execute(others::isSelected)).isTrue();
    }

    @Test
    void theArticlesSourceDateAndAddressAreShownAndOnlyAWebAddressOpens() {
        bridge = article("t1", "Bridge story", "Kyiv Independent", "https://example.org/news/bridge?id=7&lang=en",
                "2026-11-01", TEXT);
        another = article("t2", "Another one", null, "javascript:alert(1)", null, "Another article. It reopened.");
        second = article("t3", "Second story", null, "file:///etc/passwd", null, "A second story. It held.");
        open();
        assertThat(columnNames()).containsExactly("Title", "Source", "Status", "Spans");
        openArticle(bridge);
        window.label("articleTitle").requireText("Bridge story");
        window.label("articleFacts").requireText("Kyiv Independent  ·  2026-11-01");
        window.button("articleUrl").requireVisible().requireEnabled();
        GuiActionRunner.execute(() -> frame.articleInfo().link().doClick());
        assertThat(browsed).containsExactly(URI.create("https://example.org/news/bridge?id=7&lang=en"));

        for (long notWeb : List.of(another, second)) {
            openArticle(notWeb);
            window.button("articleUrl").requireVisible().requireDisabled();
            GuiActionRunner.execute(() -> frame.articleInfo().link().doClick());
        }
        assertThat(browsed).hasSize(1);
        assertThat(ArticleInfoBar.webAddress("https://example.org/a b")).isEmpty();
        assertThat(ArticleInfoBar.webAddress("http:///no-host")).isEmpty();
        assertThat(ArticleInfoBar.webAddress("HTTPS://Example.org/")).isPresent();
    }

    @ParameterizedTest(name = "dark={0}")
    @ValueSource(booleans = {false, true})
    void otherAnnotatorsSpansStandOutFromThePageInEveryLabelColour(boolean dark) {
        bridge = article("t1", "Bridge story", null, null, null, TEXT);
        long boris = store.annotators().getOrCreate("boris").id();
        String[] labels = {"CLAIM", "DENIAL", "SPECULATION"};
        String[] words = {"mayor said", "Officials denied", "Maybe it will"};
        for (int i = 0; i < labels.length; i++) {
            int start = TEXT.indexOf(words[i]);
            store.spans().insert(bridge, boris, start, start + words[i].length(), labels[i], null);
        }
        open();
        if (dark) {
            press(KeyEvent.VK_L, InputEvent.CTRL_MASK | InputEvent.SHIFT_MASK);
        }
        press(KeyEvent.VK_O, InputEvent.CTRL_MASK | InputEvent.SHIFT_MASK);
        assertThat(GuiActionRunner.execute(() -> frame.controller().model().others())).hasSize(3);

        ArticleTextArea text = frame.controller().text();
        BufferedImage image = GuiActionRunner.execute(() -> {
            BufferedImage shot = new BufferedImage(text.getWidth(), text.getHeight(), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = shot.createGraphics();
            text.paint(g);
            g.dispose();
            return shot;
        });
        Color page = GuiActionRunner.execute(() -> ThemeColours.get(ThemeColours.PAGE));
        for (String w : words) {
            int start = TEXT.indexOf(w);
            Rectangle first = GuiActionRunner.execute(() -> text.modelToView2D(start).getBounds());
            Rectangle last = GuiActionRunner.execute(() -> text.modelToView2D(start + w.length()).getBounds());
            List<Integer> strongRows = new ArrayList<>();
            for (int y = first.y; y < first.y + first.height / 2; y++) {
                int strong = 0;
                for (int x = first.x + 2; x < last.x - 2; x++) {
                    if (ThemeColours.contrast(new Color(image.getRGB(x, y)), page) >= 3.0) {
                        strong++;
                    }
                }
                if (strong >= (last.x - first.x - 4) * 0.4) {
                    strongRows.add(y);
                }
            }
            assertThat(strongRows).as("rows of a clearly visible line above «" + w + "»").hasSizeGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void editingADoneArticleSaysSoOnceAndNotOnEveryEdit() {
        openWithoutSources();
        openArticle(bridge);
        label("mayor said", KeyEvent.VK_1);
        assertThat(savedLine()).doesNotContain("marked done");
        press(KeyEvent.VK_ENTER, InputEvent.CTRL_MASK);
        assertThat(GuiActionRunner.execute(() -> frame.controller().model().status()))
                .isEqualTo(io.veritag.model.ArticleStatus.DONE);

        label("Officials denied", KeyEvent.VK_2);
        assertThat(savedLine()).contains("create DENIAL span", "This article is marked done", "gold made from it is now out of date");
        assertThat(GuiActionRunner.execute(() -> frame.controller().model().lastWarned())).isTrue();
        assertThat(window.label("statusSaved").foreground().target())
                .isEqualTo(GuiActionRunner.execute(() -> ThemeColours.get(ThemeColours.WARNING)));
        // on screen, not pushed by its length into a second row of the status bar that nobody sees
        javax.swing.JLabel saved = window.label("statusSaved").target();
        assertThat(GuiActionRunner.execute(() -> {
            java.awt.Container bar = javax.swing.SwingUtilities.getAncestorOfClass(StatusBar.class, saved);
            java.awt.Rectangle inBar = javax.swing.SwingUtilities.convertRectangle(saved.getParent(), saved.getBounds(), bar);
            return saved.isShowing() && inBar.width > 100 && inBar.y >= 0 && inBar.y + inBar.height <= bar.getHeight();
        })).as("the warning is visible in the status bar").isTrue();
        assertThat(window.label("statusSaved").target().getToolTipText()).contains("This article is marked done");

        label("Maybe it will", KeyEvent.VK_3);
        assertThat(savedLine()).contains("create SPECULATION span").doesNotContain("marked done");
        assertThat(GuiActionRunner.execute(() -> frame.controller().model().status()))
                .as("still done: editing does not quietly reopen it").isEqualTo(io.veritag.model.ArticleStatus.DONE);
    }

    /**
     * Emoji are drawn when the machine has a font with them as outlines (README: fonts-symbola): the article font
     * falls back to it. Skipped on a machine without any such font, where nothing can draw them.
     */
    @Test
    void theArticleFontDrawsEmojiWhenTheMachineHasAFontForThem() {
        int[] emoji = {0x1F600, 0x1F525, 0x2705};
        boolean someFontHasThem = java.util.Arrays.stream(java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment().getAllFonts())
                .anyMatch(f -> java.util.Arrays.stream(emoji).allMatch(f::canDisplay));
        org.junit.jupiter.api.Assumptions.assumeTrue(someFontHasThem, "no font on this machine has emoji outlines");
        openWithoutSources();
        press(KeyEvent.VK_PLUS, InputEvent.CTRL_MASK); // zoomed, the derived font keeps its fallback
        java.awt.Font font = GuiActionRunner.execute(() -> frame.controller().text().getFont());
        for (int cp : emoji) {
            assertThat(font.canDisplay(cp)).as("U+%X in %s", cp, font.getFontName()).isTrue();
        }
        press(KeyEvent.VK_L, InputEvent.CTRL_MASK | InputEvent.SHIFT_MASK); // and after a theme switch
        java.awt.Font dark = GuiActionRunner.execute(() -> frame.controller().text().getFont());
        for (int cp : emoji) {
            assertThat(dark.canDisplay(cp)).as("U+%X in %s, dark", cp, dark.getFontName()).isTrue();
        }
    }

    private String savedLine() {
        return window.label("statusSaved").text();
    }

    private void label(String words, int key) {
        int start = TEXT.indexOf(words);
        window.textBox("articleText").focus();
        GuiActionRunner.execute(() -> frame.controller().text().select(start, start + words.length()));
        press(key, 0);
    }

    private static Point centre(Rectangle r) {
        return new Point(r.x + r.width / 2, r.y + r.height / 2);
    }

    private static int rowOf(JTable table, String title) {
        for (int i = 0; i < table.getRowCount(); i++) {
            if (title.equals(table.getValueAt(i, 0))) {
                return i;
            }
        }
        return -1;
    }

    private List<String> titlesShown() {
        JTable table = window.table("articleTable").target();
        return GuiActionRunner.execute(() -> {
            List<String> titles = new ArrayList<>();
            for (int i = 0; i < table.getRowCount(); i++) {
                titles.add(String.valueOf(table.getValueAt(i, 0)));
            }
            return titles;
        });
    }

    private String selectedTitle() {
        JTable table = window.table("articleTable").target();
        return GuiActionRunner.execute(() -> String.valueOf(table.getValueAt(table.getSelectedRow(), 0)));
    }

    private List<String> columnNames() {
        JTable table = window.table("articleTable").target();
        return GuiActionRunner.execute(() -> {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < table.getColumnCount(); i++) {
                names.add(table.getColumnName(i));
            }
            return names;
        });
    }

    private long openArticleId() {
        return GuiActionRunner.execute(() -> frame.controller().model().article().orElseThrow().id());
    }

    private void openArticle(long id) {
        GuiActionRunner.execute(() -> frame.controller().openArticle(id));
        settle();
        assertThat(openArticleId()).isEqualTo(id);
    }

    private void press(int keyCode, int oldStyleModifiers) {
        window.textBox("articleText").pressAndReleaseKey(KeyPressInfo.keyCode(keyCode).modifiers(oldStyleModifiers));
        robot.waitForIdle();
        settle();
    }

    private void settle() {
        Settle.settle(robot, executor);
    }
}
