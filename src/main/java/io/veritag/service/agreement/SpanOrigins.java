package io.veritag.service.agreement;

/**
 * Which spans an agreement report counts: all of them, only those made by hand, or only accepted
 * suggestions. Pre-annotation inflates agreement (two reviewers who accept the same suggestion agree by
 * construction), so the report can leave accepted spans out, or look at them alone.
 */
public enum SpanOrigins {
    ALL("all spans"),
    MANUAL("spans made by hand only (accepted suggestions left out)"),
    ACCEPTED("accepted suggestions only (spans made by hand left out)");

    private final String description;

    SpanOrigins(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    boolean counts(boolean accepted) {
        return this == ALL || (this == ACCEPTED) == accepted;
    }
}
