package io.veritag.store.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;

/**
 * A Lucene index of every CLAIM span: its words and the words of the sentence around it, to find the claims most
 * like a new one (derived data: the database is the truth, see {@code ClaimCandidates}). Each document carries
 * the span's version (its last change) so that the index can be compared with the database.
 */
public final class ClaimIndex implements AutoCloseable {
    private static final String KEY = "key";
    private static final String ID = "id";
    private static final String VERSION = "version";
    private static final String ANNOTATOR = "annotator";
    private static final String ARTICLE = "article";
    private static final String CLAIM = "claim";
    private static final String SENTENCE = "sentence";
    /** The claim's own words weigh more than the words around it. */
    private static final float CLAIM_BOOST = 3f;
    /** The claim's rarest words asked for (a claim is a sentence or less: this keeps nearly all of them). */
    private static final int MAX_CLAIM_TERMS = 16;
    /** The rarest words of the sentence around it (not in the claim) asked for. */
    private static final int MAX_SENTENCE_TERMS = 12;
    /** Common English words that say nothing about what a claim asserts. */
    private static final CharArraySet STOP_WORDS = new CharArraySet(List.of("a", "an", "and", "are", "as", "at", "be",
            "been", "but", "by", "for", "from", "had", "has", "have", "he", "her", "his", "i", "if", "in", "into", "is",
            "it", "its", "of", "on", "or", "our", "she", "so", "that", "the", "their", "them", "there", "these", "they",
            "this", "to", "was", "we", "were", "which", "who", "will", "with", "would", "you", "said", "says"), true);

    private final Directory directory;
    private final Analyzer analyzer = new StandardAnalyzer(STOP_WORDS);
    private final IndexWriter writer;
    private final SearcherManager searchers;

    private ClaimIndex(Directory directory) throws IOException {
        this.directory = directory;
        this.writer = new IndexWriter(directory, new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND).setRAMBufferSizeMB(64));
        this.searchers = new SearcherManager(writer, null);
    }

    /**
     * The index in {@code folder}. An index that cannot be read is derived data: deleted and built again. If the
     * folder cannot be used at all, the index lives in memory.
     */
    public static ClaimIndex inFolder(Path folder) {
        return DerivedIndexFolder.open(folder, ClaimIndex::new);
    }

    public static ClaimIndex inMemory() {
        return DerivedIndexFolder.inMemory(ClaimIndex::new);
    }

    /** The version of every indexed claim, by span id. */
    public Map<Long, Long> indexedVersions() {
        Map<Long, Long> versions = new HashMap<>();
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                    NumericDocValues ids = leaf.reader().getNumericDocValues(ID);
                    NumericDocValues vs = leaf.reader().getNumericDocValues(VERSION);
                    var live = leaf.reader().getLiveDocs();
                    if (ids == null || vs == null) {
                        continue;
                    }
                    for (int doc = ids.nextDoc(); doc != NumericDocValues.NO_MORE_DOCS; doc = ids.nextDoc()) {
                        if ((live == null || live.get(doc)) && vs.advanceExact(doc)) {
                            versions.put(ids.longValue(), vs.longValue());
                        }
                    }
                }
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return versions;
    }

    /** Adds a claim, replacing an older version of it. Seen by searches after {@link #commit}. */
    public void put(long spanId, long version, long annotatorId, long articleId, String claimText, String sentence) {
        try {
            writer.updateDocument(new Term(KEY, Long.toString(spanId)), document(spanId, version, annotatorId, articleId, claimText, sentence));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds a claim that is not in the index (a build from nothing: no older version to look for). */
    public void add(long spanId, long version, long annotatorId, long articleId, String claimText, String sentence) {
        try {
            writer.addDocument(document(spanId, version, annotatorId, articleId, claimText, sentence));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document document(long spanId, long version, long annotatorId, long articleId, String claimText, String sentence) {
        Document doc = new Document();
        doc.add(new StringField(KEY, Long.toString(spanId), Field.Store.NO));
        doc.add(new NumericDocValuesField(ID, spanId));
        doc.add(new NumericDocValuesField(VERSION, version));
        doc.add(new StringField(ANNOTATOR, Long.toString(annotatorId), Field.Store.NO));
        doc.add(new StringField(ARTICLE, Long.toString(articleId), Field.Store.NO));
        doc.add(new TextField(CLAIM, claimText, Field.Store.NO));
        doc.add(new TextField(SENTENCE, sentence, Field.Store.NO));
        return doc;
    }

    public void remove(long spanId) {
        try {
            writer.deleteDocuments(new Term(KEY, Long.toString(spanId)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes the changes durable and visible to the next search. */
    public void commit() {
        try {
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The span ids of one annotator's claims in other articles most like a claim (its words, and the words of its
     * sentence), best first, at most {@code limit}.
     */
    public List<Hit> similar(long annotatorId, long excludedArticleId, String claimText, String sentence, int limit) {
        Set<String> claimTerms = terms(claimText);
        Set<String> sentenceTerms = terms(sentence);
        sentenceTerms.removeAll(claimTerms);
        if (claimTerms.isEmpty() && sentenceTerms.isEmpty()) {
            return List.of();
        }
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                IndexReader reader = searcher.getIndexReader();
                BooleanQuery.Builder words = new BooleanQuery.Builder();
                int clauses = 0;
                for (String term : rarest(reader, CLAIM, claimTerms, MAX_CLAIM_TERMS)) {
                    words.add(new BoostQuery(new TermQuery(new Term(CLAIM, term)), CLAIM_BOOST), BooleanClause.Occur.SHOULD);
                    words.add(new TermQuery(new Term(SENTENCE, term)), BooleanClause.Occur.SHOULD);
                    clauses++;
                }
                for (String term : rarest(reader, SENTENCE, sentenceTerms, MAX_SENTENCE_TERMS)) {
                    words.add(new TermQuery(new Term(SENTENCE, term)), BooleanClause.Occur.SHOULD);
                    clauses++;
                }
                if (clauses == 0) {
                    return List.of(); // no word of it is in any claim
                }
                BooleanQuery query = new BooleanQuery.Builder()
                        .add(words.build(), BooleanClause.Occur.MUST)
                        .add(new TermQuery(new Term(ANNOTATOR, Long.toString(annotatorId))), BooleanClause.Occur.FILTER)
                        .add(new TermQuery(new Term(ARTICLE, Long.toString(excludedArticleId))), BooleanClause.Occur.MUST_NOT)
                        .build();
                TopDocs top = searcher.search(query, limit);
                List<Hit> hits = new ArrayList<>(top.scoreDocs.length);
                List<LeafReaderContext> leaves = reader.leaves();
                for (ScoreDoc sd : top.scoreDocs) {
                    LeafReaderContext leaf = leaves.get(org.apache.lucene.index.ReaderUtil.subIndex(sd.doc, leaves));
                    NumericDocValues ids = leaf.reader().getNumericDocValues(ID);
                    if (ids != null && ids.advanceExact(sd.doc - leaf.docBase)) {
                        hits.add(new Hit(ids.longValue(), sd.score));
                    }
                }
                return hits;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The {@code max} terms found in the fewest claims (the words that tell claims apart; ties in the text's order),
     * leaving out terms no claim has. Common words match nearly every claim and cost the most to score.
     */
    private static List<String> rarest(IndexReader reader, String field, Set<String> terms, int max) throws IOException {
        List<Map.Entry<String, Integer>> found = new ArrayList<>();
        for (String term : terms) {
            int df = reader.docFreq(new Term(field, term));
            if (df > 0) {
                found.add(Map.entry(term, df));
            }
        }
        found.sort(Map.Entry.comparingByValue());
        return found.stream().limit(max).map(Map.Entry::getKey).toList();
    }

    /** A claim found, by span id, with Lucene's score. */
    public record Hit(long spanId, float score) {
    }

    private Set<String> terms(String text) {
        Set<String> terms = new LinkedHashSet<>();
        if (text == null || text.isBlank()) {
            return terms;
        }
        try (TokenStream tokens = analyzer.tokenStream(CLAIM, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                terms.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
