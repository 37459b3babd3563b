package io.veritag.ui.dataset;

import io.veritag.service.CancelledException;
import io.veritag.service.Progress;
import io.veritag.ui.kit.UiExecutor;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.awt.Window;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;

/**
 * A dialog that fills in a form and then runs one long task off the EDT (through the {@link UiExecutor}): a progress bar, a result area, the
 * action button and a Close button that turns into Cancel while the task runs. Cancel is cooperative (the
 * task's {@link Progress#isCancelled()}), so the service can roll back or delete what it started.
 *
 * @param <T> what the task returns
 */
abstract class TaskDialog<T> extends JDialog {
    private static final long serialVersionUID = 1L;

    /** The work the form describes, run on a background thread. */
    @FunctionalInterface
    interface Task<T> {
        T run(Progress progress);
    }

    final JPanel form = new JPanel(new GridBagLayout());
    final JProgressBar progress = new JProgressBar();
    final JTextArea result = new JTextArea(7, 56);
    final JButton actionButton;
    final JButton closeButton = new JButton("Close");
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private int rows;
    private final java.util.List<JButton> extraButtons = new java.util.ArrayList<>();
    private final transient UiExecutor executor;
    private transient UiExecutor.Running running;

    TaskDialog(Window owner, String title, String action, UiExecutor executor) {
        super(owner, title, ModalityType.APPLICATION_MODAL);
        this.executor = executor;
        actionButton = new JButton(action);
        actionButton.setName(action.toLowerCase(java.util.Locale.ROOT));
        closeButton.setName("close");
        progress.setName("progress");
        result.setName("result");
        result.setEditable(false);
        result.setLineWrap(true);
        result.setWrapStyleWord(true);
        progress.setStringPainted(true);
        progress.setString("");
        form.setBorder(BorderFactory.createEmptyBorder(12, 12, 6, 12));
        actionButton.addActionListener(e -> start());
        closeButton.addActionListener(e -> closeOrCancel());
    }

    /** Adds a captioned row to the form. */
    void addRow(String caption, JComponent field) {
        GridBagConstraints c = new GridBagConstraints();
        c.gridy = rows++;
        c.insets = new Insets(3, 0, 3, 8);
        c.anchor = GridBagConstraints.NORTHWEST;
        form.add(new JLabel(caption), c);
        c.gridx = 1;
        c.weightx = 1;
        c.fill = GridBagConstraints.HORIZONTAL;
        form.add(field, c);
    }

    /** A text field with a "Choose…" button beside it. */
    static JPanel withChooser(JTextField field, Runnable choose) {
        JPanel panel = new JPanel(new BorderLayout(4, 0));
        panel.add(field, BorderLayout.CENTER);
        JButton button = new JButton("Choose…");
        button.setName("choose");
        button.addActionListener(e -> choose.run());
        panel.add(button, BorderLayout.EAST);
        return panel;
    }

    /** A button left of the action button (call before {@link #finishLayout}). */
    void addButton(JButton button) {
        extraButtons.add(button);
    }

    /** Puts the form, the progress row, the result area and the buttons together; call after the last row. */
    void finishLayout() {
        addRow("Progress", progress);
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT));
        extraButtons.forEach(buttons::add);
        buttons.add(actionButton);
        buttons.add(closeButton);
        JScrollPane resultPane = new JScrollPane(result);
        resultPane.setBorder(BorderFactory.createTitledBorder("Result"));
        JPanel south = new JPanel(new BorderLayout());
        south.setBorder(BorderFactory.createEmptyBorder(0, 12, 6, 12));
        south.add(resultPane, BorderLayout.CENTER);
        south.add(buttons, BorderLayout.SOUTH);
        getContentPane().add(form, BorderLayout.CENTER);
        getContentPane().add(south, BorderLayout.SOUTH);
        getRootPane().setDefaultButton(actionButton);
        // Escape is the Close button (Cancel while the task runs), as in every other secondary window
        getRootPane().getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW)
                .put(javax.swing.KeyStroke.getKeyStroke(java.awt.event.KeyEvent.VK_ESCAPE, 0), "close-or-cancel");
        getRootPane().getActionMap().put("close-or-cancel", new javax.swing.AbstractAction() {
            @Override
            public void actionPerformed(java.awt.event.ActionEvent e) {
                closeOrCancel();
            }
        });
        pack();
        setLocationRelativeTo(getOwner());
    }

    /** The task the form describes; throws IllegalArgumentException with a message to show instead. */
    abstract Task<T> prepare();

    /** Enables or disables the form's own fields while a task runs. */
    abstract void setFormEnabled(boolean enabled);

    /** The result area's text after the task succeeded. */
    abstract String describe(T value);

    /** The result area's text after Cancel. */
    abstract String cancelledText();

    /** The first words of the result area after a failure: "Export failed", "Import failed". */
    abstract String failure();

    /** Called on the EDT when a task starts. */
    void beforeTask() {
    }

    /** Called on the EDT after the task ended, however it ended. */
    void afterTask() {
    }

    private void start() {
        Task<T> task;
        try {
            task = prepare();
        } catch (IllegalArgumentException e) {
            result.setText("Cannot " + actionButton.getText().toLowerCase(java.util.Locale.ROOT) + ": " + e.getMessage());
            return;
        }
        cancelled.set(false);
        actionButton.setEnabled(false);
        setFormEnabled(false);
        closeButton.setText("Cancel");
        result.setText("");
        beforeTask();
        progress.setIndeterminate(true);
        progress.setString("Starting…");
        running = executor.task(task::run, this::showStep, this::succeeded, this::failed);
    }

    private void closeOrCancel() {
        if (running != null) {
            cancelled.set(true);
            running.cancel();
            closeButton.setEnabled(false);
            progress.setString("Cancelling…");
        } else {
            dispose();
        }
    }

    private void finished(String status, String text) {
        running = null;
        actionButton.setEnabled(true);
        setFormEnabled(true);
        closeButton.setText("Close");
        closeButton.setEnabled(true);
        progress.setIndeterminate(false);
        progress.setString(status);
        result.setText(text);
        result.setCaretPosition(0);
        afterTask();
    }

    private void showStep(UiExecutor.Step step) {
        if (step.total() > 0) {
            progress.setIndeterminate(false);
            progress.setMaximum((int) Math.min(Integer.MAX_VALUE, step.total()));
            progress.setValue((int) Math.min(Integer.MAX_VALUE, step.done()));
        }
        if (!cancelled.get()) {
            progress.setString(step.message());
        }
    }

    private void succeeded(T value) {
        progress.setValue(progress.getMaximum());
        finished("Done", describe(value));
        afterSuccess(value);
    }

    /** Called on the EDT after the task succeeded, after the result is shown. */
    void afterSuccess(T value) {
    }

    private void failed(Exception cause) {
        progress.setValue(0);
        if (cause instanceof CancelledException) {
            finished("Cancelled", cancelledText());
        } else {
            String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
            finished("Failed", failure() + ": " + message.lines().findFirst().orElse(message));
        }
    }
}
