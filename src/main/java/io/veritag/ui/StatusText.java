package io.veritag.ui;

import io.veritag.model.ArticleStatus;

/** How a status reads in the window. */
final class StatusText {
    private StatusText() {
    }

    /** Order of a status in a sorted list: to do, in progress, done. */
    static int rank(String shown) {
        for (ArticleStatus status : ArticleStatus.values()) {
            if (of(status).equals(shown)) {
                return status.ordinal();
            }
        }
        return -1;
    }

    static String of(ArticleStatus status) {
        return switch (status) {
            case TODO -> "to do";
            case IN_PROGRESS -> "in progress";
            case DONE -> "✓ done";
        };
    }
}
