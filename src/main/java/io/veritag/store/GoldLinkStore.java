package io.veritag.store;

import static io.veritag.store.generated.Tables.GOLD_LINK;
import static io.veritag.store.generated.Tables.GOLD_SPAN;

import io.veritag.model.LinkType;
import io.veritag.model.gold.GoldLink;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * Links of the gold layer. The database checks that both ends are gold spans of the same article with labels
 * the type allows, and that a pair has one link of a kind; deleting a gold span deletes its links. The labels of
 * both ends are read from the gold spans inside the insert, so they cannot disagree with them.
 */
public final class GoldLinkStore {
    private final DSLContext ctx;

    GoldLinkStore(DSLContext ctx) {
        this.ctx = ctx;
    }

    public GoldLink insert(long fromGoldSpanId, long toGoldSpanId, LinkType type) {
        return write(null, fromGoldSpanId, toGoldSpanId, type);
    }

    /** Puts a gold link back under its old id: undo of a removal, redo of an acceptance. */
    public GoldLink restore(long id, long fromGoldSpanId, long toGoldSpanId, LinkType type) {
        return write(id, fromGoldSpanId, toGoldSpanId, type);
    }

    private GoldLink write(Long id, long fromGoldSpanId, long toGoldSpanId, LinkType type) {
        Record from = ctx.select(GOLD_SPAN.ARTICLE_ID, GOLD_SPAN.LABEL).from(GOLD_SPAN).where(GOLD_SPAN.ID.eq(fromGoldSpanId)).fetchOne();
        Record to = ctx.select(GOLD_SPAN.LABEL).from(GOLD_SPAN).where(GOLD_SPAN.ID.eq(toGoldSpanId)).fetchOne();
        if (from == null || to == null) {
            throw new StoreException("gold span " + (from == null ? fromGoldSpanId : toGoldSpanId) + " no longer exists", null);
        }
        var insert = ctx.insertInto(GOLD_LINK)
                .set(GOLD_LINK.ARTICLE_ID, from.get(GOLD_SPAN.ARTICLE_ID))
                .set(GOLD_LINK.FROM_GOLD_SPAN_ID, fromGoldSpanId)
                .set(GOLD_LINK.FROM_LABEL, from.get(GOLD_SPAN.LABEL))
                .set(GOLD_LINK.TO_GOLD_SPAN_ID, toGoldSpanId)
                .set(GOLD_LINK.TO_LABEL, to.get(GOLD_SPAN.LABEL))
                .set(GOLD_LINK.LINK_TYPE, type.name())
                .set(GOLD_LINK.CREATED_AT, OffsetDateTime.now(ZoneOffset.UTC));
        if (id != null) {
            insert = insert.set(GOLD_LINK.ID, id);
        }
        // a plain INSERT, then a read (see LinkStore: H2 keeps a returning() row whose foreign key check failed)
        insert.execute();
        return find(fromGoldSpanId, toGoldSpanId, type).orElseThrow();
    }

    public Optional<GoldLink> find(long fromGoldSpanId, long toGoldSpanId, LinkType type) {
        return ctx.selectFrom(GOLD_LINK)
                .where(GOLD_LINK.FROM_GOLD_SPAN_ID.eq(fromGoldSpanId).and(GOLD_LINK.TO_GOLD_SPAN_ID.eq(toGoldSpanId))
                        .and(GOLD_LINK.LINK_TYPE.eq(type.name())))
                .fetchOptional(GoldLinkStore::toGoldLink);
    }

    public Optional<GoldLink> get(long id) {
        return ctx.selectFrom(GOLD_LINK).where(GOLD_LINK.ID.eq(id)).fetchOptional(GoldLinkStore::toGoldLink);
    }

    public void delete(long id) {
        if (ctx.deleteFrom(GOLD_LINK).where(GOLD_LINK.ID.eq(id)).execute() != 1) {
            throw new StoreException("gold link " + id + " no longer exists", null);
        }
    }

    /** The gold links of one article, in creation order. */
    public List<GoldLink> forArticle(long articleId) {
        return ctx.selectFrom(GOLD_LINK).where(GOLD_LINK.ARTICLE_ID.eq(articleId)).orderBy(GOLD_LINK.ID)
                .fetch(GoldLinkStore::toGoldLink);
    }

    /** Streams the gold links of the given articles, by article and creation. */
    public void forEachInArticles(Collection<Long> articleIds, Consumer<GoldLink> action) {
        try (var cursor = ctx.selectFrom(GOLD_LINK)
                .where(GOLD_LINK.ARTICLE_ID.in(articleIds))
                .orderBy(GOLD_LINK.ARTICLE_ID, GOLD_LINK.ID)
                .fetchSize(1000)
                .fetchLazy()) {
            for (var record : cursor) {
                action.accept(toGoldLink(record));
            }
        }
    }

    /** Number of gold links per article id (articles without any are absent). */
    public Map<Long, Integer> countsByArticle() {
        return ctx.select(GOLD_LINK.ARTICLE_ID, DSL.count()).from(GOLD_LINK).groupBy(GOLD_LINK.ARTICLE_ID)
                .fetchMap(GOLD_LINK.ARTICLE_ID, DSL.count());
    }

    public int count() {
        return ctx.fetchCount(GOLD_LINK);
    }

    static GoldLink toGoldLink(Record r) {
        return new GoldLink(r.get(GOLD_LINK.ID), r.get(GOLD_LINK.ARTICLE_ID), r.get(GOLD_LINK.FROM_GOLD_SPAN_ID),
                r.get(GOLD_LINK.TO_GOLD_SPAN_ID), LinkType.valueOf(r.get(GOLD_LINK.LINK_TYPE)));
    }
}
