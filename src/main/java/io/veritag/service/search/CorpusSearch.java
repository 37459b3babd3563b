package io.veritag.service.search;

import io.veritag.model.SearchResult;
import io.veritag.store.AppHome;
import io.veritag.store.ArticleStore;
import io.veritag.store.DatabaseFile;
import io.veritag.store.Store;
import io.veritag.store.search.ArticleIndex;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.TreeSet;
import java.util.Map;
import java.util.Set;

/**
 * Search over the text of every article (Edit › Find in all articles). The index is a cache of the database:
 * before a search it is compared with the articles' text hashes (cheaply: their number and highest id, the
 * full comparison when those moved or on first use) and brought up to date.
 */
public final class CorpusSearch implements AutoCloseable {
    /** At most this many matches are listed; the number of matching articles is always exact. */
    public static final int MAX_LINES = 500;
    /** Above this many missing articles, one pass over all of them beats one query each. */
    private static final int STREAM_THRESHOLD = 200;

    private final Store store;
    private final ArticleIndex index;
    private long[] syncedAt;

    CorpusSearch(Store store, ArticleIndex index) {
        this.store = store;
        this.index = index;
    }

    /** The search of a database: its index in the data folder ({@code search/}), in memory when not a file. */
    public static CorpusSearch of(Store store, String location) {
        return new CorpusSearch(store, DatabaseFile.of(location).map(f -> ArticleIndex.inFolder(folderFor(f)))
                .orElseGet(ArticleIndex::inMemory));
    }

    /** {@code search/<name>-<hash of the database file's path>} in the data folder. */
    static Path folderFor(Path databaseFile) {
        Path normal = databaseFile.toAbsolutePath().normalize();
        String stem = normal.getFileName().toString().replaceFirst("\\.mv\\.db$", "").replaceAll("[^A-Za-z0-9._-]", "_");
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(normal.toString().getBytes(StandardCharsets.UTF_8));
            return AppHome.dir().resolve("search").resolve(stem + "-" + java.util.HexFormat.of().formatHex(hash).substring(0, 8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Matches of {@code query} (whole words, case-blind; several words a phrase; {@code word*} a prefix). */
    public SearchResult search(String query) {
        if (!Arrays.equals(syncedAt, store.articles().countAndMaxId())) {
            refresh();
        }
        return index.search(query, MAX_LINES);
    }

    /** Brings the index up to date with every article's text hash; returns how many articles were (re)indexed or dropped. */
    public synchronized int refresh() {
        ArticleStore articles = store.articles();
        long[] mark = articles.countAndMaxId();
        Map<Long, String> wanted = articles.textHashes();
        Map<Long, String> indexed = index.indexedHashes();
        Set<Long> missing = new TreeSet<>(); // added in id order: the index keeps reading order
        wanted.forEach((id, sha) -> {
            if (!sha.equals(indexed.get(id))) {
                missing.add(id);
            }
        });
        int dropped = 0;
        for (Long id : indexed.keySet()) {
            if (!wanted.containsKey(id)) {
                index.remove(id);
                dropped++;
            }
        }
        if (missing.size() > STREAM_THRESHOLD) {
            articles.forEach(a -> {
                if (missing.contains(a.id())) {
                    index.put(a);
                }
            });
        } else {
            for (Long id : missing) {
                articles.get(id).ifPresent(index::put);
            }
        }
        if (!missing.isEmpty() || dropped > 0) {
            index.commit();
        }
        syncedAt = mark;
        return missing.size() + dropped;
    }

    @Override
    public void close() {
        index.close();
    }
}
