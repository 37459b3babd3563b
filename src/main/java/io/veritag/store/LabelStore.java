package io.veritag.store;

import static io.veritag.store.generated.Tables.LABEL;

import io.veritag.model.Label;
import java.util.List;
import org.jooq.DSLContext;

public final class LabelStore {
    private final DSLContext ctx;

    LabelStore(DSLContext ctx) {
        this.ctx = ctx;
    }

    /** The labels of the label layer in their display order (CLAIM, DENIAL, SPECULATION for the seeded set). */
    public List<Label> all() {
        return layer("LABEL");
    }

    /** The label of the source layer (SOURCE): who speaks. */
    public Label source() {
        return layer("SOURCE").get(0);
    }

    private List<Label> layer(String layer) {
        return ctx.selectFrom(LABEL).where(LABEL.LAYER.eq(layer)).orderBy(LABEL.SORT_ORDER, LABEL.NAME)
                .fetch(r -> new Label(r.getName(), r.getColour(), r.getShortcutKey().charAt(0), r.getSortOrder()));
    }
}
