package io.veritag.model;

import java.util.Locale;

/** How far one annotator has got with one article. */
public enum ArticleStatus {
    TODO, IN_PROGRESS, DONE;

    /** Lower-case name as used in files and command-line output ({@code in_progress}). */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code todo}, {@code in_progress}, {@code done} (any case, '-' allowed for '_'). */
    public static ArticleStatus parse(String value) {
        String normalised = value.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (ArticleStatus status : values()) {
            if (status.name().equals(normalised)) {
                return status;
            }
        }
        throw new IllegalArgumentException("unknown status '" + value + "' (expected todo, in_progress or done)");
    }
}
