package io.veritag.service;

import io.veritag.model.ArticleStatus;
import java.util.List;

/** How many of the articles an annotator has marked done. */
public record LabelingProgress(int done, int total) {
    public static LabelingProgress of(List<ArticleRow> rows) {
        int done = (int) rows.stream().filter(r -> r.status() == ArticleStatus.DONE).count();
        return new LabelingProgress(done, rows.size());
    }

    /** "12 of 40 done". */
    public String text() {
        return done + " of " + total + " done";
    }
}
