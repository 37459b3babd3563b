package io.veritag.ui.agreement;

import io.veritag.model.Label;
import io.veritag.service.agreement.AgreementSelection;
import java.awt.FlowLayout;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.ListSelectionModel;

/** What to compare: annotators, unfinished articles or not, source, labels; and the Compute button. */
final class SelectionBar extends JPanel {
    private static final String ALL_SOURCES = "All sources";

    private final JList<String> annotators = new JList<>();
    private final JCheckBox unfinished = new JCheckBox("Include unfinished articles");
    private final JComboBox<String> source = new JComboBox<>();
    private final Map<String, JCheckBox> labels = new LinkedHashMap<>();
    final JButton compute = new JButton("Compute");

    SelectionBar(List<String> annotatorNames, List<String> sources, List<Label> allLabels) {
        super(new FlowLayout(FlowLayout.LEFT, 8, 4));
        annotators.setName("annotators");
        annotators.setListData(annotatorNames.toArray(String[]::new));
        annotators.setSelectionMode(ListSelectionModel.MULTIPLE_INTERVAL_SELECTION);
        annotators.setVisibleRowCount(3);
        annotators.setSelectionInterval(0, annotatorNames.size() - 1);
        annotators.setToolTipText("Annotators to compare (Ctrl+click to choose several); default: everyone with spans");
        add(new JLabel("Annotators"));
        JScrollPane scroll = new JScrollPane(annotators);
        // as wide as the longest name (within reason), so names are not cut
        int wide = Math.min(com.formdev.flatlaf.util.UIScale.scale(260),
                Math.max(com.formdev.flatlaf.util.UIScale.scale(150), annotators.getPreferredSize().width + 24));
        // three whole rows in the list's own font: a fixed height cut the third name at 150 %
        java.awt.Insets border = scroll.getInsets();
        scroll.setPreferredSize(new java.awt.Dimension(wide,
                annotators.getPreferredScrollableViewportSize().height + border.top + border.bottom));
        add(scroll);
        source.setName("source");
        source.addItem(ALL_SOURCES);
        sources.forEach(source::addItem);
        add(source);
        for (Label label : allLabels) {
            JCheckBox box = new JCheckBox(label.name(), true);
            box.setName("label." + label.name());
            labels.put(label.name(), box);
            io.veritag.ui.kit.TruncationTips.install(box);
            add(box);
        }
        unfinished.setName("includeUnfinished");
        unfinished.setToolTipText("Also compare articles that some of the annotators have started but not marked done");
        io.veritag.ui.kit.TruncationTips.install(unfinished);
        add(unfinished);
        compute.setName("compute");
        add(compute);
    }

    AgreementSelection selection() {
        List<String> chosenLabels = new ArrayList<>();
        labels.forEach((name, box) -> {
            if (box.isSelected()) {
                chosenLabels.add(name);
            }
        });
        if (chosenLabels.isEmpty()) {
            throw new IllegalArgumentException("choose at least one label");
        }
        String chosenSource = (String) source.getSelectedItem();
        return new AgreementSelection(annotators.getSelectedValuesList(), unfinished.isSelected(),
                ALL_SOURCES.equals(chosenSource) ? null : chosenSource,
                chosenLabels.size() == labels.size() ? List.of() : chosenLabels);
    }
}
