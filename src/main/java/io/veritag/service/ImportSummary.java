package io.veritag.service;

import java.util.List;

/**
 * What an import did. {@code skipped} counts articles whose text was already stored; {@code failed} counts
 * files refused whole, each with a one-line reason in {@code errors}; {@code notices} says what was imported
 * differently from what the files said or left alone on purpose (an id already taken, a symbolic link).
 * {@code stoppedBecause} is null, or the one line saying why the import ended before the last file (a full
 * disk); it is also the first of {@code errors}.
 */
public record ImportSummary(int imported, int skipped, int failed, List<String> errors, boolean cancelled,
                            List<String> notices, String stoppedBecause) {
    public ImportSummary {
        errors = List.copyOf(errors);
        notices = List.copyOf(notices);
    }

    public ImportSummary(int imported, int skipped, int failed, List<String> errors, boolean cancelled,
                         List<String> notices) {
        this(imported, skipped, failed, errors, cancelled, notices, null);
    }

    public ImportSummary(int imported, int skipped, int failed, List<String> errors, boolean cancelled) {
        this(imported, skipped, failed, errors, cancelled, List.of());
    }

    /** One line for a status bar or a terminal: "Imported 5 articles, skipped 1 duplicate, 0 files failed." */
    public String describe() {
        return (cancelled ? "Cancelled after importing " : stoppedBecause != null ? "Stopped after importing " : "Imported ") + plural(imported, "article") + ", skipped "
                + plural(skipped, "duplicate") + ", " + plural(failed, "file") + " failed.";
    }

    private static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
