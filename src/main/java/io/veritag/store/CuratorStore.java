package io.veritag.store;

import static io.veritag.store.generated.Tables.CURATOR;

import io.veritag.model.gold.Curator;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jooq.DSLContext;

public final class CuratorStore {
    private final DSLContext ctx;

    CuratorStore(DSLContext ctx) {
        this.ctx = ctx;
    }

    public Optional<Curator> byName(String name) {
        return ctx.select(CURATOR.ID, CURATOR.NAME).from(CURATOR).where(CURATOR.NAME.eq(name))
                .fetchOptional(r -> new Curator(r.value1(), r.value2()));
    }

    /** The curator with this name, created if new. Names are trimmed and must not be blank. */
    public Curator getOrCreate(String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("curator name must not be blank");
        }
        return byName(trimmed).orElseGet(() -> {
            long id = ctx.insertInto(CURATOR)
                    .set(CURATOR.NAME, trimmed)
                    .set(CURATOR.CREATED_AT, OffsetDateTime.now(ZoneOffset.UTC))
                    .returningResult(CURATOR.ID)
                    .fetchOne(CURATOR.ID);
            return new Curator(id, trimmed);
        });
    }
}
