package io.veritag.service.adjudication;

/**
 * A decision refused because another curator decided on the same article after this view was shown; nothing
 * was recorded. {@link #current()} is the article as it is now, to show before deciding again.
 */
public final class StaleViewException extends IllegalStateException {
    private static final long serialVersionUID = 1L;
    private final transient ArticleAdjudication current;

    public StaleViewException(String otherCurator, ArticleAdjudication current) {
        super(otherCurator + " decided on this article after it was shown here; nothing was recorded."
                + " The article now shows their decision: decide again if you still disagree.");
        this.current = current;
    }

    public ArticleAdjudication current() {
        return current;
    }
}
