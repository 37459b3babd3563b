package io.veritag.ui.dataset;

import io.veritag.io.DatasetFormats;
import io.veritag.service.Progress;
import io.veritag.service.dataset.AnnotationImportService;
import io.veritag.service.dataset.ExportService;
import io.veritag.service.Workspace;
import io.veritag.store.Database;
import io.veritag.ui.kit.SwingExecutor;
import java.nio.file.Path;
import javax.swing.SwingUtilities;

/** Shows the export dialog over the golden corpus, to look at it: {@code java ... ExportDialogDemo [import]}. */
public final class ExportDialogDemo {
    private ExportDialogDemo() {
    }

    public static void main(String[] args) throws Exception {
        Database database = Database.inMemory();
        Path golden = Path.of(ExportDialogDemo.class.getResource("/io/veritag/io/jsonl/input.jsonl").toURI());
        new AnnotationImportService(database.store()).importAnnotations(DatasetFormats.require("jsonl"), golden, Progress.NONE);
        SwingExecutor executor = new SwingExecutor();
        ExportDialog.Choices choices = ExportDialog.Choices.read(new Workspace(database).catalog());
        SwingUtilities.invokeLater(() -> {
            com.formdev.flatlaf.FlatLightLaf.setup();
            if (args.length > 0 && args[0].equals("import")) {
                new ImportAnnotationsDialog(null, new AnnotationImportService(database.store()), executor, () -> { }).setVisible(true);
            } else {
                ExportService service = new ExportService(database.store());
                new ExportDialog(null, choices, service, service::export, executor).setVisible(true);
            }
            System.exit(0);
        });
    }
}
