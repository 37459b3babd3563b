package io.veritag.model.gold;

import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

/**
 * Identifies a group of annotator spans across sessions: their ids, sorted, e.g. {@code 12,15}. The audit
 * trail stores it with every decision that settles a group, so it is matched as this type, never as a string.
 */
public record GroupKey(String value) {
    private static final Pattern FORM = Pattern.compile("\\d+(,\\d+)*");

    public GroupKey {
        Objects.requireNonNull(value, "value");
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("a group key is sorted span ids separated by commas, got '" + value + "'");
        }
    }

    /** The key of the group made of these spans. */
    public static GroupKey of(LongStream spanIds) {
        return new GroupKey(spanIds.sorted().mapToObj(Long::toString).collect(Collectors.joining(",")));
    }

    @Override
    public String toString() {
        return value;
    }
}
