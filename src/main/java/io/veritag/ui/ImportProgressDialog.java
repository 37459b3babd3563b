package io.veritag.ui;

import io.veritag.service.ImportSummary;
import io.veritag.service.Progress;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import io.veritag.ui.kit.UiExecutor;

/**
 * Runs an import in the background with a progress bar and a Cancel button, then shows the summary.
 * Cancel sets a flag the import checks between files (never a thread interrupt, which would make H2 close
 * its file); what was committed before stays imported.
 */
final class ImportProgressDialog extends JDialog {
    private final JProgressBar bar = new JProgressBar();
    private final JLabel message = new JLabel("Starting…");
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private Runnable cancelTask = () -> { };
    private boolean finished;

    private ImportProgressDialog(JFrame owner, String title) {
        super(owner, title, ModalityType.MODELESS);
        setName("importProgress");
        setDefaultCloseOperation(DO_NOTHING_ON_CLOSE);
        bar.setName("importProgressBar");
        bar.setStringPainted(true);
        bar.setIndeterminate(true);
        JButton cancel = new JButton("Cancel");
        cancel.setName("importCancel");
        cancel.addActionListener(e -> {
            cancelled.set(true);
            cancelTask.run();
            cancel.setEnabled(false);
            message.setText("Cancelling after the current file…");
        });
        JPanel content = new JPanel(new BorderLayout(0, 8));
        content.setBorder(BorderFactory.createEmptyBorder(14, 16, 12, 16));
        content.add(message, BorderLayout.NORTH);
        content.add(bar, BorderLayout.CENTER);
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT, 0, 0));
        buttons.add(cancel);
        content.add(buttons, BorderLayout.SOUTH);
        setContentPane(content);
        setSize(460, 150);
        setLocationRelativeTo(owner);
    }

    /**
     * Runs {@code work} off the EDT, showing its progress; {@code finished} gets the summary on the EDT
     * after the summary message was shown.
     */
    static void run(JFrame owner, UiExecutor executor, String title, Function<Progress, ImportSummary> work,
                    Consumer<ImportSummary> finished) {
        ImportProgressDialog dialog = new ImportProgressDialog(owner, title);
        UiExecutor.Running running = executor.task(work, dialog::showStep, summary -> {
            dialog.finished = true;
            dialog.dispose();
            showSummary(owner, title, summary);
            finished.accept(summary);
        }, e -> {
            dialog.finished = true;
            dialog.dispose();
            JOptionPane.showMessageDialog(owner, "Import failed: " + e.getMessage(), title, JOptionPane.ERROR_MESSAGE);
        });
        dialog.cancelTask = running::cancel;
        if (!dialog.finished) { // a same-thread executor has finished before this line
            dialog.setVisible(true);
        }
    }

    private void showStep(UiExecutor.Step last) {
        if (last.total() > 0) {
            bar.setIndeterminate(false);
            bar.setMaximum((int) Math.min(Integer.MAX_VALUE, last.total()));
            bar.setValue((int) Math.min(Integer.MAX_VALUE, last.done()));
            bar.setString(last.done() + " of " + last.total());
        }
        if (!cancelled.get()) {
            message.setText(last.message());
        }
    }

    private static void showSummary(JFrame owner, String title, ImportSummary summary) {
        StringBuilder text = new StringBuilder(summary.describe());
        List<String> errors = summary.errors();
        for (int i = 0; i < Math.min(8, errors.size()); i++) {
            text.append("\n• ").append(errors.get(i));
        }
        if (errors.size() > 8) {
            text.append("\n… and ").append(errors.size() - 8).append(" more");
        }
        List<String> notices = summary.notices();
        for (int i = 0; i < Math.min(8, notices.size()); i++) {
            text.append("\n• ").append(notices.get(i));
        }
        if (notices.size() > 8) {
            text.append("\n… and ").append(notices.size() - 8).append(" more notices");
        }
        JOptionPane.showMessageDialog(owner, text.toString(), title,
                summary.failed() > 0 ? JOptionPane.WARNING_MESSAGE : JOptionPane.INFORMATION_MESSAGE);
    }
}
