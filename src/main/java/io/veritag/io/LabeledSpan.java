package io.veritag.io;

import io.veritag.model.Label;
import io.veritag.model.SourceType;
import java.util.Objects;

/**
 * A span as exchanged with the formats: UTF-16 offsets into the article text, end-exclusive.
 * A {@link Label#SOURCE} span carries its {@code sourceType}; {@code unsure} is the annotator's own doubt.
 * {@code key} identifies the span within its document for {@link LabeledLink}s (the database id on export, the
 * position in the file on import); 0 when nothing links to it.
 */
public record LabeledSpan(int start, int end, String label, String note, SourceType sourceType, boolean unsure, long key) {
    public LabeledSpan {
        Objects.requireNonNull(label, "label");
        if (start < 0 || start >= end) {
            throw new IllegalArgumentException("span offsets must satisfy 0 <= start < end, got [" + start + ", " + end + ")");
        }
        if (sourceType != null && !Label.SOURCE.equals(label)) {
            throw new IllegalArgumentException("a source type goes with a SOURCE span only");
        }
    }

    /** A span without source type, flag or links. */
    public LabeledSpan(int start, int end, String label, String note) {
        this(start, end, label, note, null, false, 0);
    }

    /** The same span over other offsets (flags, source type and key kept). */
    public LabeledSpan withOffsets(int newStart, int newEnd) {
        return new LabeledSpan(newStart, newEnd, label, note, sourceType, unsure, key);
    }

    /** The same span with another note. */
    public LabeledSpan withNote(String newNote) {
        return new LabeledSpan(start, end, label, newNote, sourceType, unsure, key);
    }

    /** The same span under another key. */
    public LabeledSpan withKey(long newKey) {
        return new LabeledSpan(start, end, label, note, sourceType, unsure, newKey);
    }

    /** The same span with flags and source type. */
    public LabeledSpan withFlags(SourceType newSourceType, boolean newUnsure) {
        return new LabeledSpan(start, end, label, note, newSourceType, newUnsure, key);
    }
}
