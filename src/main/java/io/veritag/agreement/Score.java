package io.veritag.agreement;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The value of one agreement measure: a number, or "undefined" with the reason (a 0/0 such as one category
 * only, no spans, a label nobody used). Undefined is never represented as 0, 1 or NaN.
 */
public final class Score {
    /** Orders defined values ascending, undefined ones after all of them. */
    public static final java.util.Comparator<Score> ASCENDING_UNDEFINED_LAST = (a, b) -> {
        if (a.isDefined() != b.isDefined()) {
            return a.isDefined() ? -1 : 1;
        }
        return a.isDefined() ? Double.compare(a.value, b.value) : 0;
    };

    private final double value;
    private final String undefinedReason;

    private Score(double value, String undefinedReason) {
        this.value = value;
        this.undefinedReason = undefinedReason;
    }

    /** A defined value; NaN and infinities are refused because they would hide a 0/0. */
    public static Score of(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("a score must be finite, got " + value);
        }
        return new Score(value, null);
    }

    public static Score undefined(String reason) {
        Objects.requireNonNull(reason, "reason");
        return new Score(Double.NaN, reason);
    }

    /** numerator / denominator, or undefined with {@code reason} when the denominator is 0. */
    public static Score ratio(double numerator, double denominator, String reasonWhenZero) {
        return denominator == 0 ? undefined(reasonWhenZero) : of(numerator / denominator);
    }

    public boolean isDefined() {
        return undefinedReason == null;
    }

    /** The number. @throws IllegalStateException if undefined (callers must check). */
    public double value() {
        if (undefinedReason != null) {
            throw new IllegalStateException("undefined — " + undefinedReason);
        }
        return value;
    }

    public OptionalDouble asOptional() {
        return isDefined() ? OptionalDouble.of(value) : OptionalDouble.empty();
    }

    /** The reason it is undefined, or null when it is defined. */
    public String undefinedReason() {
        return undefinedReason;
    }

    /** The number with {@code digits} decimals, or "undefined — reason". */
    public String format(int digits) {
        return isDefined() ? String.format(java.util.Locale.ROOT, "%." + digits + "f", value) : "undefined — " + undefinedReason;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Score other && Objects.equals(undefinedReason, other.undefinedReason)
                && (undefinedReason != null || Double.compare(value, other.value) == 0);
    }

    @Override
    public int hashCode() {
        return undefinedReason != null ? undefinedReason.hashCode() : Double.hashCode(value);
    }

    @Override
    public String toString() {
        return isDefined() ? Double.toString(value) : "undefined — " + undefinedReason;
    }
}
