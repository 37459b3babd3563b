package io.veritag.ui.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import io.veritag.io.DatasetFormats;
import io.veritag.service.Progress;
import io.veritag.service.dataset.AnnotationImportService;
import io.veritag.service.dataset.ExportService;
import io.veritag.service.Workspace;
import io.veritag.store.Database;
import io.veritag.ui.kit.EdtGuard;
import io.veritag.ui.kit.Settle;
import io.veritag.ui.kit.SwingExecutor;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import io.veritag.store.Store;
import java.awt.Dialog;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.DialogFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export and import dialogs, driven with AssertJ Swing (under Xvfb) on a fresh database per test. */
class ExportDialogTest {
    @TempDir
    Path temp;
    private final EdtGuard guard = new EdtGuard();
    private final SwingExecutor executor = new SwingExecutor();
    private Database database;
    private Store store;
    private ExportDialog.Choices choices;
    private Robot robot;
    private DialogFixture dialog;

    @BeforeAll
    static void installRepaintCheck() {
        FailOnThreadViolationRepaintManager.install();
    }

    @BeforeEach
    void loadCorpus() throws URISyntaxException {
        database = guard.database();
        store = database.store();
        Path golden = Path.of(ExportDialogTest.class.getResource("/io/veritag/io/jsonl/input.jsonl").toURI());
        assertThat(new AnnotationImportService(store).importAnnotations(DatasetFormats.require("jsonl"), golden, Progress.NONE)
                .errors()).isEmpty();
        choices = ExportDialog.Choices.read(new Workspace(database).catalog());
        robot = BasicRobot.robotWithNewAwtHierarchy();
    }

    @AfterEach
    void close() {
        settle();
        if (dialog != null) {
            dialog.cleanUp();
        }
        database.close();
        guard.assertNoQueryRanOnTheEdt();
    }

    @Test
    void exportsTheChosenFormatAndLabelsAndShowsFolderAndCounts() {
        ExportService service = new ExportService(store, temp.resolve("exports"), Clock.systemUTC());
        show(() -> new ExportDialog(null, choices, service, service::export, executor));
        assertThat(dialog.textBox("destination").text()).startsWith(temp.resolve("exports/jsonl-").toString());

        selectFormat("csv");
        assertThat(dialog.textBox("destination").text()).startsWith(temp.resolve("exports/csv-").toString());
        dialog.textBox("destination").setText(temp.resolve("mine").toString());
        set("label-DENIAL", false);
        press("export");

        settle();
        assertThat(dialog.textBox("result").text()).contains(
                "Exported 4 articles (4 documents, 7 spans) as csv to " + temp.resolve("mine"),
                "labels: CLAIM 4, SPECULATION 3",
                "anna: CLAIM 4, SPECULATION 3");
        assertThat(temp.resolve("mine/data.csv")).exists();
        assertThat(temp.resolve("mine/manifest.json")).exists();
        dialog.progressBar("progress").requireText("Done");
        dialog.button("close").requireText("Close");
    }

    @Test
    void escapeClosesTheDialogAsItsCloseButtonDoes() {
        ExportService service = new ExportService(store, temp.resolve("exports"), Clock.systemUTC());
        show(() -> new ExportDialog(null, choices, service, service::export, executor));
        dialog.requireVisible();
        dialog.pressAndReleaseKeys(java.awt.event.KeyEvent.VK_ESCAPE);
        dialog.requireNotVisible();
    }

    @Test
    void theDefaultFolderIsAbsoluteAndTheExportedFolderCanBeOpened() {
        // a relative exports root, as when the program starts with its default "exports" folder
        ExportService service = new ExportService(store, Path.of("target", "export-relative"), Clock.systemUTC());
        java.util.List<Path> opened = new java.util.concurrent.CopyOnWriteArrayList<>();
        ExportDialog.FolderOpener fileManager = new ExportDialog.FolderOpener() {
            @Override
            public boolean available() {
                return true;
            }

            @Override
            public void open(Path folder) {
                opened.add(folder);
            }
        };
        show(() -> new ExportDialog(null, choices, service, service::export, executor, fileManager));
        String suggested = dialog.textBox("destination").text();
        assertThat(Path.of(suggested)).isAbsolute().startsWithRaw(Path.of("target", "export-relative").toAbsolutePath());
        assertThat(openFolderShown()).isFalse();
        dialog.textBox("destination").setText(temp.resolve("mine").toString());
        press("export");
        settle();

        assertThat(dialog.textBox("result").text()).contains("to " + temp.resolve("mine").toAbsolutePath());
        press("open-folder");
        assertThat(opened).containsExactly(temp.resolve("mine").toAbsolutePath());
    }

    @Test
    void withoutAFileManagerTheResultSaysToCopyTheFolder() {
        ExportService service = new ExportService(store, temp.resolve("exports"), Clock.systemUTC());
        ExportDialog.FolderOpener none = new ExportDialog.FolderOpener() {
            @Override
            public boolean available() {
                return false;
            }

            @Override
            public void open(Path folder) {
                throw new AssertionError("no file manager to open");
            }
        };
        show(() -> new ExportDialog(null, choices, service, service::export, executor, none));
        dialog.textBox("destination").setText(temp.resolve("mine").toString());
        press("export");
        settle();
        assertThat(openFolderShown()).isFalse();
        assertThat(dialog.textBox("result").text()).contains("to " + temp.resolve("mine"), "copy it");
        // the folder can be selected and copied from the result
        javax.swing.JTextArea result = (javax.swing.JTextArea) dialog.textBox("result").target();
        String folder = temp.resolve("mine").toString();
        GuiActionRunner.execute(() -> {
            int at = result.getText().indexOf(folder);
            result.select(at, at + folder.length());
        });
        assertThat(GuiActionRunner.execute(result::getSelectedText)).isEqualTo(folder);
    }

    @Test
    void cancelStopsTheExportAndLeavesNothingBehind() throws IOException {
        ExportService service = new ExportService(store, temp.resolve("exports"), Clock.systemUTC());
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch cancelPressed = new CountDownLatch(1);
        show(() -> new ExportDialog(null, choices, service, (request, progress) -> service.export(request, new Progress() {
            @Override
            public void update(long done, long total, String message) {
                progress.update(done, total, message);
                if (done > 0) {
                    started.countDown();
                    awaitQuietly(cancelPressed); // holds the export half-way until Cancel is pressed
                }
            }

            @Override
            public boolean isCancelled() {
                return progress.isCancelled();
            }
        }), executor));
        selectFormat("brat");
        dialog.textBox("destination").setText(temp.resolve("exports/half").toString());
        press("export");
        awaitQuietly(started);
        dialog.button("close").requireText("Cancel");
        press("close");
        robot.waitForIdle();
        cancelPressed.countDown();
        settle();

        assertThat(dialog.textBox("result").text()).isEqualTo("Export cancelled: nothing was written.");
        try (Stream<Path> left = Files.list(temp.resolve("exports"))) {
            assertThat(left).isEmpty();
        }
        dialog.button("export").requireEnabled();
    }

    @Test
    void saysWhatIsMissingInsteadOfExporting() {
        ExportService service = new ExportService(store, temp.resolve("exports"), Clock.systemUTC());
        show(() -> new ExportDialog(null, choices, service, service::export, executor));
        set("label-CLAIM", false);
        set("label-DENIAL", false);
        set("label-SPECULATION", false);
        set("label-SOURCE", false);
        press("export");
        assertThat(dialog.textBox("result").text()).isEqualTo("Cannot export: choose at least one label");

        set("label-CLAIM", true);
        set("split", true);
        dialog.textBox("ratios").setText("80/20");
        press("export");
        assertThat(dialog.textBox("result").text()).isEqualTo("Cannot export: split must look like 80/10/10 (train/dev/test), got '80/20'");

        dialog.radioButton("gold-choice").requireVisible().requireEnabled();
        GuiActionRunner.execute(() -> dialog.radioButton("gold-choice").target().doClick());
        robot.waitForIdle();
        dialog.list("annotators").requireDisabled();
    }

    @Test
    void importsAnnotationsAndListsRefusedFiles() throws IOException {
        Path bad = Files.writeString(temp.resolve("bad.jsonl"), "{\"id\":\"x\",\"text\":\"Hi\",\"annotator\":\"zoe\",\"status\":\"done\","
                + "\"spans\":[{\"start\":0,\"end\":2,\"label\":\"RUMOUR\",\"text\":\"Hi\"}]}\n");
        AtomicBoolean reloaded = new AtomicBoolean();
        show(() -> new ImportAnnotationsDialog(null, new AnnotationImportService(store), executor, () -> reloaded.set(true)));
        dialog.textBox("path").setText(bad.toString());
        press("import");

        settle();
        assertThat(dialog.textBox("result").text()).isEqualTo("Imported 0 files: 0 documents, 0 spans added (0 already present), "
                + "0 articles created.\nRefused (nothing imported from it): " + bad
                + ":1: span 1: unknown label 'RUMOUR' (known: CLAIM, DENIAL, SPECULATION, SOURCE)");
        assertThat(reloaded).isTrue();
        assertThat(store.annotators().byName("zoe")).isEmpty();
    }

    @Test
    void aDoccanoExportImportsWithTheLabelMapAndAnnotatorTypedInTheDialog() throws Exception {
        Path doccano = Path.of(getClass().getResource("/io/veritag/io/interchange/doccano-export.jsonl").toURI());
        show(() -> new ImportAnnotationsDialog(null, new AnnotationImportService(store), executor, () -> { }));
        javax.swing.JComboBox<?> combo = dialog.comboBox("format").target();
        GuiActionRunner.execute(() -> combo.setSelectedItem("doccano")); // the robot's click was lost once under load
        robot.waitForIdle();
        assertThat(GuiActionRunner.execute(combo::getSelectedItem)).isEqualTo("doccano");
        dialog.textBox("path").setText(doccano.toString());
        dialog.textBox("label-map").setText("PER=SOURCE, ORG=");
        dialog.textBox("annotator").setText("zoe");
        press("import");

        settle();
        assertThat(dialog.textBox("result").text()).startsWith("Imported 1 file: 2 documents, 4 spans added");
        assertThat(store.annotators().byName("zoe")).isPresent();
    }

    @Test
    void csvWarnsOfFormulaCellsAndNeutralisesThemForSpreadsheetsWhenAsked() throws IOException {
        Path formula = Files.writeString(temp.resolve("formula.jsonl"), "{\"id\":\"f\",\"title\":\"f\",\"text\":\"Formula here.\","
                + "\"annotator\":\"anna\",\"status\":\"done\",\"spans\":[{\"start\":0,\"end\":7,\"label\":\"CLAIM\","
                + "\"text\":\"Formula\",\"note\":\"=HYPERLINK(\\\"http://x\\\")\"}]}\n");
        assertThat(new AnnotationImportService(store).importAnnotations(DatasetFormats.require("jsonl"), formula, Progress.NONE)
                .errors()).isEmpty();
        choices = ExportDialog.Choices.read(new Workspace(database).catalog()); // with the article just imported
        ExportService service = new ExportService(store, temp.resolve("exports"), Clock.systemUTC());
        show(() -> new ExportDialog(null, choices, service, service::export, executor));
        dialog.checkBox("spreadsheet-safe").requireDisabled(); // jsonl: datasets stay exact

        selectFormat("csv");
        dialog.checkBox("spreadsheet-safe").requireEnabled().requireNotSelected();
        dialog.textBox("destination").setText(temp.resolve("exact").toString());
        press("export");
        settle();
        assertThat(dialog.textBox("result").text()).startsWith("Exported");
        assertThat(dialog.textBox("result").text()).contains("warning: 1 cells beginning with =, +, -, @, tab or CR, "
                + "which a spreadsheet may run as formulas");
        assertThat(Files.readString(temp.resolve("exact/data.csv"))).contains(",\"=HYPERLINK(\"\"http://x\"\")\"");

        GuiActionRunner.execute(() -> dialog.checkBox("spreadsheet-safe").target().setSelected(true));
        dialog.textBox("destination").setText(temp.resolve("safe").toString());
        press("export");
        settle();
        assertThat(dialog.textBox("result").text()).startsWith("Exported").contains(temp.resolve("safe").toString());
        assertThat(dialog.textBox("result").text())
                .contains("left out or changed: 1 cells beginning with =, +, -, @, tab or CR given a leading ' for spreadsheets")
                .doesNotContain("warning:");
        assertThat(Files.readString(temp.resolve("safe/data.csv"))).contains(",\"'=HYPERLINK(\"\"http://x\"\")\"");
    }

    private void show(Supplier<javax.swing.JDialog> create) {
        javax.swing.JDialog created = GuiActionRunner.execute(() -> {
            javax.swing.JDialog d = create.get();
            d.setModalityType(Dialog.ModalityType.MODELESS);
            return d;
        });
        dialog = new DialogFixture(robot, created);
        dialog.show();
    }

    /** Picks a format the way the combo's popup would (setSelectedItem fires the same listeners), without its timing. */
    private void selectFormat(String name) {
        javax.swing.JComboBox<?> combo = dialog.comboBox("format").target();
        GuiActionRunner.execute(() -> combo.setSelectedItem(DatasetFormats.require(name)));
        robot.waitForIdle();
        assertThat(GuiActionRunner.execute(() -> ((io.veritag.io.DatasetFormat) combo.getSelectedItem()).name())).isEqualTo(name);
    }

    private void settle() {
        Settle.settle(robot, executor);
    }

    /** Ticks or clears a check box the way a click does (on the EDT, its listeners fire). */
    private void set(String checkBox, boolean selected) {
        javax.swing.JCheckBox box = dialog.checkBox(checkBox).requireVisible().requireEnabled().target();
        GuiActionRunner.execute(() -> {
            if (box.isSelected() != selected) {
                box.doClick();
            }
        });
        robot.waitForIdle();
        assertThat(GuiActionRunner.execute(box::isSelected)).isEqualTo(selected);
    }

    /** Pressed on the EDT: a robot click on a freshly shown dialog can be lost on a loaded machine. */
    private void press(String button) {
        dialog.button(button).requireVisible().requireEnabled();
        GuiActionRunner.execute(() -> dialog.button(button).target().doClick());
        robot.waitForIdle();
    }

    private boolean openFolderShown() {
        return GuiActionRunner.execute(() -> java.util.stream.Stream.of(dialog.target())
                .flatMap(ExportDialogTest::descendants)
                .anyMatch(c -> "open-folder".equals(c.getName()) && c.isShowing()));
    }

    private static Stream<java.awt.Component> descendants(java.awt.Component c) {
        Stream<java.awt.Component> self = Stream.of(c);
        return c instanceof java.awt.Container box
                ? Stream.concat(self, Stream.of(box.getComponents()).flatMap(ExportDialogTest::descendants)) : self;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            assertThat(latch.await(20, TimeUnit.SECONDS)).as("released within 20 s").isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
