package io.veritag.store;

import static io.veritag.store.generated.Tables.ANNOTATOR;

import io.veritag.model.Annotator;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

public final class AnnotatorStore {
    private final DSLContext ctx;

    AnnotatorStore(DSLContext ctx) {
        this.ctx = ctx;
    }

    /** All annotators, ordered by name. */
    public List<Annotator> all() {
        return ctx.select(ANNOTATOR.ID, ANNOTATOR.NAME).from(ANNOTATOR).orderBy(ANNOTATOR.NAME)
                .fetch(r -> new Annotator(r.value1(), r.value2()));
    }

    public Optional<Annotator> byName(String name) {
        return ctx.select(ANNOTATOR.ID, ANNOTATOR.NAME).from(ANNOTATOR).where(ANNOTATOR.NAME.eq(name))
                .fetchOptional(r -> new Annotator(r.value1(), r.value2()));
    }

    public Optional<Annotator> get(long id) {
        return ctx.select(ANNOTATOR.ID, ANNOTATOR.NAME).from(ANNOTATOR).where(ANNOTATOR.ID.eq(id))
                .fetchOptional(r -> new Annotator(r.value1(), r.value2()));
    }

    /** The annotator with this name, created if new. Names are trimmed and must not be blank. */
    public Annotator getOrCreate(String name) {
        String trimmed = io.veritag.model.AnnotatorName.checked(name);
        return byName(trimmed).orElseGet(() -> {
            long id = ctx.insertInto(ANNOTATOR)
                    .set(ANNOTATOR.NAME, trimmed)
                    .set(ANNOTATOR.CREATED_AT, OffsetDateTime.now(ZoneOffset.UTC))
                    .returningResult(ANNOTATOR.ID)
                    .fetchOne(ANNOTATOR.ID);
            return new Annotator(id, trimmed);
        });
    }
}
