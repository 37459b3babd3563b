package io.veritag.ui.adjudication;

import javax.swing.DefaultListModel;
import javax.swing.JList;
import javax.swing.ListSelectionModel;
import javax.swing.text.Position;

/** A single-selection list that does not search by typed letters: in this window letters are commands. */
final class QuietList<T> extends JList<T> {
    QuietList(DefaultListModel<T> model, String name) {
        super(model);
        setName(name);
        setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
    }

    @Override
    public int getNextMatch(String prefix, int startIndex, Position.Bias bias) {
        return -1;
    }
}
