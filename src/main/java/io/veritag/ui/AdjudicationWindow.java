package io.veritag.ui;

import io.veritag.ui.kit.WorkbenchContext;
import io.veritag.ui.adjudication.AdjudicationFrame;

/** Review → Adjudicate…: asks which annotators to compare and who curates, then opens the adjudication window. */
public final class AdjudicationWindow {
    private AdjudicationWindow() {
    }

    public static void open(WorkbenchContext context) {
        String curator = context.annotator() != null ? context.annotator().name() : System.getProperty("user.name", "curator");
        AdjudicationFrame.open(context.workspace(), context.executor(), context.frame(), curator, context.layout("adjudication"),
                frame -> { });
    }
}
