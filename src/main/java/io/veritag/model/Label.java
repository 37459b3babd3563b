package io.veritag.model;

import java.util.Objects;

/**
 * A tag a span can carry. The database seeds CLAIM, DENIAL and SPECULATION;
 * {@code sortOrder} is the order used wherever labels are listed or ties are broken.
 */
public record Label(String name, String colour, char shortcutKey, int sortOrder) {
    public static final String CLAIM = "CLAIM";
    public static final String DENIAL = "DENIAL";
    public static final String SPECULATION = "SPECULATION";
    /** The one label of the source layer: who speaks. Not one of the three labels of the label layer. */
    public static final String SOURCE = "SOURCE";

    public Label {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(colour, "colour");
    }
}
