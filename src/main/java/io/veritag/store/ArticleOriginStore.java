package io.veritag.store;

import static io.veritag.store.generated.Tables.ARTICLE_ORIGIN;

import io.veritag.model.ArticleOrigin;
import java.util.Optional;
import org.jooq.DSLContext;

/** Where each article came from (file name, author): written once with the article, never changed. */
public final class ArticleOriginStore {
    private final DSLContext ctx;

    ArticleOriginStore(DSLContext ctx) {
        this.ctx = ctx;
    }

    public void insert(long articleId, String fileName, String author) {
        ctx.insertInto(ARTICLE_ORIGIN)
                .set(ARTICLE_ORIGIN.ARTICLE_ID, articleId)
                .set(ARTICLE_ORIGIN.FILE_NAME, fileName)
                .set(ARTICLE_ORIGIN.AUTHOR, author)
                .execute();
    }

    /** Inserts origins (article id, file name, author) as one prepared statement executed in a JDBC batch. */
    public void insertAll(java.util.List<Long> articleIds, java.util.List<ArticleOrigin> origins) {
        if (articleIds.isEmpty()) {
            return;
        }
        var batch = ctx.batch(ctx.insertInto(ARTICLE_ORIGIN, ARTICLE_ORIGIN.ARTICLE_ID, ARTICLE_ORIGIN.FILE_NAME,
                ARTICLE_ORIGIN.AUTHOR).values((Long) null, null, null));
        for (int i = 0; i < articleIds.size(); i++) {
            batch = batch.bind(articleIds.get(i), origins.get(i).fileName(), origins.get(i).author());
        }
        batch.execute();
    }

    public Optional<ArticleOrigin> get(long articleId) {
        return ctx.selectFrom(ARTICLE_ORIGIN).where(ARTICLE_ORIGIN.ARTICLE_ID.eq(articleId))
                .fetchOptional(r -> new ArticleOrigin(r.getFileName(), r.getAuthor()));
    }
}
