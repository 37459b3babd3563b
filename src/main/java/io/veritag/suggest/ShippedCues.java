package io.veritag.suggest;

import io.veritag.model.suggest.Cue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The English cue lists Veritag ships (hedges → SPECULATION, denial verbs → DENIAL, reporting verbs → CLAIM),
 * from {@code shipped-cues.tsv}: list, label, phrase per line. A project gets a copy it can edit.
 */
public final class ShippedCues {
    private static final String RESOURCE = "shipped-cues.tsv";

    private ShippedCues() {
    }

    public static List<Cue> english() {
        try (InputStream in = ShippedCues.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the program");
            }
            List<Cue> cues = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t");
                if (fields.length != 3) {
                    throw new IllegalStateException(RESOURCE + ": expected list, label and phrase in: " + line);
                }
                cues.add(new Cue(fields[0], fields[2], fields[1]));
            }
            return List.copyOf(cues);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
