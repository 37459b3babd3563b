package io.veritag.ui;

import io.veritag.ui.kit.ThemeColours;
import io.veritag.model.Label;
import java.awt.Color;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Label name → colour, from the colours stored with the labels. */
final class LabelColours {
    private final Map<String, Color> colours = new HashMap<>();

    LabelColours(List<Label> labels) {
        for (Label l : labels) {
            colours.put(l.name(), ThemeColours.label(l.colour()));
        }
    }

    Color colour(String label) {
        return colours.getOrDefault(label, Color.GRAY);
    }
}
