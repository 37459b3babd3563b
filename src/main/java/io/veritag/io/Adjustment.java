package io.veritag.io;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Something a format could not hold or had to change while writing spans, counted per export. The manifest
 * names it by its {@link #key()} (stable, for programs); people read its {@link #description()}.
 */
public enum Adjustment {
    OVERLAPPING_SPANS("overlapping spans (IOB2 cannot nest them)"),
    WHITESPACE_ONLY_SPANS("spans covering only whitespace (no token to label)"),
    LINE_BREAK_ONLY_SPANS("spans covering only line breaks (brat cannot show them)"),
    LINE_BREAK_EDGES_TRIMMED("spans whose first or last character is a line break (left out of the fragments)"),
    LINKS_TO_UNWRITTEN_SPANS("links to or from a span the format left out (brat: a span of line breaks only)"),
    LINKS_TO_UNEXPORTED_LABELS("links to or from a span whose label was not chosen for the export"),
    LINKS_NOT_CARRIED("links (said by, denies, hedges), which this format cannot hold"),
    SOURCE_TYPES_NOT_CARRIED("source types of SOURCE spans, which this format cannot hold (the spans are written with their label)"),
    UNSURE_FLAGS_NOT_CARRIED("unsure flags on spans, which this format cannot hold"),
    NOTES_FLATTENED("notes whose line breaks (LF, CR, NEL, U+2028, U+2029) became spaces (brat notes are one line)"),
    SPANS_WIDENED("spans widened to whole characters (an edge fell inside a surrogate pair)"),
    SPREADSHEET_CELLS_NEUTRALISED("cells beginning with =, +, -, @, tab or CR given a leading ' for spreadsheets");

    private final String description;

    Adjustment(String description) {
        this.description = description;
    }

    /** The manifest's key, e.g. {@code overlapping_spans}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String description() {
        return description;
    }

    /** The counts by manifest key, in the order given. */
    public static Map<String, Integer> byKey(Map<Adjustment, Integer> counts) {
        Map<String, Integer> keyed = new LinkedHashMap<>();
        counts.forEach((adjustment, count) -> keyed.put(adjustment.key(), count));
        return keyed;
    }
}
