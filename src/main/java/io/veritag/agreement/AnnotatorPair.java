package io.veritag.agreement;

/** Two annotators, {@code first} before {@code second} in name order; {@code first} is the reference. */
public record AnnotatorPair(int firstIndex, int secondIndex, String first, String second) {
    /** Key used for symmetric measures: "a|b". */
    public String key() {
        return key(first, second);
    }

    /**
     * "a|b", with {@code \} and {@code |} inside a name escaped by {@code \}: two different pairs never share a key
     * (names from older databases may contain {@code |}; {@code a|b}+{@code c} and {@code a}+{@code b|c} differ).
     */
    public static String key(String first, String second) {
        return escape(first, '|') + "|" + escape(second, '|');
    }

    /** Key used for directed (reference → other) measures: "a->b", with {@code \} and {@code >} in names escaped. */
    public String arrowKey() {
        return escape(first, '>') + "->" + escape(second, '>');
    }

    private static String escape(String name, char separator) {
        if (name.indexOf('\\') < 0 && name.indexOf(separator) < 0) {
            return name;
        }
        return name.replace("\\", "\\\\").replace(String.valueOf(separator), "\\" + separator);
    }
}
