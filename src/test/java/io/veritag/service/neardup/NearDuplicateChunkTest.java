package io.veritag.service.neardup;

import static org.assertj.core.api.Assertions.assertThat;

import io.veritag.io.TextHash;
import io.veritag.model.NearDuplicate;
import io.veritag.model.NewArticle;
import io.veritag.service.ImportService;
import io.veritag.service.ImportSummary;
import io.veritag.service.Progress;
import io.veritag.store.Database;
import io.veritag.store.NearDuplicateStore;
import io.veritag.store.Store;
import io.veritag.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A chunk indexed at once ({@link NearDuplicateFinder#indexAndFlagAll}) stores and returns exactly what indexing its
 * articles one by one ({@link NearDuplicateFinder#indexAndFlag}) does, on a corpus made to tell them apart: buckets
 * of far more than {@value NearDuplicateStore#RECENT_PER_BAND} articles (so the newest-per-bucket cap decides, both
 * among stored articles and across the chunk's own), far more than {@value NearDuplicateStore#MAX_CANDIDATES}
 * articles sharing every band with one another (ties, decided by the older id), look-alikes near the threshold,
 * texts too short to compare that still take a candidate's place, and texts without words.
 */
public class NearDuplicateChunkTest {
    private static final String BODY = "officials said the bridge over the river was closed on tuesday while residents"
            + " denied any damage and analysts speculated about the cause of the closure";

    @Test
    void chunksOfEverySizeGiveWhatArticleByArticleGives() {
        List<NewArticle> corpus = corpus(new Random(8));
        Indexed oneByOne = indexed(corpus, List.of(corpus.size()), (tx, chunk) -> {
            List<List<NearDuplicateFinder.Match>> matches = new ArrayList<>();
            for (NearDuplicateFinder.Stored article : chunk) {
                matches.add(NearDuplicateFinder.indexAndFlag(tx, article.id(), article.text()));
            }
            return matches;
        });
        assertThat(oneByOne.pairs).as("the corpus has pairs to find").hasSizeGreaterThan(2_000);
        assertThat(oneByOne.matches.values()).as("some articles meet the cap of candidates")
                .anyMatch(m -> m.size() == NearDuplicateStore.MAX_CANDIDATES);
        assertThat(oneByOne.pairs.values()).as("ties: many pairs share every shingle").filteredOn(p -> p == 100)
                .hasSizeGreaterThan(500);
        assertThat(oneByOne.pairs.values()).as("and some only just pass the threshold").anyMatch(p -> p < 60);

        for (List<Integer> sizes : List.of(List.of(corpus.size()), List.of(1, 2, 3, 500, 51, 52, 700),
                List.of(140, 140, 140, 140, 140, 140, 140, 140, 140, 140, 140, 140), List.of(7, 9, 400, 1, 800))) {
            Indexed chunked = indexed(corpus, sizes, NearDuplicateFinder::indexAndFlagAll);
            assertThat(chunked.pairs).as("pairs and percents, chunks of %s", sizes).isEqualTo(oneByOne.pairs);
            assertThat(chunked.matches).as("matches, closest first, chunks of %s", sizes).isEqualTo(oneByOne.matches);
            assertThat(chunked.unindexed).as("every article has its bands").isEmpty();
        }
    }

    @Test
    void anImportFindsWhatArticleByArticleFinds(@TempDir Path folder) throws IOException {
        List<NewArticle> corpus = corpus(new Random(21));
        Path file = folder.resolve("lookalikes.jsonl");
        Files.write(file, corpus.stream().map(a -> "{\"id\":\"" + a.externalId() + "\",\"title\":\"" + a.title()
                + "\",\"text\":\"" + a.text() + "\"}").toList());
        List<String> pairs;
        List<String> notices;
        try (Database database = TestDatabase.fresh()) {
            ImportSummary summary = new ImportService(database.store()).importPaths(List.of(file), Progress.NONE);
            assertThat(summary.imported()).isEqualTo(corpus.size());
            pairs = described(database.store().nearDuplicates().pairs());
            notices = summary.notices();
        }
        Indexed oneByOne = indexed(corpus, List.of(corpus.size()), (tx, chunk) -> {
            List<List<NearDuplicateFinder.Match>> matches = new ArrayList<>();
            for (NearDuplicateFinder.Stored article : chunk) {
                matches.add(NearDuplicateFinder.indexAndFlag(tx, article.id(), article.text()));
            }
            return matches;
        });
        assertThat(pairs).as("the import's chunks of 500 against article by article").isEqualTo(oneByOne.described)
                .hasSizeGreaterThan(2_000);
        List<String> expected = new ArrayList<>();
        for (NewArticle article : corpus) {
            List<NearDuplicateFinder.Match> matches = oneByOne.matches.get(article.externalId());
            if (!matches.isEmpty()) {
                expected.add(file + ": '" + article.externalId() + "' is a near-duplicate of '"
                        + matches.get(0).similarExternalId() + "' (" + matches.get(0).similarityPercent() + " % of");
            }
        }
        assertThat(notices.stream().map(n -> n.substring(0, n.indexOf(" % of") + 5)).toList())
                .as("one notice per article, naming the closest stored article").isEqualTo(expected);
    }

    /** What a corpus left in a fresh database: pairs by external ids, each article's matches, articles without bands. */
    private record Indexed(Map<String, Integer> pairs, Map<String, List<NearDuplicateFinder.Match>> matches,
                           List<String> described, List<Long> unindexed) {
    }

    /**
     * Stores the corpus in chunks of these sizes (the last one repeated), each in one transaction: the chunk's
     * articles in one batch, then {@code index} on them in order.
     */
    private static Indexed indexed(List<NewArticle> corpus, List<Integer> sizes,
                                   BiFunction<Store, List<NearDuplicateFinder.Stored>, List<List<NearDuplicateFinder.Match>>> index) {
        Map<String, List<NearDuplicateFinder.Match>> matches = new TreeMap<>();
        try (Database database = TestDatabase.fresh()) {
            int from = 0;
            for (int c = 0; from < corpus.size(); c++) {
                List<NewArticle> chunk = corpus.subList(from, Math.min(corpus.size(), from + sizes.get(Math.min(c, sizes.size() - 1))));
                from += chunk.size();
                database.store().inTransaction((Store tx) -> {
                    List<String> hashes = chunk.stream().map(a -> TextHash.sha256(a.text())).toList();
                    Map<String, Long> ids = tx.articles().insertAll(chunk, hashes);
                    List<NearDuplicateFinder.Stored> stored = new ArrayList<>();
                    for (int i = 0; i < chunk.size(); i++) {
                        stored.add(new NearDuplicateFinder.Stored(ids.get(hashes.get(i)), chunk.get(i).externalId(),
                                chunk.get(i).text()));
                    }
                    assertThat(stored.stream().map(NearDuplicateFinder.Stored::id).toList()).as("ids in reading order")
                            .isSorted();
                    List<List<NearDuplicateFinder.Match>> found = index.apply(tx, stored);
                    for (int i = 0; i < chunk.size(); i++) {
                        matches.put(chunk.get(i).externalId(), found.get(i));
                    }
                });
            }
            List<NearDuplicate> pairs = database.store().nearDuplicates().pairs();
            Map<String, Integer> byIds = new TreeMap<>();
            pairs.forEach(p -> byIds.put(p.article().externalId() + " ~ " + p.similar().externalId(), p.similarityPercent()));
            return new Indexed(byIds, matches, described(pairs), database.store().nearDuplicates().unindexed());
        }
    }

    private static List<String> described(List<NearDuplicate> pairs) {
        return pairs.stream().map(p -> p.article().externalId() + " ~ " + p.similar().externalId() + " "
                + p.similarityPercent()).collect(Collectors.toList());
    }

    /**
     * About 1,500 articles, shuffled: copies of one text differing only in case and punctuation (the same shingles,
     * so the same bucket in every band: ties of 20 shared bands, buckets of hundreds); look-alikes with one to
     * four words changed (around the threshold, buckets shared by some bands); the text's first 10 to 13 words (too
     * short to compare, yet candidates of the long ones); texts without words (all in one bucket per band); and
     * unrelated texts.
     */
    static List<NewArticle> corpus(Random random) {
        String[] words = BODY.split(" ");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 300; i++) { // the same shingles: case and punctuation differ
            StringBuilder text = new StringBuilder();
            for (String word : words) {
                text.append(random.nextInt(4) == 0 ? word.toUpperCase(java.util.Locale.ROOT) : word)
                        .append(random.nextInt(3) == 0 ? ", " : random.nextBoolean() ? " - " : " ");
            }
            texts.add(text.append("!".repeat(1 + i)).toString());
        }
        for (int i = 0; i < 700; i++) { // look-alikes: one to four words replaced
            String[] changed = words.clone();
            for (int k = random.nextInt(4); k >= 0; k--) {
                changed[random.nextInt(changed.length)] = "w" + random.nextInt(40);
            }
            texts.add(String.join(" ", changed) + " " + i);
        }
        for (int i = 0; i < 200; i++) { // too short to compare
            int length = 10 + random.nextInt(4);
            texts.add(String.join(" ", java.util.Arrays.copyOf(words, length)) + ".".repeat(1 + i));
        }
        for (int i = 0; i < 120; i++) { // no words at all
            texts.add("-".repeat(1 + i) + " … !");
        }
        for (int i = 0; i < 200; i++) { // unrelated
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 30; w++) {
                text.append("u").append(random.nextInt(5_000)).append(' ');
            }
            texts.add(text.toString().strip());
        }
        Collections.shuffle(texts, random);
        List<NewArticle> corpus = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            corpus.add(new NewArticle("a" + i, "Article " + i, null, null, null, texts.get(i), null, null));
        }
        return corpus;
    }
}
