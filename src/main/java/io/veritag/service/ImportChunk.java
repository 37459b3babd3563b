package io.veritag.service;

import io.veritag.io.TextHash;
import io.veritag.model.ArticleOrigin;
import io.veritag.model.NewArticle;
import io.veritag.service.neardup.NearDuplicateFinder;
import io.veritag.store.Store;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Articles of one file read ahead and stored together, inside the file's transaction: the duplicate checks of a
 * chunk are one query for the texts and one for the ids, and its articles and origins are one JDBC batch each. What
 * is stored is what one article at a time, in reading order, would store: a text already stored (or met earlier in
 * the file) is skipped; a taken external id gets the first free suffix ({@code -2}, {@code -3}, …) and a notice;
 * near-duplicates are what looking for them article by article, in order, each among the articles stored before
 * it, finds (a later article of the chunk is never one), looked for in the whole chunk at once
 * ({@link NearDuplicateFinder#indexAndFlagAll}).
 */
final class ImportChunk {
    /** Articles read ahead at most, and characters of text at most. */
    static final int MAX_ARTICLES = 500;
    static final long MAX_CHARS = 4L << 20;

    private final String file;
    private final String origin;
    private final List<String> notices;
    private final List<NewArticle> pending = new ArrayList<>();
    private long pendingChars;
    private int imported;
    private int skipped;

    /** A chunk for articles read from {@code file}; notices go to {@code notices}, in reading order. */
    ImportChunk(String file, List<String> notices) {
        this.file = file;
        this.origin = fileName(file);
        this.notices = notices;
    }

    int imported() {
        return imported;
    }

    int skipped() {
        return skipped;
    }

    /** Takes the next article of the file; stores the chunk when it is full. */
    void add(Store tx, NewArticle article) {
        pending.add(article);
        pendingChars += article.text().length();
        if (pending.size() >= MAX_ARTICLES || pendingChars >= MAX_CHARS) {
            flush(tx);
        }
    }

    /** Stores the articles taken since the last flush (call it at the end of the file). */
    void flush(Store tx) {
        if (pending.isEmpty()) {
            return;
        }
        List<String> hashes = pending.stream().map(article -> TextHash.sha256(article.text())).toList();
        Set<String> seenHashes = new HashSet<>(tx.articles().idsBySha256(new LinkedHashSet<>(hashes)).keySet());
        Set<String> checkedIds = new HashSet<>();
        pending.forEach(article -> checkedIds.add(article.externalId()));
        Set<String> takenIds = new HashSet<>(tx.articles().takenExternalIds(checkedIds));
        List<NewArticle> stored = new ArrayList<>();
        List<String> storedHashes = new ArrayList<>();
        List<String> renames = new ArrayList<>();
        for (int i = 0; i < pending.size(); i++) {
            NewArticle article = pending.get(i);
            if (!seenHashes.add(hashes.get(i))) {
                skipped++;
                continue;
            }
            String externalId = article.externalId();
            for (int n = 2; taken(tx, externalId, takenIds, checkedIds); n++) {
                externalId = article.externalId() + "-" + n;
            }
            takenIds.add(externalId);
            renames.add(externalId.equals(article.externalId()) ? null : file + ": id '" + article.externalId()
                    + "' is taken by another article with a different text: imported as '" + externalId + "'");
            stored.add(article.withExternalId(externalId).withSourceFile(origin));
            storedHashes.add(hashes.get(i));
        }
        Map<String, Long> ids = tx.articles().insertAll(stored, storedHashes);
        List<Long> originIds = new ArrayList<>();
        List<ArticleOrigin> origins = new ArrayList<>();
        for (int i = 0; i < stored.size(); i++) {
            NewArticle article = stored.get(i);
            if (article.sourceFile() != null || article.author() != null) {
                originIds.add(ids.get(storedHashes.get(i)));
                origins.add(new ArticleOrigin(article.sourceFile(), article.author()));
            }
        }
        tx.origins().insertAll(originIds, origins);
        List<NearDuplicateFinder.Stored> indexed = new ArrayList<>();
        for (int i = 0; i < stored.size(); i++) {
            indexed.add(new NearDuplicateFinder.Stored(ids.get(storedHashes.get(i)), stored.get(i).externalId(),
                    stored.get(i).text()));
        }
        List<List<NearDuplicateFinder.Match>> matches = NearDuplicateFinder.indexAndFlagAll(tx, indexed);
        for (int i = 0; i < stored.size(); i++) {
            if (renames.get(i) != null) {
                notices.add(renames.get(i));
            }
            noticeNearDuplicates(stored.get(i), matches.get(i));
        }
        imported += stored.size();
        pending.clear();
        pendingChars = 0;
    }

    /** Whether an external id is taken: by a stored article or one of this chunk (the database asked once per id). */
    private static boolean taken(Store tx, String externalId, Set<String> takenIds, Set<String> checkedIds) {
        if (takenIds.contains(externalId)) {
            return true;
        }
        if (checkedIds.add(externalId) && tx.articles().externalIdExists(externalId)) {
            takenIds.add(externalId);
            return true;
        }
        return false;
    }

    private void noticeNearDuplicates(NewArticle article, List<NearDuplicateFinder.Match> matches) {
        if (!matches.isEmpty()) { // one line per article, even in a corpus of look-alikes
            NearDuplicateFinder.Match closest = matches.get(0);
            notices.add(file + ": '" + article.externalId() + "' is a near-duplicate of '" + closest.similarExternalId()
                    + "' (" + closest.similarityPercent() + " % of word shingles shared"
                    + (matches.size() > 1 ? ") and of " + (matches.size() - 1) + " more stored articles (veritag "
                    + "articles --near-duplicates lists them" : "") + "): both kept");
        }
    }

    /** The file name without folders, as an article's origin ({@code "/data/in/a.html"} → {@code "a.html"}). */
    private static String fileName(String file) {
        String name = file.replace('\\', '/');
        return name.substring(name.lastIndexOf('/') + 1);
    }
}
