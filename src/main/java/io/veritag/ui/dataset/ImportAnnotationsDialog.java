package io.veritag.ui.dataset;

import io.veritag.io.DatasetFormat;
import io.veritag.io.DatasetFormats;
import io.veritag.service.dataset.AnnotationImportService;
import io.veritag.service.dataset.AnnotationImportSummary;
import io.veritag.ui.kit.UiExecutor;
import io.veritag.ui.kit.WorkbenchContext;
import java.awt.Window;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.swing.JComboBox;
import javax.swing.JFileChooser;
import javax.swing.JTextField;

/**
 * File → Import annotations…: a Veritag jsonl file (or folder of them), a brat or XMI folder, or another tool's export
 * (Label Studio, doccano) with a label map and an annotator. Each file is imported
 * whole or not at all, and every refused file is listed with the line at fault. Cancel rolls back the file
 * being read. When done, the workbench reloads.
 */
public final class ImportAnnotationsDialog extends TaskDialog<AnnotationImportSummary> {
    private static final long serialVersionUID = 1L;
    private final transient AnnotationImportService service;
    private final transient Runnable onImported;
    private final JComboBox<String> format = new JComboBox<>(
            DatasetFormats.importable().stream().map(DatasetFormat::name).toArray(String[]::new));
    private final JTextField path = new JTextField(34);
    private final JTextField labelMap = new JTextField(34);
    private final JTextField annotator = new JTextField(34);

    ImportAnnotationsDialog(Window owner, AnnotationImportService service, UiExecutor executor, Runnable onImported) {
        super(owner, "Import annotations", "Import", executor);
        this.service = service;
        this.onImported = onImported;
        format.setName("format");
        path.setName("path");
        addRow("Format", format);
        addRow("File or folder", withChooser(path, this::choosePath));
        labelMap.setName("label-map");
        labelMap.setToolTipText("xmi, labelstudio, doccano: PER=SOURCE,CLAIM=CLAIM (SOURCE:EXPERT for a source type, NAME= to leave a label out)");
        annotator.setName("annotator");
        annotator.setToolTipText("xmi, labelstudio, doccano: whose annotations they are (empty: as the files say)");
        addRow("Label map", labelMap);
        addRow("Annotator", annotator);
        finishLayout();
    }

    /** Opens the dialog over the workbench (File → Import annotations…). */
    public static void open(WorkbenchContext context) {
        new ImportAnnotationsDialog(context.frame(), context.workspace().annotationImports(), context.executor(),
                context::reload).setVisible(true);
    }

    private void choosePath() {
        JFileChooser chooser = new JFileChooser();
        chooser.setFileSelectionMode(JFileChooser.FILES_AND_DIRECTORIES);
        chooser.setDialogTitle("A .jsonl file, or a folder (brat: .txt + .ann)");
        if (chooser.showOpenDialog(this) == JFileChooser.APPROVE_OPTION) {
            path.setText(chooser.getSelectedFile().getPath());
        }
    }

    @Override
    Task<AnnotationImportSummary> prepare() {
        String text = path.getText().strip();
        if (text.isEmpty() || !Files.exists(Path.of(text))) {
            throw new IllegalArgumentException("choose an existing file or folder");
        }
        DatasetFormat chosen = DatasetFormats.requireImportable((String) format.getSelectedItem());
        Path source = Path.of(text);
        List<String> map = labelMap.getText().isBlank() ? List.of() : List.of(labelMap.getText());
        String who = annotator.getText().isBlank() ? null : annotator.getText();
        return progress -> service.importAnnotations(chosen, source, map, who, progress);
    }

    @Override
    void setFormEnabled(boolean enabled) {
        format.setEnabled(enabled);
        path.setEnabled(enabled);
        labelMap.setEnabled(enabled);
        annotator.setEnabled(enabled);
    }

    @Override
    String describe(AnnotationImportSummary summary) {
        StringBuilder text = new StringBuilder(String.join(".\n", summary.describe())).append('.');
        for (String error : summary.errors()) {
            text.append("\nRefused (nothing imported from it): ").append(error);
        }
        return text.toString();
    }

    @Override
    String cancelledText() {
        return "Import cancelled: the file being read was rolled back; files finished before it stay imported.";
    }

    @Override
    String failure() {
        return "Import failed";
    }

    @Override
    void afterTask() {
        onImported.run();
    }
}
