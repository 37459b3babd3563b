package io.veritag.model;

import java.util.Objects;

public record Annotator(long id, String name) {
    public Annotator {
        Objects.requireNonNull(name, "name");
    }
}
