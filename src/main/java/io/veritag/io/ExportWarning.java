package io.veritag.io;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Something the reader of an export should know although nothing was changed, counted per export. The manifest
 * names it by its {@link #key()} (stable, for programs); people read its {@link #description()}.
 */
public enum ExportWarning {
    FORMULA_CELLS("cells beginning with =, +, -, @, tab or CR, which a spreadsheet may run as formulas "
            + "(export with the spreadsheet option before opening the CSV in a spreadsheet)"),
    XML_1_1_DOCUMENTS("XMI files written as XML 1.1, because their text holds control characters that XML 1.0 "
            + "cannot carry (open them with a reader of XML 1.1, e.g. INCEpTION's XMI (XML 1.1) format)");

    private final String description;

    ExportWarning(String description) {
        this.description = description;
    }

    /** The manifest's key, e.g. {@code formula_cells}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String description() {
        return description;
    }

    /** The counts by manifest key, in the order given. */
    public static Map<String, Integer> byKey(Map<ExportWarning, Integer> counts) {
        Map<String, Integer> keyed = new LinkedHashMap<>();
        counts.forEach((warning, count) -> keyed.put(warning.key(), count));
        return keyed;
    }
}
