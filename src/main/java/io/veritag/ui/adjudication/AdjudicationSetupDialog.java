package io.veritag.ui.adjudication;

import io.veritag.model.Annotator;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.GridLayout;
import java.awt.Window;
import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.KeyStroke;

/** Before adjudicating: which annotators to compare, who curates, and whether names are hidden. */
final class AdjudicationSetupDialog extends JDialog {
    record Choice(List<Annotator> annotators, String curator, boolean blind) {
    }

    private final List<JCheckBox> boxes = new ArrayList<>();
    private final List<Annotator> annotators;
    private final JTextField curator;
    private final JCheckBox blind = new JCheckBox("Blind curation: show annotators as Annotator A, B, …", true);
    private final JLabel problem = new JLabel(" ");

    {
        problem.setName("setupProblem");
    }
    private final JLabel curatorNote = new JLabel(" ");
    /** The curator name the user already confirmed although it is one of the annotators compared. */
    private String confirmedOwnCurator;
    private Choice choice;

    AdjudicationSetupDialog(Window owner, List<Annotator> annotators, Set<Long> withSpans, String suggestedCurator) {
        super(owner, "Adjudicate", ModalityType.APPLICATION_MODAL);
        setName("adjudicationSetup");
        this.annotators = List.copyOf(annotators);
        JPanel list = new JPanel(new GridLayout(0, 1, 0, 2));
        list.setBorder(BorderFactory.createTitledBorder("Compare these annotators (at least two)"));
        for (Annotator a : annotators) {
            JCheckBox box = new JCheckBox(a.name(), withSpans.contains(a.id()));
            box.setName("annotator-" + a.name());
            boxes.add(box);
            list.add(box);
            box.addItemListener(e -> noteOwnCurator());
        }
        curator = new JTextField(suggestedCurator, 20);
        curator.setName("curator");
        curatorNote.setName("curatorNote");
        curatorNote.setForeground(io.veritag.ui.kit.ThemeColours.get(io.veritag.ui.kit.ThemeColours.WARNING));
        curator.getDocument().addDocumentListener(new javax.swing.event.DocumentListener() {
            @Override
            public void insertUpdate(javax.swing.event.DocumentEvent e) {
                noteOwnCurator();
            }

            @Override
            public void removeUpdate(javax.swing.event.DocumentEvent e) {
                noteOwnCurator();
            }

            @Override
            public void changedUpdate(javax.swing.event.DocumentEvent e) {
                noteOwnCurator();
            }
        });
        JPanel curatorRow = new JPanel(new FlowLayout(FlowLayout.LEFT));
        curatorRow.add(new JLabel("Curator:"));
        curatorRow.add(curator);
        blind.setName("blindSetup");
        JPanel options = new JPanel(new GridLayout(0, 1));
        options.add(curatorRow);
        options.add(curatorNote);
        options.add(blind);
        options.add(problem);

        JButton ok = new JButton("Start");
        ok.setName("start");
        ok.addActionListener(e -> confirm());
        JButton cancel = new JButton("Cancel");
        cancel.addActionListener(e -> dispose());
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT));
        buttons.add(ok);
        buttons.add(cancel);

        JPanel content = new JPanel(new BorderLayout(0, 8));
        content.setBorder(BorderFactory.createEmptyBorder(12, 12, 8, 12));
        content.add(list, BorderLayout.NORTH);
        content.add(options, BorderLayout.CENTER);
        content.add(buttons, BorderLayout.SOUTH);
        setContentPane(content);
        getRootPane().setDefaultButton(ok);
        getRootPane().registerKeyboardAction(e -> dispose(), KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0),
                JComponent.WHEN_IN_FOCUSED_WINDOW);
        noteOwnCurator();
        pack();
        setLocationRelativeTo(owner);
    }

    /** Says, next to the curator field, when the curator is one of the annotators being compared. */
    private void noteOwnCurator() {
        String name = curator.getText().strip();
        boolean own = chosen().stream().anyMatch(a -> a.name().equals(name));
        curatorNote.setText(own ? name + " is one of the annotators compared: they would judge their own spans." : " ");
    }

    private List<Annotator> chosen() {
        List<Annotator> chosen = new ArrayList<>();
        for (int i = 0; i < boxes.size(); i++) {
            if (boxes.get(i).isSelected()) {
                chosen.add(annotators.get(i));
            }
        }
        return chosen;
    }

    Optional<Choice> ask() {
        setVisible(true);
        return Optional.ofNullable(choice);
    }

    private void confirm() {
        List<Annotator> chosen = chosen();
        String name = curator.getText().strip();
        boolean own = chosen.stream().anyMatch(a -> a.name().equals(name));
        if (chosen.size() < 2) {
            problem.setText("Choose at least two annotators.");
        } else if (curator.getText().isBlank()) {
            problem.setText("Enter the curator's name.");
        } else if (own && !name.equals(confirmedOwnCurator)) {
            confirmedOwnCurator = name;
            problem.setText("Press Start again to curate as " + name + ", or enter another curator.");
        } else {
            choice = new Choice(chosen, name, blind.isSelected());
            dispose();
        }
    }
}
