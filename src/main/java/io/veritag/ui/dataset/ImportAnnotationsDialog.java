package io.veritag.ui.dataset;

import io.veritag.io.DatasetFormat;
import io.veritag.io.DatasetFormats;
import io.veritag.service.CancelledException;
import io.veritag.service.Progress;
import io.veritag.service.dataset.AnnotationImportService;
import io.veritag.service.dataset.AnnotationImportSummary;
import io.veritag.store.Store;
import io.veritag.ui.WorkbenchContext;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.awt.Window;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.SwingWorker;

/**
 * File → Import annotations…: a Veritag jsonl file (or folder of them) or a brat folder. Runs in a
 * {@link SwingWorker} with progress and Cancel; each file is imported whole or not at all, and every refused
 * file is listed with the line at fault. When done, the workbench reloads.
 */
public final class ImportAnnotationsDialog extends JDialog {
    private static final long serialVersionUID = 1L;
    private final transient AnnotationImportService service;
    private final transient Runnable onImported;
    private final JComboBox<String> format = new JComboBox<>(
            DatasetFormats.importable().stream().map(DatasetFormat::name).toArray(String[]::new));
    private final JTextField path = new JTextField(34);
    private final JProgressBar progress = new JProgressBar();
    private final JTextArea result = new JTextArea(8, 56);
    private final JButton importButton = new JButton("Import");
    private final JButton closeButton = new JButton("Close");
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private transient SwingWorker<AnnotationImportSummary, String> running;

    ImportAnnotationsDialog(Window owner, Store store, Runnable onImported) {
        super(owner, "Import annotations", ModalityType.APPLICATION_MODAL);
        this.service = new AnnotationImportService(store);
        this.onImported = onImported;
        format.setName("format");
        path.setName("path");
        progress.setName("progress");
        result.setName("result");
        importButton.setName("import");
        closeButton.setName("close");
        layOut();
        importButton.addActionListener(e -> start());
        closeButton.addActionListener(e -> closeOrCancel());
        pack();
        setLocationRelativeTo(owner);
    }

    /** Opens the dialog over the workbench (File → Import annotations…). */
    public static void open(WorkbenchContext context) {
        new ImportAnnotationsDialog(context.frame(), context.store(), context::reload).setVisible(true);
    }

    private void layOut() {
        result.setEditable(false);
        result.setLineWrap(true);
        progress.setStringPainted(true);
        progress.setString("");
        JPanel form = new JPanel(new GridBagLayout());
        form.setBorder(BorderFactory.createEmptyBorder(12, 12, 6, 12));
        JPanel pathPanel = new JPanel(new BorderLayout(4, 0));
        pathPanel.add(path, BorderLayout.CENTER);
        JButton choose = new JButton("Choose…");
        choose.setName("choose");
        choose.addActionListener(e -> choosePath());
        pathPanel.add(choose, BorderLayout.EAST);
        addRow(form, 0, "Format", format);
        addRow(form, 1, "File or folder", pathPanel);
        addRow(form, 2, "Progress", progress);
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT));
        buttons.add(importButton);
        buttons.add(closeButton);
        JScrollPane resultPane = new JScrollPane(result);
        resultPane.setBorder(BorderFactory.createTitledBorder("Result"));
        JPanel south = new JPanel(new BorderLayout());
        south.setBorder(BorderFactory.createEmptyBorder(0, 12, 6, 12));
        south.add(resultPane, BorderLayout.CENTER);
        south.add(buttons, BorderLayout.SOUTH);
        getContentPane().add(form, BorderLayout.CENTER);
        getContentPane().add(south, BorderLayout.SOUTH);
        getRootPane().setDefaultButton(importButton);
    }

    private static void addRow(JPanel form, int row, String caption, JComponent field) {
        GridBagConstraints c = new GridBagConstraints();
        c.gridy = row;
        c.insets = new Insets(3, 0, 3, 8);
        c.anchor = GridBagConstraints.WEST;
        form.add(new JLabel(caption), c);
        c.gridx = 1;
        c.weightx = 1;
        c.fill = GridBagConstraints.HORIZONTAL;
        form.add(field, c);
    }

    private void choosePath() {
        JFileChooser chooser = new JFileChooser();
        chooser.setFileSelectionMode(JFileChooser.FILES_AND_DIRECTORIES);
        chooser.setDialogTitle("A .jsonl file, or a folder (brat: .txt + .ann)");
        if (chooser.showOpenDialog(this) == JFileChooser.APPROVE_OPTION) {
            path.setText(chooser.getSelectedFile().getPath());
        }
    }

    private void start() {
        String text = path.getText().strip();
        if (text.isEmpty() || !Files.exists(Path.of(text))) {
            result.setText("Cannot import: choose an existing file or folder.");
            return;
        }
        DatasetFormat chosen = DatasetFormats.requireImportable((String) format.getSelectedItem());
        cancelled.set(false);
        setFormEnabled(false);
        closeButton.setText("Cancel");
        result.setText("");
        progress.setIndeterminate(true);
        progress.setString("Starting…");
        running = new ImportWorker(chosen, Path.of(text));
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
        format.setEnabled(enabled);
        path.setEnabled(enabled);
        importButton.setEnabled(enabled);
    }

    private void finished(String text) {
        running = null;
        setFormEnabled(true);
        closeButton.setText("Close");
        closeButton.setEnabled(true);
        progress.setIndeterminate(false);
        result.setText(text);
        result.setCaretPosition(0);
    }

    static String describe(AnnotationImportSummary summary) {
        StringBuilder text = new StringBuilder();
        text.append("Imported ").append(summary.filesImported()).append(" file(s): ").append(summary.documents())
                .append(" documents, ").append(summary.spansAdded()).append(" spans added (")
                .append(summary.spansAlreadyPresent()).append(" already present), ").append(summary.articlesCreated())
                .append(" articles created.");
        if (summary.ignoredAnnotations() > 0) {
            text.append("\nIgnored ").append(summary.ignoredAnnotations())
                    .append(" brat annotations that are not text spans or notes.");
        }
        for (String error : summary.errors()) {
            text.append("\nRefused (nothing imported from it): ").append(error);
        }
        return text.toString();
    }

    private final class ImportWorker extends SwingWorker<AnnotationImportSummary, String> {
        private final DatasetFormat chosen;
        private final Path source;

        ImportWorker(DatasetFormat chosen, Path source) {
            this.chosen = chosen;
            this.source = source;
        }

        @Override
        protected AnnotationImportSummary doInBackground() {
            return service.importAnnotations(chosen, source, new Progress() {
                @Override
                public void update(long done, long total, String message) {
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
            if (!cancelled.get()) {
                progress.setString(messages.get(messages.size() - 1));
            }
        }

        @Override
        protected void done() {
            try {
                AnnotationImportSummary summary = get();
                progress.setString(summary.failed() ? "Done, with refused files" : "Done");
                finished(describe(summary));
                onImported.run();
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof CancelledException) {
                    progress.setString("Cancelled");
                    finished("Import cancelled: the file being read was rolled back; files finished before it stay imported.");
                    onImported.run();
                } else {
                    progress.setString("Failed");
                    String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
                    finished("Import failed: " + message.lines().findFirst().orElse(message));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
