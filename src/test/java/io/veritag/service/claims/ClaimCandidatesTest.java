package io.veritag.service.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.veritag.model.ClaimSpan;
import io.veritag.model.Label;
import io.veritag.model.NewArticle;
import io.veritag.model.Span;
import io.veritag.store.ClusterStore;
import io.veritag.store.Database;
import io.veritag.store.Store;
import io.veritag.store.search.ClaimIndex;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Candidate claims: the same claim in other words elsewhere, one per cluster, the annotator's own only; an index that is only a cache. */
class ClaimCandidatesTest {
    private static final String A = "Russia ordered its troops to leave the west bank of the Dnipro. Kyiv doubts the retreat is real.";
    private static final String B = "Defence minister Shoigu told soldiers to withdraw from the Dnipro's west bank 🌉. The withdrawal could take a week.";
    private static final String C = "Moscow's troops were ordered to leave Kherson and the west bank. Ukraine doubts the retreat is genuine.";
    private static final String D = "Grain exports resumed from Odesa on Tuesday. Prices of wheat fell.";

    @TempDir
    Path dir;

    private static long article(Store store, String id, String outlet, String date, String text) {
        return store.articles().insert(new NewArticle(id, "Title " + id, outlet, null, date, text), "sha-" + id);
    }

    private static Span claim(Store store, long articleId, long annotator, String text, String words) {
        int at = text.indexOf(words);
        return store.spans().insert(articleId, annotator, at, at + words.length(), Label.CLAIM, null);
    }

    @Test
    void findsTheSameClaimInOtherWordsElsewhereOnePerClusterAndOnlyTheAnnotatorsOwn() {
        try (Database db = Database.inMemory(); ClaimCandidates candidates = new ClaimCandidates(db.store(), ClaimIndex.inMemory())) {
            Store store = db.store();
            long a = article(store, "a", "Outlet A", "2022-11-09", A);
            long b = article(store, "b", "Outlet B", "2022-11-10", B);
            long c = article(store, "c", "Outlet C", "2022-11-11", C);
            long d = article(store, "d", "Outlet D", "2022-11-12", D);
            long anna = store.annotators().getOrCreate("anna").id();
            long ben = store.annotators().getOrCreate("ben").id();
            Span ordered = claim(store, a, anna, A, "Russia ordered its troops to leave the west bank of the Dnipro");
            Span sameArticle = claim(store, a, anna, A, "Kyiv doubts the retreat is real");
            Span told = claim(store, b, anna, B, "Shoigu told soldiers to withdraw from the Dnipro's west bank 🌉");
            Span week = claim(store, b, anna, B, "The withdrawal could take a week");
            Span moscow = claim(store, c, anna, C, "Moscow's troops were ordered to leave Kherson and the west bank");
            Span grain = claim(store, d, anna, D, "Grain exports resumed from Odesa on Tuesday");
            Span bens = claim(store, c, ben, C, "Moscow's troops were ordered to leave Kherson");

            List<ClaimCandidate> found = candidates.forSpan(ordered.id());
            assertThat(found).extracting(x -> x.span().spanId()).startsWith(moscow.id()).contains(told.id())
                    .doesNotContain(ordered.id(), sameArticle.id(), bens.id(), grain.id());
            assertThat(found.get(0).span()).extracting(ClaimSpan::outlet, ClaimSpan::published, ClaimSpan::title, ClaimSpan::text)
                    .containsExactly("Outlet C", "2022-11-11", "Title c", "Moscow's troops were ordered to leave Kherson and the west bank");
            assertThat(found).allSatisfy(x -> assertThat(x.inCluster()).isEmpty());
            assertThat(found).hasSizeLessThanOrEqualTo(ClaimCandidates.TOP);

            // once moscow and told share a cluster, it is one candidate (its best claim), and week moves up
            ClusterStore clusters = store.clusters();
            long cluster = clusters.create(anna, "Russia ordered a withdrawal").id();
            clusters.add(moscow, cluster, io.veritag.model.ClusterRole.MEMBER);
            clusters.add(told, cluster, io.veritag.model.ClusterRole.MEMBER);
            List<ClaimCandidate> grouped = candidates.forSpan(ordered.id());
            assertThat(grouped.get(0).inCluster()).hasValueSatisfying(cl -> assertThat(cl.canonical()).isEqualTo("Russia ordered a withdrawal"));
            assertThat(grouped).filteredOn(x -> x.inCluster().isPresent()).hasSize(1);

            // ben sees only his own: none in other articles yet
            assertThat(candidates.forSpan(bens.id())).isEmpty();
            // hostile words are words
            assertThat(candidates.forText(anna, d, "\"; DROP TABLE span; -- west bank*", "", 5)).isNotEmpty();
            assertThat(candidates.forText(anna, d, "   ", "", 5)).isEmpty();
        }
    }

    @Test
    void claimsAddedMovedOrDeletedAfterTheFirstSearchAreSeenWithoutAskingForARebuild() {
        try (Database db = Database.inMemory(); ClaimCandidates candidates = new ClaimCandidates(db.store(), ClaimIndex.inMemory())) {
            Store store = db.store();
            long a = article(store, "a", "A", null, A);
            long c = article(store, "c", "C", null, C);
            long anna = store.annotators().getOrCreate("anna").id();
            Span ordered = claim(store, a, anna, A, "Russia ordered its troops to leave the west bank of the Dnipro");
            assertThat(candidates.forSpan(ordered.id())).isEmpty();
            Span moscow = claim(store, c, anna, C, "Moscow's troops were ordered to leave Kherson and the west bank");
            assertThat(candidates.forSpan(ordered.id())).extracting(x -> x.span().spanId()).containsExactly(moscow.id());
            // moved onto other words: found by those words now
            int at = C.indexOf("Ukraine doubts");
            store.spans().update(moscow.id(), at, C.length() - 1, Label.CLAIM, null);
            assertThat(candidates.forText(anna, a, "Ukraine doubts genuine", "", 5)).extracting(x -> x.span().spanId()).containsExactly(moscow.id());
            // relabeled, then deleted: gone
            store.spans().update(moscow.id(), at, C.length() - 1, Label.DENIAL, null);
            assertThat(candidates.forText(anna, a, "Ukraine doubts genuine", "", 5)).isEmpty();
            store.spans().delete(moscow.id());
            assertThat(candidates.forSpan(ordered.id())).isEmpty();
        }
    }

    @Test
    void theIndexInTheDataFolderSurvivesAReopenAndIsRebuiltWhenDamagedOrStale() throws Exception {
        Path folder = dir.resolve("claims");
        try (Database db = Database.open(dir.resolve("corpus").toString())) {
            Store store = db.store();
            long a = article(store, "a", "A", null, A);
            long c = article(store, "c", "C", null, C);
            long anna = store.annotators().getOrCreate("anna").id();
            Span ordered = claim(store, a, anna, A, "Russia ordered its troops to leave the west bank of the Dnipro");
            Span moscow = claim(store, c, anna, C, "Moscow's troops were ordered to leave Kherson and the west bank");
            try (ClaimCandidates candidates = new ClaimCandidates(store, ClaimIndex.inFolder(folder))) {
                assertThat(candidates.refresh()).isEqualTo(2);
            }
            try (ClaimCandidates candidates = new ClaimCandidates(store, ClaimIndex.inFolder(folder))) {
                assertThat(candidates.refresh()).as("nothing to redo after a reopen").isZero();
                assertThat(candidates.forSpan(ordered.id())).hasSize(1);
            }
            // stale: a claim deleted while the index was closed is dropped on the next search
            store.spans().delete(moscow.id());
            try (ClaimCandidates candidates = new ClaimCandidates(store, ClaimIndex.inFolder(folder))) {
                assertThat(candidates.forSpan(ordered.id())).isEmpty();
            }
            // damaged: rebuilt, not trusted and not fatal
            Span again = claim(store, c, anna, C, "Moscow's troops were ordered to leave Kherson and the west bank");
            try (Stream<Path> files = Files.list(folder)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    Files.write(f, new byte[] {1, 2, 3});
                }
            }
            try (ClaimCandidates candidates = new ClaimCandidates(store, ClaimIndex.inFolder(folder))) {
                assertThat(candidates.forSpan(ordered.id())).extracting(x -> x.span().spanId()).containsExactly(again.id());
            }
        }
    }

    @Test
    void theSentenceAroundASpanStopsAtFullStopsAndLineBreaks() {
        assertThat(Sentence.around(A, A.indexOf("doubts"), A.indexOf("doubts") + 6)).isEqualTo("Kyiv doubts the retreat is real.");
        assertThat(Sentence.around("First line\nsecond 🌉 line. Third.", 11, 17)).isEqualTo("second 🌉 line.");
        String noStops = "word ".repeat(1000);
        assertThat(Sentence.around(noStops, 2500, 2504).length()).isLessThanOrEqualTo(4 + 2 * Sentence.MAX);
    }
}
