package io.veritag.ui.suggest;

import io.veritag.model.suggest.Cue;
import io.veritag.model.suggest.RecommenderSetting;
import io.veritag.service.suggest.ModelStatus;
import io.veritag.service.suggest.SuggestionService;
import io.veritag.suggest.Recommenders;
import io.veritag.suggest.TrainedModel;
import io.veritag.ui.kit.UiExecutor;
import io.veritag.ui.kit.WorkbenchContext;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.GridLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSpinner;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.SpinnerNumberModel;
import javax.swing.table.DefaultTableModel;

/**
 * Suggest › Recommender settings: each recommender on or off, the F1 the trained model must reach per label
 * (with the model's current cross-validated F1 beside it), and the project's cue lists (add, remove). Every
 * change is saved at once, through the executor; {@code onChanged} reloads the suggestions.
 */
public final class RecommenderSettingsDialog extends JDialog {
    private static final long serialVersionUID = 1L;

    private final transient SuggestionService service;
    private final transient UiExecutor executor;
    private final transient Runnable onChanged;
    private final List<JCheckBox> switches = new ArrayList<>();
    private final JSpinner threshold = new JSpinner(new SpinnerNumberModel(50, 0, 100, 5));
    private final JLabel modelState = new JLabel(" ");
    private final JLabel message = new JLabel(" ");
    private final DefaultTableModel cueRows = new DefaultTableModel(new Object[] {"List", "Cue", "Label"}, 0) {
        private static final long serialVersionUID = 1L;

        @Override
        public boolean isCellEditable(int row, int column) {
            return false;
        }
    };
    private final JTable cueTable = new JTable(cueRows);
    private final JTextField newList = new JTextField("hedges", 10);
    private final JTextField newPhrase = new JTextField(14);
    private final JComboBox<String> newLabel = new JComboBox<>();
    private boolean loading;

    public RecommenderSettingsDialog(WorkbenchContext context, SuggestionService service, List<String> labels, Runnable onChanged) {
        super(context.frame(), "Recommender settings", ModalityType.MODELESS);
        this.service = service;
        this.executor = context.executor();
        this.onChanged = onChanged;
        setName("recommenderSettings");
        labels.forEach(newLabel::addItem);

        JPanel top = new JPanel(new GridLayout(0, 1, 4, 4));
        top.setBorder(BorderFactory.createTitledBorder("Recommenders"));
        for (String name : Recommenders.ALL) {
            JCheckBox box = new JCheckBox(Recommenders.title(name));
            box.setName("recommender-" + name);
            box.addActionListener(e -> saveSettings());
            switches.add(box);
            top.add(box);
        }
        JPanel gate = new JPanel(new FlowLayout(FlowLayout.LEFT, 6, 0));
        gate.add(new JLabel("The model suggests a label while its cross-validated F1 is at least"));
        threshold.setName("modelThreshold");
        threshold.addChangeListener(e -> saveSettings());
        gate.add(threshold);
        gate.add(new JLabel("%"));
        top.add(gate);
        modelState.setName("modelState");
        top.add(modelState);

        JPanel cues = new JPanel(new BorderLayout(4, 4));
        cues.setBorder(BorderFactory.createTitledBorder("Cue lists (a cue suggests its clause with the list's label)"));
        cueTable.setName("cueTable");
        cues.add(new JScrollPane(cueTable), BorderLayout.CENTER);
        JPanel add = new JPanel(new FlowLayout(FlowLayout.LEFT, 4, 0));
        newList.setName("cueList");
        newPhrase.setName("cuePhrase");
        newLabel.setName("cueLabel");
        add.add(new JLabel("List"));
        add.add(newList);
        add.add(new JLabel("Cue"));
        add.add(newPhrase);
        add.add(newLabel);
        JButton addButton = new JButton("Add cue");
        addButton.setName("addCue");
        addButton.addActionListener(e -> addCue());
        add.add(addButton);
        JButton remove = new JButton("Remove selected cue");
        remove.setName("removeCue");
        remove.addActionListener(e -> removeSelected());
        JPanel removeRow = new JPanel(new FlowLayout(FlowLayout.LEFT, 4, 0));
        removeRow.add(remove);
        // two rows: on one, the remove button fell off the right edge of the dialog
        JPanel edit = new JPanel(new GridLayout(0, 1, 0, 4));
        edit.add(add);
        edit.add(removeRow);
        cues.add(edit, BorderLayout.SOUTH);

        JPanel content = new JPanel(new BorderLayout(6, 6));
        content.setBorder(BorderFactory.createEmptyBorder(10, 10, 10, 10));
        content.add(top, BorderLayout.NORTH);
        content.add(cues, BorderLayout.CENTER);
        message.setName("settingsMessage");
        content.add(message, BorderLayout.SOUTH);
        setContentPane(content);
        setSize(760, 560);
        setLocationRelativeTo(context.frame());
        load();
    }

    private record Loaded(List<RecommenderSetting> settings, List<Cue> cues, ModelStatus model) {
    }

    private void load() {
        executor.read(() -> new Loaded(service.settings(), service.cues(), service.model()), loaded -> {
            loading = true;
            for (int i = 0; i < switches.size(); i++) {
                String name = Recommenders.ALL.get(i);
                loaded.settings().stream().filter(s -> s.recommender().equals(name)).findFirst().ifPresent(s -> {
                    switches.get(Recommenders.ALL.indexOf(name)).setSelected(s.enabled());
                    if (name.equals(Recommenders.MODEL)) {
                        threshold.setValue(s.minF1Percent());
                    }
                });
            }
            cueRows.setRowCount(0);
            loaded.cues().forEach(c -> cueRows.addRow(new Object[] {c.list(), c.phrase(), c.label()}));
            modelState.setText(describe(loaded.model()));
            loading = false;
        }, e -> message.setText("Not loaded: " + e.getMessage()));
    }

    static String describe(ModelStatus status) {
        TrainedModel model = status.model();
        StringBuilder text = new StringBuilder();
        if (model.articles() == 0) {
            text.append("No model yet: it trains in the background once you mark articles done (or gold is done).");
        } else {
            text.append("Model trained on ").append(model.articles()).append(model.articles() == 1 ? " article" : " articles")
                    .append("; cross-validated F1: ");
            if (model.scores().isEmpty()) {
                text.append("not enough articles to check it yet (suggests nothing)");
            }
            List<String> parts = new ArrayList<>();
            model.scores().keySet().stream().sorted().forEach(label -> parts.add(label + " "
                    + (model.f1(label).isPresent() ? String.format(Locale.ROOT, "%.0f%%", model.f1(label).getAsDouble() * 100) : "undefined")));
            text.append(String.join(", ", parts));
        }
        if (status.training()) {
            text.append(" (training a newer one…)");
        }
        if (status.failure() != null) {
            text.append(" (last training failed: ").append(status.failure()).append(')');
        }
        return text.toString();
    }

    private void saveSettings() {
        if (loading) {
            return;
        }
        List<RecommenderSetting> settings = new ArrayList<>();
        for (int i = 0; i < switches.size(); i++) {
            String name = Recommenders.ALL.get(i);
            int percent = name.equals(Recommenders.MODEL) ? (Integer) threshold.getValue() : 0;
            settings.add(new RecommenderSetting(name, switches.get(i).isSelected(), percent));
        }
        executor.write(() -> {
            settings.forEach(service::save);
            return null;
        }, done -> {
            message.setText("Saved");
            onChanged.run();
        }, e -> message.setText("Not saved: " + e.getMessage()));
    }

    private void addCue() {
        Cue cue;
        try {
            cue = new Cue(newList.getText().strip(), newPhrase.getText(), (String) newLabel.getSelectedItem());
        } catch (RuntimeException e) {
            message.setText("A cue needs a list name and at least one word");
            return;
        }
        executor.write(() -> {
            service.putCue(cue);
            return null;
        }, done -> {
            newPhrase.setText("");
            message.setText("Saved");
            load();
            onChanged.run();
        }, e -> message.setText("Not saved: " + e.getMessage()));
    }

    private void removeSelected() {
        int row = cueTable.getSelectedRow();
        if (row < 0) {
            message.setText("Select a cue first");
            return;
        }
        String list = (String) cueRows.getValueAt(cueTable.convertRowIndexToModel(row), 0);
        String phrase = (String) cueRows.getValueAt(cueTable.convertRowIndexToModel(row), 1);
        executor.write(() -> service.removeCue(list, phrase), done -> {
            message.setText("Removed");
            load();
            onChanged.run();
        }, e -> message.setText("Not saved: " + e.getMessage()));
    }
}
