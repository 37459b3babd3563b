package io.veritag.suggest;

import java.util.List;

/** The recommenders Veritag knows, by the name stored with settings and with accepted spans. */
public final class Recommenders {
    public static final String SAME_TEXT = "same-text";
    public static final String CUE_LISTS = "cue-lists";
    public static final String MODEL = "model";

    /** In the order they are shown and evaluated. */
    public static final List<String> ALL = List.of(SAME_TEXT, CUE_LISTS, MODEL);

    private Recommenders() {
    }

    public static boolean isKnown(String name) {
        return ALL.contains(name);
    }

    /** What the window and reports call it. */
    public static String title(String name) {
        return switch (name) {
            case SAME_TEXT -> "Same text";
            case CUE_LISTS -> "Cue lists";
            case MODEL -> "Trained model";
            default -> name;
        };
    }
}
