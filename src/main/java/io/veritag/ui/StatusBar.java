package io.veritag.ui;

import io.veritag.ui.kit.ThemeColours;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.util.Map;
import java.util.StringJoiner;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSeparator;
import javax.swing.SwingConstants;
import javax.swing.UIManager;

/**
 * Bottom line: annotator, article position, my counts per label, whether the last change is saved, and on a team
 * server whether it can be reached.
 */
final class StatusBar extends JPanel {
    private final LabelingModel model;
    private final JLabel annotator = new JLabel();
    private final JLabel position = new JLabel();
    private final JLabel counts = new JLabel();
    private final JLabel saved = new JLabel();
    private final JLabel server = new JLabel();

    StatusBar(LabelingModel model) {
        // the fixed parts at their width; the last change (which may be a long warning) gets the rest, cut with "…"
        // and whole in its tooltip: in one flowing row a text too long for it moved to a second, hidden row
        super(new BorderLayout(10, 0));
        this.model = model;
        setBorder(BorderFactory.createMatteBorder(1, 0, 0, 0, UIManager.getColor("Component.borderColor")));
        annotator.setName("statusAnnotator");
        position.setName("statusPosition");
        counts.setName("statusCounts");
        saved.setName("statusSaved");
        server.setName("statusServer");
        server.setVisible(false); // only on a team server
        JPanel fixed = new JPanel(new FlowLayout(FlowLayout.LEFT, 10, 3));
        fixed.setOpaque(false);
        fixed.add(annotator);
        fixed.add(new JSeparator(SwingConstants.VERTICAL));
        fixed.add(position);
        fixed.add(new JSeparator(SwingConstants.VERTICAL));
        fixed.add(counts);
        fixed.add(new JSeparator(SwingConstants.VERTICAL));
        JPanel changing = new JPanel(new BorderLayout(10, 0));
        changing.setOpaque(false);
        changing.setBorder(BorderFactory.createEmptyBorder(0, 0, 0, 10));
        saved.setMinimumSize(new java.awt.Dimension(0, 0));
        changing.add(saved, BorderLayout.CENTER);
        changing.add(server, BorderLayout.EAST);
        add(fixed, BorderLayout.WEST);
        add(changing, BorderLayout.CENTER);
        model.addListener(aspect -> refresh());
        refresh();
    }

    private void refresh() {
        annotator.setText("Annotator: " + model.annotator().name());
        position.setText(model.position() + model.article().map(a -> " · " + StatusText.of(model.status())).orElse(""));
        StringJoiner joiner = new StringJoiner("  ·  ");
        for (Map.Entry<String, Integer> e : model.countsByLabel().entrySet()) {
            joiner.add(e.getKey() + " " + e.getValue());
        }
        counts.setText(model.article().isPresent() ? joiner.toString() : "");
        // busy until the commit has returned: only then is a change shown as saved
        saved.setText(model.busy() ? "… Saving" : (model.lastFailed() ? "⚠ " : "✓ ") + model.savedText());
        saved.setForeground(UIManager.getColor(model.lastFailed() ? ThemeColours.ERROR
                : model.lastWarned() ? ThemeColours.WARNING : "Veritag.saved.foreground"));
        saved.setToolTipText(saved.getText()); // whole, where the line cuts it
        model.online().ifPresent(online -> {
            server.setVisible(true);
            server.setText(online ? "Server: online" : "⚠ Offline: the server cannot be reached, reconnecting… (edits are not saved until it is back)");
            server.setForeground(online ? UIManager.getColor("Label.foreground") : UIManager.getColor(ThemeColours.ERROR));
        });
    }

    @Override
    public void updateUI() {
        super.updateUI();
        setBorder(BorderFactory.createMatteBorder(1, 0, 0, 0, UIManager.getColor("Component.borderColor")));
        if (model != null) {
            refresh();
        }
    }
}
