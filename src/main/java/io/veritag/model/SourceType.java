package io.veritag.model;

import java.util.Locale;
import java.util.Optional;

/** What kind of speaker a source span names. The database accepts exactly these names. */
public enum SourceType {
    OFFICIAL("Official / government"),
    MILITARY("Military"),
    POLITICIAN("Politician"),
    EXPERT("Expert"),
    WITNESS("Witness / resident"),
    MEDIA("Media"),
    ANONYMOUS("Anonymous"),
    OTHER("Other");

    private final String displayName;

    SourceType(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    /** The type of that name (any case), as written in files. */
    public static Optional<SourceType> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(name.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
