package io.veritag.store.search;

import io.veritag.model.Article;
import io.veritag.model.SearchHit;
import io.veritag.model.SearchResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.LogDocMergePolicy;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;

/**
 * A Lucene index of every article's text: derived data (the database is the truth), kept in the data folder
 * and brought up to date from the database's text hashes. Words are matched whole and case-blind (Lucene's
 * standard tokenizer); several words are a phrase; a single word ending in {@code *} is a prefix. Offsets are
 * UTF-16, as everywhere inside the program.
 */
public final class ArticleIndex implements AutoCloseable {
    private static final String KEY = "key";
    private static final String ID = "id";
    private static final String SHA = "sha";
    private static final String TITLE = "title";
    private static final String TEXT = "text";
    /** Characters of context on each side of a match in the results list. */
    static final int CONTEXT = 48;
    private static final FieldType TEXT_TYPE = textType();

    private final Directory directory;
    private final Analyzer analyzer = new StandardAnalyzer();
    private final IndexWriter writer;
    private final SearcherManager searchers;

    private ArticleIndex(Directory directory) throws IOException {
        this.directory = directory;
        // merging only neighbouring segments keeps the index in the order articles were added (their id order),
        // so a search can stop after the first matches in reading order
        this.writer = new IndexWriter(directory, new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND).setMergePolicy(new LogDocMergePolicy()));
        this.searchers = new SearcherManager(writer, null);
    }

    /**
     * The index in {@code folder}. An index that cannot be read (damaged, or from another Lucene) is derived
     * data: it is deleted and built again. If the folder cannot be used at all, the index lives in memory.
     */
    public static ArticleIndex inFolder(Path folder) {
        return DerivedIndexFolder.open(folder, ArticleIndex::new);
    }

    /** An index held in memory only (in-memory databases, tests). */
    public static ArticleIndex inMemory() {
        return DerivedIndexFolder.inMemory(ArticleIndex::new);
    }

    /** The text hash of every indexed article, by article id. */
    public Map<Long, String> indexedHashes() {
        Map<Long, String> hashes = new HashMap<>();
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                    NumericDocValues ids = leaf.reader().getNumericDocValues(ID);
                    BinaryDocValues shas = leaf.reader().getBinaryDocValues(SHA);
                    var live = leaf.reader().getLiveDocs();
                    if (ids == null || shas == null) {
                        continue;
                    }
                    for (int doc = ids.nextDoc(); doc != NumericDocValues.NO_MORE_DOCS; doc = ids.nextDoc()) {
                        if ((live == null || live.get(doc)) && shas.advanceExact(doc)) {
                            hashes.put(ids.longValue(), shas.binaryValue().utf8ToString());
                        }
                    }
                }
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return hashes;
    }

    /** Adds the article, replacing an older version of it. Seen by searches after {@link #commit}. */
    public void put(Article article) {
        Document doc = new Document();
        doc.add(new StringField(KEY, Long.toString(article.id()), Field.Store.NO));
        doc.add(new NumericDocValuesField(ID, article.id()));
        doc.add(new StoredField(ID, article.id()));
        doc.add(new BinaryDocValuesField(SHA, new BytesRef(article.sha256())));
        doc.add(new StoredField(TITLE, article.title()));
        doc.add(new Field(TEXT, article.text(), TEXT_TYPE));
        try {
            writer.updateDocument(new Term(KEY, Long.toString(article.id())), doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void remove(long articleId) {
        try {
            writer.deleteDocuments(new Term(KEY, Long.toString(articleId)));
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
     * The matches of {@code query} in reading order (articles in the order they were added, matches in text
     * order) with their context, at most {@code maxLines}. The article count is exact for words and prefixes;
     * for a phrase in very many articles the search stops early and the count is a lower bound.
     */
    public SearchResult search(String query, int maxLines) {
        Query parsed = parse(query);
        if (parsed == null) {
            return new SearchResult(List.of(), 0, false, false);
        }
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return search(searcher, parsed, maxLines);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SearchResult search(IndexSearcher searcher, Query query, int maxLines) throws IOException {
        Query rewritten = searcher.rewrite(query);
        // index order: Lucene stops collecting once it has enough hits (and its default count threshold)
        TopDocs top = searcher.search(rewritten, Math.max(1, maxLines), Sort.INDEXORDER);
        boolean exact = top.totalHits.relation == TotalHits.Relation.EQUAL_TO;
        int articles = (int) top.totalHits.value;
        if (!exact && !(rewritten instanceof PhraseQuery)) {
            articles = searcher.count(rewritten); // cheap for words and prefixes: read from the postings
            exact = true;
        }
        Weight weight = searcher.createWeight(rewritten, ScoreMode.COMPLETE_NO_SCORES, 1f);
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        StoredFields stored = searcher.storedFields();
        List<SearchHit> lines = new ArrayList<>();
        boolean truncated = false;
        for (ScoreDoc hit : top.scoreDocs) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
            Matches matches = weight.matches(leaf, hit.doc - leaf.docBase);
            MatchesIterator it = matches == null ? null : matches.getMatches(TEXT);
            if (it == null) {
                continue;
            }
            Document doc = stored.document(hit.doc);
            long id = doc.getField(ID).numericValue().longValue();
            String title = doc.get(TITLE);
            String text = doc.get(TEXT);
            while (it.next()) {
                if (lines.size() == maxLines) {
                    truncated = true;
                    break;
                }
                lines.add(line(id, title, text, it.startOffset(), it.endOffset()));
            }
            if (truncated) {
                break;
            }
        }
        truncated |= articles > top.scoreDocs.length;
        lines.sort(Comparator.comparingLong(SearchHit::articleId).thenComparingInt(SearchHit::start));
        return new SearchResult(lines, articles, !exact, truncated);
    }

    private static SearchHit line(long id, String title, String text, int start, int end) {
        int from = cutPoint(text, Math.max(0, start - CONTEXT));
        int to = cutPoint(text, Math.min(text.length(), end + CONTEXT));
        return new SearchHit(id, title, start, end, oneLine(text.substring(from, start)), oneLine(text.substring(start, end)),
                oneLine(text.substring(end, to)));
    }

    /** Never cut between the two halves of a surrogate pair. */
    private static int cutPoint(String text, int at) {
        return at > 0 && at < text.length() && Character.isLowSurrogate(text.charAt(at)) ? at + 1 : at;
    }

    private static String oneLine(String s) {
        return s.replace('\n', ' ').replace('\t', ' ');
    }

    /** The words of the query as Lucene terms: one word a term (or a prefix with {@code *}), several a phrase. */
    Query parse(String query) {
        String trimmed = query == null ? "" : query.strip();
        boolean prefix = trimmed.endsWith("*");
        List<String> terms = new ArrayList<>();
        try (TokenStream tokens = analyzer.tokenStream(TEXT, prefix ? trimmed.substring(0, trimmed.length() - 1) : trimmed)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                terms.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (terms.isEmpty()) {
            return null;
        }
        if (terms.size() == 1) {
            Term term = new Term(TEXT, terms.get(0));
            return prefix ? new PrefixQuery(term) : new TermQuery(term);
        }
        return new PhraseQuery(TEXT, terms.toArray(String[]::new));
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

    private static FieldType textType() {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setStored(true);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }
}
