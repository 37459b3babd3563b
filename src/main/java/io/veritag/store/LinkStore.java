package io.veritag.store;

import static io.veritag.store.generated.Tables.SPAN;
import static io.veritag.store.generated.Tables.SPAN_LINK;

import io.veritag.model.Link;
import io.veritag.model.LinkType;
import io.veritag.model.Span;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * Links between spans. The database checks that both ends are spans of the same article and annotator with
 * labels the type allows, and that a pair has one link of a kind; deleting a span deletes its links.
 * The labels of both ends are copied from the spans inside the insert, so they cannot disagree with them.
 */
public final class LinkStore {
    private final DSLContext ctx;

    LinkStore(DSLContext ctx) {
        this.ctx = ctx;
    }

    /** Inserts a link from one span to another; article, annotator and labels are those of the spans. */
    public Link insert(long fromSpanId, long toSpanId, LinkType type) {
        return insert(null, fromSpanId, toSpanId, type, OffsetDateTime.now(ZoneOffset.UTC));
    }

    /**
     * Inserts a link between two spans read in the same transaction (their article, annotator and labels are
     * taken from them; the foreign keys check that they still match the stored spans).
     */
    public Link insert(Span from, Span to, LinkType type) {
        return insert(null, from.id(), from.articleId(), from.annotatorId(), from.label(), to.id(), to.label(), type,
                OffsetDateTime.now(ZoneOffset.UTC));
    }

    /** The link of that type from one span to another, if there is one. */
    public Optional<Link> find(long fromSpanId, long toSpanId, LinkType type) {
        return ctx.selectFrom(SPAN_LINK)
                .where(SPAN_LINK.FROM_SPAN_ID.eq(fromSpanId).and(SPAN_LINK.TO_SPAN_ID.eq(toSpanId)).and(SPAN_LINK.LINK_TYPE.eq(type.name())))
                .fetchOptional(LinkStore::toLink);
    }

    /** Puts a link back exactly as it was (same id and time): the undo of a delete. */
    public void restore(Link link) {
        insert(link.id(), link.fromSpanId(), link.toSpanId(), link.type(), link.createdAt().atOffset(ZoneOffset.UTC));
    }

    private Link insert(Long id, long fromSpanId, long toSpanId, LinkType type, OffsetDateTime at) {
        Record from = ctx.select(SPAN.ARTICLE_ID, SPAN.ANNOTATOR_ID, SPAN.LABEL).from(SPAN).where(SPAN.ID.eq(fromSpanId)).fetchOne();
        Record to = ctx.select(SPAN.LABEL).from(SPAN).where(SPAN.ID.eq(toSpanId)).fetchOne();
        if (from == null || to == null) {
            throw new StoreException("span " + (from == null ? fromSpanId : toSpanId) + " no longer exists", null);
        }
        return insert(id, fromSpanId, from.get(SPAN.ARTICLE_ID), from.get(SPAN.ANNOTATOR_ID), from.get(SPAN.LABEL),
                toSpanId, to.get(SPAN.LABEL), type, at);
    }

    private Link insert(Long id, long fromSpanId, long articleId, long annotatorId, String fromLabel, long toSpanId,
                        String toLabel, LinkType type, OffsetDateTime at) {
        var insert = ctx.insertInto(SPAN_LINK)
                .set(SPAN_LINK.ARTICLE_ID, articleId)
                .set(SPAN_LINK.ANNOTATOR_ID, annotatorId)
                .set(SPAN_LINK.FROM_SPAN_ID, fromSpanId)
                .set(SPAN_LINK.FROM_LABEL, fromLabel)
                .set(SPAN_LINK.TO_SPAN_ID, toSpanId)
                .set(SPAN_LINK.TO_LABEL, toLabel)
                .set(SPAN_LINK.LINK_TYPE, type.name())
                .set(SPAN_LINK.CREATED_AT, at);
        if (id != null) {
            insert = insert.set(SPAN_LINK.ID, id);
        }
        // a plain INSERT, then a read: H2 keeps the row of a SELECT … FROM FINAL TABLE (INSERT …) (what jOOQ's
        // returning() runs) whose foreign key check failed, when it runs outside a transaction
        insert.execute();
        return find(fromSpanId, toSpanId, type).orElseThrow();
    }

    public boolean delete(long linkId) {
        return ctx.deleteFrom(SPAN_LINK).where(SPAN_LINK.ID.eq(linkId)).execute() == 1;
    }

    public Optional<Link> get(long linkId) {
        return ctx.selectFrom(SPAN_LINK).where(SPAN_LINK.ID.eq(linkId)).fetchOptional(LinkStore::toLink);
    }

    /** One annotator's links in one article, in creation order. */
    public List<Link> forArticle(long articleId, long annotatorId) {
        return ctx.selectFrom(SPAN_LINK)
                .where(SPAN_LINK.ARTICLE_ID.eq(articleId).and(SPAN_LINK.ANNOTATOR_ID.eq(annotatorId)))
                .orderBy(SPAN_LINK.ID)
                .fetch(LinkStore::toLink);
    }

    /** Every annotator's links in one article. */
    public List<Link> forArticle(long articleId) {
        return ctx.selectFrom(SPAN_LINK).where(SPAN_LINK.ARTICLE_ID.eq(articleId)).orderBy(SPAN_LINK.ID)
                .fetch(LinkStore::toLink);
    }

    /** The articles in which any of these annotators has a link. */
    public java.util.Set<Long> articlesWithLinks(java.util.Collection<Long> annotatorIds) {
        return new java.util.HashSet<>(ctx.selectDistinct(SPAN_LINK.ARTICLE_ID).from(SPAN_LINK)
                .where(SPAN_LINK.ANNOTATOR_ID.in(annotatorIds)).fetch(SPAN_LINK.ARTICLE_ID));
    }

    /** The links that start or end at a span. */
    public List<Link> touching(long spanId) {
        return ctx.selectFrom(SPAN_LINK)
                .where(SPAN_LINK.FROM_SPAN_ID.eq(spanId).or(SPAN_LINK.TO_SPAN_ID.eq(spanId)))
                .orderBy(SPAN_LINK.ID)
                .fetch(LinkStore::toLink);
    }

    public int count() {
        return ctx.fetchCount(SPAN_LINK);
    }

    static Link toLink(Record r) {
        return new Link(r.get(SPAN_LINK.ID), r.get(SPAN_LINK.ARTICLE_ID), r.get(SPAN_LINK.ANNOTATOR_ID),
                r.get(SPAN_LINK.FROM_SPAN_ID), r.get(SPAN_LINK.TO_SPAN_ID), LinkType.valueOf(r.get(SPAN_LINK.LINK_TYPE)),
                r.get(SPAN_LINK.CREATED_AT).toInstant());
    }
}
