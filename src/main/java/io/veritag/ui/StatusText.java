package io.veritag.ui;

import io.veritag.model.ArticleStatus;

/** How a status reads in the window. */
final class StatusText {
    private StatusText() {
    }

    static String of(ArticleStatus status) {
        return switch (status) {
            case TODO -> "to do";
            case IN_PROGRESS -> "in progress";
            case DONE -> "✓ done";
        };
    }
}
