package io.veritag.ui.dataset;

import io.veritag.io.DatasetFormat;
import io.veritag.io.DatasetFormats;
import io.veritag.model.Annotator;
import io.veritag.model.Label;
import io.veritag.service.CancelledException;
import io.veritag.service.Progress;
import io.veritag.service.dataset.AnnotatorSpanSource;
import io.veritag.service.dataset.DatasetSplit;
import io.veritag.service.dataset.ExportRequest;
import io.veritag.service.dataset.ExportResult;
import io.veritag.service.dataset.ExportService;
import io.veritag.service.dataset.GoldSpanSource;
import io.veritag.service.dataset.SpanSource;
import io.veritag.store.Store;
import io.veritag.ui.WorkbenchContext;
import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.awt.Window;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.swing.BorderFactory;
import javax.swing.ButtonGroup;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JRadioButton;
import javax.swing.JScrollPane;
import javax.swing.JSpinner;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import javax.swing.SpinnerNumberModel;
import javax.swing.SwingWorker;

/**
 * File → Export…: format (from the one registry), whose layers (annotators or gold), which statuses and labels,
 * an optional split and the destination. The export runs in a {@link SwingWorker} with a progress bar and
 * Cancel; a cancelled or failed export leaves no folder. At the end the dialog shows the folder and the counts.
 */
public final class ExportDialog extends JDialog {
    private static final long serialVersionUID = 1L;

    /** Runs an export; the window uses {@link ExportService}, tests may slow it down. */
    @FunctionalInterface
    interface Exporter {
        ExportResult export(ExportRequest request, Progress progress);
    }

    private final transient Store store;
    private final transient ExportService service;
    private final transient Exporter exporter;
    private final JComboBox<DatasetFormat> format = new JComboBox<>(DatasetFormats.all().toArray(DatasetFormat[]::new));
    private final JRadioButton annotatorsChoice = new JRadioButton("Annotators", true);
    private final JRadioButton goldChoice = new JRadioButton("Gold layer (adjudicated)");
    private final JList<String> annotators;
    private final JCheckBox doneOnly = new JCheckBox("Only articles marked done", true);
    private final List<JCheckBox> labels = new ArrayList<>();
    private final JCheckBox split = new JCheckBox("Split by article (train/dev/test)");
    private final JTextField ratios = new JTextField("80/10/10", 8);
    private final JSpinner seed = new JSpinner(new SpinnerNumberModel(0, 0, Integer.MAX_VALUE, 1));
    private final JTextField destination = new JTextField(34);
    private final JProgressBar progress = new JProgressBar();
    private final JTextArea result = new JTextArea(7, 56);
    private final JButton exportButton = new JButton("Export");
    private final JButton closeButton = new JButton("Close");
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private transient SwingWorker<ExportResult, String> running;

    ExportDialog(Window owner, Store store, ExportService service, Exporter exporter) {
        super(owner, "Export dataset", ModalityType.APPLICATION_MODAL);
        this.store = store;
        this.service = service;
        this.exporter = exporter;
        this.annotators = new JList<>(store.annotators().all().stream().map(Annotator::name).toArray(String[]::new));
        for (Label label : store.labels().all()) {
            JCheckBox box = new JCheckBox(label.name(), true);
            box.setName("label-" + label.name());
            labels.add(box);
        }
        name();
        layOut();
        wire();
        pack();
        setLocationRelativeTo(owner);
    }

    /** Opens the dialog over the workbench (File → Export…). */
    public static void open(WorkbenchContext context) {
        ExportService service = new ExportService(context.store());
        new ExportDialog(context.frame(), context.store(), service, service::export).setVisible(true);
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
        progress.setName("progress");
        result.setName("result");
        exportButton.setName("export");
        closeButton.setName("close");
    }

    private void layOut() {
        format.setRenderer(new DefaultListCellRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public java.awt.Component getListCellRendererComponent(JList<?> list, Object value, int index,
                                                                   boolean selected, boolean focus) {
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
        annotators.setToolTipText("Select some, or none for all annotators");
        result.setEditable(false);
        result.setLineWrap(true);
        result.setWrapStyleWord(true);
        progress.setStringPainted(true);
        progress.setString("");
        ((JSpinner.DefaultEditor) seed.getEditor()).getTextField().setColumns(6);

        JPanel form = new JPanel(new GridBagLayout());
        form.setBorder(BorderFactory.createEmptyBorder(12, 12, 6, 12));
        int row = 0;
        row = addRow(form, row, "Format", format);
        JPanel layerPanel = new JPanel(new BorderLayout(0, 4));
        JPanel choices = new JPanel(new FlowLayout(FlowLayout.LEFT, 0, 0));
        choices.add(annotatorsChoice);
        choices.add(goldChoice);
        JLabel hint = new JLabel("   select annotators, or none for all");
        hint.setEnabled(false);
        choices.add(hint);
        layerPanel.add(choices, BorderLayout.NORTH);
        layerPanel.add(new JScrollPane(annotators), BorderLayout.CENTER);
        row = addRow(form, row, "Layers", layerPanel);
        row = addRow(form, row, "Status", doneOnly);
        JPanel labelPanel = new JPanel(new FlowLayout(FlowLayout.LEFT, 0, 0));
        labels.forEach(labelPanel::add);
        row = addRow(form, row, "Labels", labelPanel);
        JPanel splitPanel = new JPanel(new FlowLayout(FlowLayout.LEFT, 4, 0));
        splitPanel.add(split);
        splitPanel.add(ratios);
        splitPanel.add(new JLabel("seed"));
        splitPanel.add(seed);
        row = addRow(form, row, "Split", splitPanel);
        JPanel destinationPanel = new JPanel(new BorderLayout(4, 0));
        destinationPanel.add(destination, BorderLayout.CENTER);
        JButton choose = new JButton("Choose…");
        choose.setName("choose");
        choose.addActionListener(e -> chooseFolder());
        destinationPanel.add(choose, BorderLayout.EAST);
        row = addRow(form, row, "Folder", destinationPanel);
        addRow(form, row, "Progress", progress);

        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT));
        buttons.add(exportButton);
        buttons.add(closeButton);
        JScrollPane resultPane = new JScrollPane(result);
        resultPane.setBorder(BorderFactory.createTitledBorder("Result"));
        JPanel south = new JPanel(new BorderLayout());
        south.setBorder(BorderFactory.createEmptyBorder(0, 12, 6, 12));
        south.add(resultPane, BorderLayout.CENTER);
        south.add(buttons, BorderLayout.SOUTH);
        getContentPane().add(form, BorderLayout.CENTER);
        getContentPane().add(south, BorderLayout.SOUTH);
        getRootPane().setDefaultButton(exportButton);
        setMinimumSize(new Dimension(620, 520));
    }

    private static int addRow(JPanel form, int row, String caption, JComponent field) {
        GridBagConstraints c = new GridBagConstraints();
        c.gridy = row;
        c.insets = new Insets(3, 0, 3, 8);
        c.anchor = GridBagConstraints.NORTHWEST;
        form.add(new JLabel(caption), c);
        c.gridx = 1;
        c.weightx = 1;
        c.fill = GridBagConstraints.HORIZONTAL;
        form.add(field, c);
        return row + 1;
    }

    private void wire() {
        format.addActionListener(e -> suggestDestination());
        annotatorsChoice.addActionListener(e -> annotators.setEnabled(true));
        goldChoice.addActionListener(e -> annotators.setEnabled(false));
        split.addActionListener(e -> updateSplitFields());
        exportButton.addActionListener(e -> start());
        closeButton.addActionListener(e -> closeOrCancel());
        updateSplitFields();
        suggestDestination();
    }

    private void updateSplitFields() {
        ratios.setEnabled(split.isSelected());
        seed.setEnabled(split.isSelected());
    }

    private void suggestDestination() {
        DatasetFormat chosen = (DatasetFormat) format.getSelectedItem();
        destination.setText(service.defaultDestination(chosen.name()).toString());
    }

    private void chooseFolder() {
        JFileChooser chooser = new JFileChooser(Path.of(destination.getText()).toAbsolutePath().getParent().toFile());
        chooser.setFileSelectionMode(JFileChooser.DIRECTORIES_ONLY);
        chooser.setDialogTitle("Parent folder of the export");
        if (chooser.showDialog(this, "Choose") == JFileChooser.APPROVE_OPTION) {
            destination.setText(chooser.getSelectedFile().toPath().resolve(Path.of(destination.getText()).getFileName()).toString());
        }
    }

    /** The request the form describes; throws IllegalArgumentException with a message fit to show. */
    ExportRequest request() {
        SpanSource source = goldChoice.isSelected() ? new GoldSpanSource(store)
                : new AnnotatorSpanSource(store, annotators.getSelectedValuesList());
        List<String> chosenLabels = labels.stream().filter(JCheckBox::isSelected).map(JCheckBox::getText).toList();
        if (chosenLabels.isEmpty()) {
            throw new IllegalArgumentException("choose at least one label");
        }
        DatasetSplit datasetSplit = split.isSelected() ? DatasetSplit.parse(ratios.getText(), ((Number) seed.getValue()).longValue()) : null;
        String folder = destination.getText().strip();
        if (folder.isEmpty()) {
            throw new IllegalArgumentException("choose a destination folder");
        }
        return new ExportRequest((DatasetFormat) format.getSelectedItem(), source, !doneOnly.isSelected(), chosenLabels,
                datasetSplit, Path.of(folder));
    }

    private void start() {
        ExportRequest request;
        try {
            request = request();
        } catch (IllegalArgumentException e) {
            result.setText("Cannot export: " + e.getMessage());
            return;
        }
        cancelled.set(false);
        setFormEnabled(false);
        closeButton.setText("Cancel");
        result.setText("");
        progress.setIndeterminate(true);
        progress.setString("Starting…");
        running = new ExportWorker(request);
        running.execute();
    }

    private void closeOrCancel() {
        if (running != null && !running.isDone()) {
            cancelled.set(true);
            closeButton.setEnabled(false);
            progress.setString("Cancelling…");
        } else {
            dispose();
        }
    }

    private void setFormEnabled(boolean enabled) {
        for (JComponent c : List.<JComponent>of(format, annotatorsChoice, goldChoice, doneOnly, split, destination, exportButton)) {
            c.setEnabled(enabled);
        }
        annotators.setEnabled(enabled && annotatorsChoice.isSelected());
        labels.forEach(l -> l.setEnabled(enabled));
        ratios.setEnabled(enabled && split.isSelected());
        seed.setEnabled(enabled && split.isSelected());
    }

    private void finished(String text) {
        running = null;
        setFormEnabled(true);
        closeButton.setText("Close");
        closeButton.setEnabled(true);
        progress.setIndeterminate(false);
        result.setText(text);
        result.setCaretPosition(0);
        suggestDestination();
    }

    /** The export off the EDT: progress arrives as published messages, the result or the failure in done(). */
    private final class ExportWorker extends SwingWorker<ExportResult, String> {
        private final ExportRequest request;
        private volatile long done;
        private volatile long total = -1;

        ExportWorker(ExportRequest request) {
            this.request = request;
        }

        @Override
        protected ExportResult doInBackground() {
            return exporter.export(request, new Progress() {
                @Override
                public void update(long doneSoFar, long totalCount, String message) {
                    done = doneSoFar;
                    total = totalCount;
                    publish(message);
                }

                @Override
                public boolean isCancelled() {
                    return cancelled.get();
                }
            });
        }

        @Override
        protected void process(List<String> messages) {
            if (total > 0) {
                progress.setIndeterminate(false);
                progress.setMaximum((int) Math.min(Integer.MAX_VALUE, total));
                progress.setValue((int) Math.min(Integer.MAX_VALUE, done));
            }
            if (!cancelled.get()) {
                progress.setString(messages.get(messages.size() - 1));
            }
        }

        @Override
        protected void done() {
            try {
                ExportResult exported = get();
                progress.setValue(progress.getMaximum());
                progress.setString("Done");
                finished(ExportSummary.describe(exported));
            } catch (java.util.concurrent.ExecutionException e) {
                Throwable cause = e.getCause();
                progress.setValue(0);
                if (cause instanceof CancelledException) {
                    progress.setString("Cancelled");
                    finished("Export cancelled: nothing was written.");
                } else {
                    progress.setString("Failed");
                    String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
                    finished("Export failed: " + message.lines().findFirst().orElse(message) + "\nNothing was written.");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
