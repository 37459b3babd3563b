package io.veritag.io;

import java.util.List;

/** What a writer needs to know before the first document: the labels this export may contain, in order. */
public record ExportSettings(List<String> labels) {
    public ExportSettings {
        labels = List.copyOf(labels);
    }
}
