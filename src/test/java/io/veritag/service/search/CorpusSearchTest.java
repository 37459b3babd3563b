package io.veritag.service.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.veritag.model.NewArticle;
import io.veritag.model.SearchHit;
import io.veritag.model.SearchResult;
import io.veritag.store.Database;
import io.veritag.store.Store;
import io.veritag.store.search.ArticleIndex;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Corpus search: what matches, where (UTF-16 offsets, emoji before the match), and an index that is only a cache. */
class CorpusSearchTest {
    @TempDir
    Path dir;

    @Test
    void findsWholeWordsCaseBlindPhrasesAndPrefixesWithTheirContext() {
        try (Database db = Database.inMemory(); CorpusSearch search = new CorpusSearch(db.store(), ArticleIndex.inMemory())) {
            long a = add(db.store(), "a", "Bridge", "The 🌉 Antonivskyi Bridge fell.\nOfficials said the bridge is gone.");
            long b = add(db.store(), "b", "Port", "The port of Kherson reopened; bridges were shelled.");

            SearchResult bridge = search.search("BRIDGE");
            assertThat(bridge.articles()).isEqualTo(1);
            assertThat(bridge.lines()).extracting(SearchHit::articleId).containsOnly(a);
            String textA = db.store().articles().get(a).orElseThrow().text();
            assertThat(bridge.lines()).allSatisfy(hit -> {
                assertThat(textA.substring(hit.start(), hit.end())).isEqualToIgnoringCase("bridge");
                assertThat(hit.match()).isEqualTo(textA.substring(hit.start(), hit.end()));
            });
            assertThat(bridge.lines().get(0).before()).isEqualTo("The 🌉 Antonivskyi ");
            assertThat(bridge.lines().get(0).after()).startsWith(" fell. Officials"); // the line break shown as a space

            assertThat(search.search("bridge*").lines()).extracting(SearchHit::articleId).containsExactly(a, a, b);
            SearchResult phrase = search.search("the bridge");
            assertThat(phrase.lines()).singleElement().satisfies(hit ->
                    assertThat(textA.substring(hit.start(), hit.end())).isEqualTo("the bridge"));
            assertThat(search.search("kherson reopened").lines()).extracting(SearchHit::articleId).containsExactly(b);
            assertThat(search.search("bridge gone").articles()).isZero();
            assertThat(search.search("  ").lines()).isEmpty();
            assertThat(search.search("\"; DROP TABLE article; --").articles()).isZero(); // words, never syntax
        }
    }

    @Test
    void anArticleAddedAfterTheFirstSearchIsFoundWithoutAskingForARebuild() {
        try (Database db = Database.inMemory(); CorpusSearch search = new CorpusSearch(db.store(), ArticleIndex.inMemory())) {
            add(db.store(), "a", "One", "Nothing about ports here.");
            assertThat(search.search("shelling").articles()).isZero();
            long later = add(db.store(), "b", "Two", "Night shelling of the port.");
            assertThat(search.search("shelling").lines()).extracting(SearchHit::articleId).containsExactly(later);
        }
    }

    @Test
    void theIndexInTheDataFolderSurvivesAReopenAndIsRebuiltWhenDamagedOrStale() throws Exception {
        Path folder = dir.resolve("index");
        try (Database db = Database.open(dir.resolve("corpus").toString())) {
            add(db.store(), "a", "One", "Kherson after the retreat.");
            add(db.store(), "b", "Two", "Mykolaiv before the retreat.");
            try (CorpusSearch search = new CorpusSearch(db.store(), ArticleIndex.inFolder(folder))) {
                assertThat(search.refresh()).isEqualTo(2);
            }
            try (CorpusSearch search = new CorpusSearch(db.store(), ArticleIndex.inFolder(folder))) {
                assertThat(search.refresh()).as("nothing to redo after a reopen").isZero();
                assertThat(search.search("retreat").articles()).isEqualTo(2);
            }
            // damage every file of the index: it is a cache, so it is rebuilt, not trusted and not fatal
            try (Stream<Path> files = Files.list(folder)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    Files.write(f, new byte[] {1, 2, 3});
                }
            }
            try (CorpusSearch search = new CorpusSearch(db.store(), ArticleIndex.inFolder(folder))) {
                assertThat(search.search("retreat").articles()).isEqualTo(2);
            }
        }
        // another database's index in that folder (articles it does not have) is brought in line
        try (Database other = Database.open(dir.resolve("other").toString());
             CorpusSearch search = new CorpusSearch(other.store(), ArticleIndex.inFolder(folder))) {
            add(other.store(), "z", "Other", "Odesa harbour.");
            assertThat(search.search("retreat").articles()).isZero();
            assertThat(search.search("harbour").articles()).isEqualTo(1);
        }
    }

    @Test
    void aFileDatabaseKeepsItsIndexInTheDataFoldersSearchFolder() {
        Path file = dir.resolve("team.mv.db");
        assertThat(CorpusSearch.folderFor(file).getParent().getFileName().toString()).isEqualTo("search");
        assertThat(CorpusSearch.folderFor(file).getFileName().toString()).startsWith("team-");
        assertThat(CorpusSearch.folderFor(dir.resolve("x").resolve("team.mv.db"))).isNotEqualTo(CorpusSearch.folderFor(file));
    }

    private static long add(Store store, String id, String title, String text) {
        try {
            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
            return store.articles().insert(new NewArticle(id, title, null, null, null, text), sha);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
