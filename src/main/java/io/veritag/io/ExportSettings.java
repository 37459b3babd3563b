package io.veritag.io;

import java.util.List;

/**
 * What a writer needs to know before the first document: the labels this export may contain, in order, and
 * whether cells are to be made safe for spreadsheets (CSV: a cell that a spreadsheet would run as a formula
 * gets a leading {@code '}; datasets stay exact by default).
 */
public record ExportSettings(List<String> labels, boolean spreadsheetSafe) {
    public ExportSettings {
        labels = List.copyOf(labels);
    }

    public ExportSettings(List<String> labels) {
        this(labels, false);
    }
}
