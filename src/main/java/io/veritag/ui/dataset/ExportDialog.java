package io.veritag.ui.dataset;

import io.veritag.io.DatasetFormat;
import io.veritag.io.DatasetFormats;
import io.veritag.model.Annotator;
import io.veritag.model.Label;
import io.veritag.service.CatalogService;
import io.veritag.service.Progress;
import io.veritag.service.dataset.DatasetSplit;
import io.veritag.service.dataset.ExportLayer;
import io.veritag.service.dataset.ExportRequest;
import io.veritag.service.dataset.ExportResult;
import io.veritag.service.dataset.ExportService;
import io.veritag.ui.kit.UiExecutor;
import io.veritag.ui.kit.WorkbenchContext;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Window;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.swing.ButtonGroup;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JRadioButton;
import javax.swing.JScrollPane;
import javax.swing.JSpinner;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import javax.swing.SpinnerNumberModel;

/**
 * File → Export…: format (from the one registry), whose layers (annotators or gold), which statuses and labels,
 * an optional split and the destination. The export runs off the EDT with a progress bar and Cancel; a
 * cancelled or failed export leaves no folder. At the end the dialog shows the folder and the counts.
 */
public final class ExportDialog extends TaskDialog<ExportResult> {
    private static final long serialVersionUID = 1L;

    /** Runs an export; the window uses {@link ExportService}, tests may hold it half-way. */
    @FunctionalInterface
    interface Exporter {
        ExportResult export(ExportRequest request, Progress progress);
    }

    private final transient ExportService service;
    private final transient Exporter exporter;
    private final JComboBox<DatasetFormat> format = new JComboBox<>(DatasetFormats.exportable().toArray(DatasetFormat[]::new));
    private final JRadioButton annotatorsChoice = new JRadioButton("Annotators", true);
    private final JRadioButton goldChoice = new JRadioButton("Gold layer (adjudicated)");
    private final JList<String> annotators;
    private final JCheckBox doneOnly = new JCheckBox("Only articles marked done", true);
    private final List<JCheckBox> labels = new ArrayList<>();
    private final JCheckBox split = new JCheckBox("Split by article (train/dev/test)");
    private final JTextField ratios = new JTextField("80/10/10", 8);
    private final JSpinner seed = new JSpinner(new SpinnerNumberModel(0, 0, Integer.MAX_VALUE, 1));
    private final JTextField destination = new JTextField(34);
    private final JButton openFolder = new JButton("Open folder");
    private final transient FolderOpener folderOpener;
    private transient Path exportedFolder;
    private final JCheckBox spreadsheetSafe = new JCheckBox("For spreadsheets: put ' before cells beginning with = + - @ (CSV)");

    /** What the form offers, read from the database off the EDT before the dialog is built. */
    record Choices(List<String> annotators, List<Label> labels) {
        static Choices read(CatalogService catalog) {
            return new Choices(catalog.knownAnnotators().stream().map(Annotator::name).toList(), catalog.labelsWithSource());
        }
    }

    ExportDialog(Window owner, Choices choices, ExportService service, Exporter exporter, UiExecutor executor) {
        this(owner, choices, service, exporter, executor, FolderOpener.DESKTOP);
    }

    ExportDialog(Window owner, Choices choices, ExportService service, Exporter exporter, UiExecutor executor,
                 FolderOpener folderOpener) {
        super(owner, "Export dataset", "Export", executor);
        this.service = service;
        this.exporter = exporter;
        this.folderOpener = folderOpener;
        this.annotators = new JList<>(choices.annotators().toArray(String[]::new));
        for (Label label : choices.labels()) {
            JCheckBox box = new JCheckBox(label.name(), true);
            box.setName("label-" + label.name());
            labels.add(box);
        }
        name();
        layOut();
        format.addActionListener(e -> {
            suggestDestination();
            setFormEnabled(true);
        });
        annotatorsChoice.addActionListener(e -> annotators.setEnabled(true));
        goldChoice.addActionListener(e -> annotators.setEnabled(false));
        split.addActionListener(e -> setFormEnabled(true));
        setFormEnabled(true);
        suggestDestination();
    }

    /** Opens the dialog over the workbench (File → Export…). */
    public static void open(WorkbenchContext context) {
        ExportService service = context.workspace().exports();
        context.executor().read(() -> Choices.read(context.workspace().catalog()),
                choices -> new ExportDialog(context.frame(), choices, service, service::export, context.executor()).setVisible(true),
                e -> javax.swing.JOptionPane.showMessageDialog(context.frame(), "Cannot open the export: " + e.getMessage(),
                        "Export", javax.swing.JOptionPane.ERROR_MESSAGE));
    }

    private void name() {
        format.setName("format");
        annotatorsChoice.setName("annotators-choice");
        goldChoice.setName("gold-choice");
        annotators.setName("annotators");
        doneOnly.setName("done-only");
        split.setName("split");
        ratios.setName("ratios");
        seed.setName("seed");
        destination.setName("destination");
        spreadsheetSafe.setName("spreadsheet-safe");
        openFolder.setName("open-folder");
        openFolder.setVisible(false);
        openFolder.setToolTipText("Show the exported files in the file manager");
        openFolder.addActionListener(e -> openExportedFolder());
        spreadsheetSafe.setToolTipText("Leave off for datasets (values stay exact). Tick it before opening the CSV in a "
                + "spreadsheet: a note such as =HYPERLINK(...) would otherwise run as a formula.");
    }

    private void layOut() {
        format.setRenderer(new DefaultListCellRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean selected,
                                                          boolean focus) {
                DatasetFormat f = (DatasetFormat) value;
                return super.getListCellRendererComponent(list, f == null ? "" : f.name() + " — " + f.description(),
                        index, selected, focus);
            }
        });
        ButtonGroup layers = new ButtonGroup();
        layers.add(annotatorsChoice);
        layers.add(goldChoice);
        annotators.setSelectionMode(ListSelectionModel.MULTIPLE_INTERVAL_SELECTION);
        annotators.setVisibleRowCount(4);
        ((JSpinner.DefaultEditor) seed.getEditor()).getTextField().setColumns(6);

        addRow("Format", format);
        JPanel choices = flow(annotatorsChoice, goldChoice);
        JLabel hint = new JLabel("   select annotators, or none for all");
        hint.setEnabled(false);
        choices.add(hint);
        JPanel layerPanel = new JPanel(new BorderLayout(0, 4));
        layerPanel.add(choices, BorderLayout.NORTH);
        layerPanel.add(new JScrollPane(annotators), BorderLayout.CENTER);
        addRow("Layers", layerPanel);
        addRow("Status", doneOnly);
        addRow("Labels", flow(labels.toArray(JComponent[]::new)));
        addRow("Split", flow(split, ratios, new JLabel(" seed "), seed));
        addRow("CSV", spreadsheetSafe);
        addRow("Folder", withChooser(destination, this::chooseFolder));
        addButton(openFolder);
        finishLayout();
        setMinimumSize(new Dimension(620, 520));
    }

    private static JPanel flow(JComponent... components) {
        JPanel panel = new JPanel(new FlowLayout(FlowLayout.LEFT, 0, 0));
        for (JComponent component : components) {
            panel.add(component);
        }
        return panel;
    }

    private void suggestDestination() {
        DatasetFormat chosen = (DatasetFormat) format.getSelectedItem();
        destination.setText(service.defaultDestination(chosen.name()).toString());
    }

    private void chooseFolder() {
        Path current = Path.of(destination.getText()).toAbsolutePath();
        JFileChooser chooser = new JFileChooser(current.getParent().toFile());
        chooser.setFileSelectionMode(JFileChooser.DIRECTORIES_ONLY);
        chooser.setDialogTitle("Parent folder of the export");
        if (chooser.showDialog(this, "Choose") == JFileChooser.APPROVE_OPTION) {
            destination.setText(chooser.getSelectedFile().toPath().resolve(current.getFileName()).toString());
        }
    }

    @Override
    Task<ExportResult> prepare() {
        ExportLayer layer = goldChoice.isSelected() ? ExportLayer.GOLD : ExportLayer.annotators(annotators.getSelectedValuesList());
        List<String> chosenLabels = labels.stream().filter(JCheckBox::isSelected).map(JCheckBox::getText).toList();
        if (chosenLabels.isEmpty()) {
            throw new IllegalArgumentException("choose at least one label");
        }
        DatasetSplit datasetSplit = split.isSelected()
                ? DatasetSplit.parse(ratios.getText(), ((Number) seed.getValue()).longValue()) : null;
        String folder = destination.getText().strip();
        if (folder.isEmpty()) {
            throw new IllegalArgumentException("choose a destination folder");
        }
        ExportRequest request = new ExportRequest((DatasetFormat) format.getSelectedItem(), layer,
                !doneOnly.isSelected(), chosenLabels, datasetSplit, Path.of(folder),
                spreadsheetSafe.isEnabled() && spreadsheetSafe.isSelected());
        return progress -> exporter.export(request, progress);
    }

    @Override
    void setFormEnabled(boolean enabled) {
        for (JComponent c : List.<JComponent>of(format, annotatorsChoice, goldChoice, doneOnly, split, destination)) {
            c.setEnabled(enabled);
        }
        annotators.setEnabled(enabled && annotatorsChoice.isSelected());
        labels.forEach(l -> l.setEnabled(enabled));
        ratios.setEnabled(enabled && split.isSelected());
        seed.setEnabled(enabled && split.isSelected());
        DatasetFormat chosen = (DatasetFormat) format.getSelectedItem();
        spreadsheetSafe.setEnabled(enabled && chosen != null && chosen.name().equals("csv"));
    }

    @Override
    String describe(ExportResult exported) {
        List<String> lines = exported.describe();
        return String.join("\n", lines);
    }

    @Override
    String cancelledText() {
        return "Export cancelled: nothing was written.";
    }

    @Override
    String failure() {
        return "Export failed (nothing was written)";
    }

    @Override
    void beforeTask() {
        exportedFolder = null;
        openFolder.setVisible(false);
    }

    @Override
    void afterTask() {
        suggestDestination();
    }

    /**
     * The export's folder, in full, can be opened in the file manager when the desktop allows it; otherwise the
     * result says so and its text (with the folder) can be selected and copied.
     */
    @Override
    void afterSuccess(ExportResult exported) {
        exportedFolder = exported.folder().toAbsolutePath();
        if (folderOpener.available()) {
            openFolder.setVisible(true);
            openFolder.setEnabled(true);
        } else {
            result.append("\n(No file manager can be opened from here: select the folder above and copy it.)");
        }
    }

    private void openExportedFolder() {
        if (exportedFolder == null) {
            return;
        }
        try {
            folderOpener.open(exportedFolder);
        } catch (java.io.IOException | RuntimeException e) {
            result.append("\nCannot open the folder: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
    }

    /** Opens a folder in the desktop's file manager; the dialog's tests give their own. */
    interface FolderOpener {
        FolderOpener DESKTOP = new FolderOpener() {
            @Override
            public boolean available() {
                return java.awt.Desktop.isDesktopSupported()
                        && java.awt.Desktop.getDesktop().isSupported(java.awt.Desktop.Action.OPEN);
            }

            @Override
            public void open(Path folder) throws java.io.IOException {
                java.awt.Desktop.getDesktop().open(folder.toFile());
            }
        };

        boolean available();

        void open(Path folder) throws java.io.IOException;
    }
}
