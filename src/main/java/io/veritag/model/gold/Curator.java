package io.veritag.model.gold;

import java.util.Objects;

/** Someone who settles disagreements into gold. Kept apart from annotators: curating is another role. */
public record Curator(long id, String name) {
    public Curator {
        Objects.requireNonNull(name, "name");
    }
}
