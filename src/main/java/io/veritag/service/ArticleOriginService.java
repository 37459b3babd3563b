package io.veritag.service;

import io.veritag.io.PastedText;
import io.veritag.io.TextHash;
import io.veritag.model.ArticleOrigin;
import io.veritag.model.NearDuplicate;
import io.veritag.model.NewArticle;
import io.veritag.service.neardup.NearDuplicateFinder;
import io.veritag.store.Store;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Where articles came from, the near-duplicate pairs found on import, and articles made from pasted text. */
public final class ArticleOriginService {
    private final Store store;

    public ArticleOriginService(Store store) {
        this.store = store;
    }

    /** Every near-duplicate pair, by the later article. */
    public List<NearDuplicate> nearDuplicates() {
        return store.nearDuplicates().pairs();
    }

    public Optional<ArticleOrigin> origin(long articleId) {
        return store.origins().get(articleId);
    }

    /**
     * Looks for near-duplicates among articles stored before near-duplicates were looked for (imported by an
     * older version), each against those indexed before it; returns the number of pairs found.
     */
    public int indexOlderArticles() {
        return NearDuplicateFinder.indexUnindexed(store);
    }

    /** What pasting an article did: the stored article's id (or the one already holding that text), and notices. */
    public record Pasted(long articleId, boolean alreadyStored, List<String> notices) {
    }

    /**
     * Stores pasted text as a new article, like an imported file: normalised, its title the first line with letters,
     * skipped when the same text is stored already, checked for near-duplicates.
     *
     * @throws IllegalArgumentException with a one-line reason when the text is empty or a field is too long
     */
    public Pasted paste(String text, String source, String url) {
        NewArticle article = PastedText.article(text, source, url);
        String sha256 = TextHash.sha256(article.text());
        return store.inTransaction((Store tx) -> {
            Optional<Long> existing = tx.articles().idBySha256(sha256);
            if (existing.isPresent()) {
                return new Pasted(existing.get(), true, List.of());
            }
            String externalId = article.externalId();
            for (int n = 2; tx.articles().externalIdExists(externalId); n++) {
                externalId = article.externalId() + "-" + n;
            }
            long id = tx.articles().insert(article.withExternalId(externalId), sha256);
            List<String> notices = new ArrayList<>();
            for (NearDuplicateFinder.Match match : NearDuplicateFinder.indexAndFlag(tx, id, article.text())) {
                notices.add("'" + externalId + "' is a near-duplicate of '" + match.similarExternalId() + "' ("
                        + match.similarityPercent() + " % of word shingles shared): both kept");
            }
            return new Pasted(id, false, notices);
        });
    }
}
