package io.veritag.service.dataset;

import io.veritag.service.Progress;
import io.veritag.io.AnnotatedDocument;
import io.veritag.io.ArticleData;
import io.veritag.io.DatasetFormat;
import io.veritag.io.DatasetFormatException;
import io.veritag.io.InputProblem;
import io.veritag.io.DatasetReader;
import io.veritag.io.ImportOptions;
import io.veritag.io.ImportedDocument;
import io.veritag.io.LabeledLink;
import io.veritag.io.LabeledSpan;
import io.veritag.io.TextHash;
import io.veritag.model.Annotator;
import io.veritag.model.Label;
import io.veritag.model.Link;
import io.veritag.model.NewArticle;
import io.veritag.model.Span;
import io.veritag.store.DatasetStore;
import io.veritag.store.Store;
import io.veritag.store.StoreException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Imports annotations from jsonl, brat, XMI, Label Studio or doccano files. Articles the database lacks are created from the file's text;
 * spans are added for the named annotator (spans already there are kept, not doubled) and the annotator's
 * status for the article is set from the file. Each file runs in one transaction: the first bad line refuses
 * the whole file with one message naming file and line.
 */
public final class AnnotationImportService {
    private final Store store;

    public AnnotationImportService(Store store) {
        this.store = store;
    }

    public AnnotationImportSummary importAnnotations(DatasetFormat format, Path path, Progress progress) {
        return importAnnotations(format, path, ImportOptions.NONE, progress);
    }

    /**
     * Imports with a label map as the command line writes it ({@code PER=SOURCE,CLAIM=CLAIM}, one or more entries) and
     * an annotator for every document (null: as the files say).
     *
     * @throws IllegalArgumentException when an entry is not NAME=LABEL, or as {@link #importAnnotations(DatasetFormat,
     *                                  Path, ImportOptions, Progress)}
     */
    public AnnotationImportSummary importAnnotations(DatasetFormat format, Path path, List<String> labelMap,
                                                     String annotator, Progress progress) {
        return importAnnotations(format, path, new ImportOptions(ImportOptions.parseMap(labelMap), annotator), progress);
    }

    /**
     * Imports with a label map and a default annotator, for formats that read other tools' files.
     *
     * @throws IllegalArgumentException when the format takes no options, or a mapping's target is not a label
     */
    public AnnotationImportSummary importAnnotations(DatasetFormat format, Path path, ImportOptions options,
                                                     Progress progress) {
        DatasetReader reader = format.reader().orElseThrow(() -> new IllegalArgumentException(
                "format '" + format.name() + "' cannot be imported"));
        Set<String> labels = new LinkedHashSet<>(ExportService.labelsWithSource(store));
        if (!options.isEmpty() && !reader.takesOptions()) {
            throw new IllegalArgumentException("format '" + format.name() + "' takes neither --map nor --annotator "
                    + "(its files hold Veritag's own labels and annotators)");
        }
        options.check(labels);
        List<Path> units;
        try {
            units = reader.units(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + ": " + ExportService.describe(e), e);
        }
        if (units.isEmpty()) {
            throw new IllegalArgumentException("no " + format.name() + " files found in " + path);
        }
        Counts total = new Counts();
        List<String> errors = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            Path unit = units.get(i);
            int index = i;
            progress.checkCancelled();
            progress.update(i, units.size(), "Importing " + unit.getFileName());
            try {
                Counts counts = store.inTransaction(tx -> {
                    FileImport file = new FileImport(tx, progress, index, units.size());
                    try {
                        reader.read(unit, labels, options, file::add);
                        file.flush();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    return file.counts;
                });
                total.add(counts);
                total.files++;
            } catch (InputProblem e) {
                errors.add(e.getMessage());
            } catch (UncheckedIOException e) {
                errors.add(unit + ": " + ExportService.describe(e));
            } catch (StoreException e) {
                errors.add(unit + ": " + e.getMessage());
            }
        }
        progress.update(units.size(), units.size(), "Imported " + total.files + " of " + units.size() + " files");
        return new AnnotationImportSummary(total.files, total.documents, total.articlesCreated, total.spansAdded,
                total.spansPresent, total.linksAdded, total.linksPresent, total.ignored, errors);
    }

    private static final class Counts {
        int files;
        int documents;
        int articlesCreated;
        int spansAdded;
        int spansPresent;
        int linksAdded;
        int linksPresent;
        int ignored;

        void add(Counts other) {
            linksAdded += other.linksAdded;
            linksPresent += other.linksPresent;
            documents += other.documents;
            articlesCreated += other.articlesCreated;
            spansAdded += other.spansAdded;
            spansPresent += other.spansPresent;
            ignored += other.ignored;
        }
    }

    /**
     * The work of one file, inside its transaction. Documents are matched to their articles as they are read (a
     * text that differs is refused at its line), then decided and written a chunk at a time: the spans already
     * stored for the chunk's articles are one query, its new spans one JDBC batch, its statuses one batched upsert.
     * The articles already stored are looked up in two maps read once per file, and their texts compared by SHA-256.
     */
    private static final class FileImport {
        /** Documents per chunk at most, and spans and characters of text per chunk at most. */
        private static final int CHUNK_DOCUMENTS = 500;
        private static final int CHUNK_SPANS = 5000;
        private static final long CHUNK_CHARS = 4L << 20;
        private final Store tx;
        private final Progress progress;
        private final int unitIndex;
        private final int units;
        private final Map<String, Annotator> annotators = new HashMap<>();
        private final Map<String, Long> articleIds;
        private final Map<String, String> externalIdsBySha;
        private final Set<Long> createdArticles = new HashSet<>();
        private final Set<String> layersSeen = new HashSet<>();
        private final List<Queued> queue = new ArrayList<>();
        private int queuedSpans;
        private long queuedChars;
        final Counts counts = new Counts();

        /** A document matched to its article and annotator, not yet written; fresh: nothing of it can be stored. */
        private record Queued(AnnotatedDocument document, long articleId, long annotatorId, boolean fresh) {
        }

        FileImport(Store tx, Progress progress, int unitIndex, int units) {
            this.tx = tx;
            this.progress = progress;
            this.unitIndex = unitIndex;
            this.units = units;
            this.articleIds = new HashMap<>(tx.datasets().articleIdsByExternalId());
            this.externalIdsBySha = new HashMap<>(tx.datasets().externalIdsBySha256());
        }

        void add(ImportedDocument imported) {
            progress.checkCancelled();
            AnnotatedDocument document = imported.document();
            long articleId = article(imported);
            long annotatorId = annotators.computeIfAbsent(document.annotator(), tx.annotators()::getOrCreate).id();
            boolean fresh = createdArticles.contains(articleId) && layersSeen.add(articleId + "/" + annotatorId);
            queue.add(new Queued(document, articleId, annotatorId, fresh));
            queuedSpans += document.spans().size();
            queuedChars += document.article().text().length();
            if (queue.size() >= CHUNK_DOCUMENTS || queuedSpans >= CHUNK_SPANS || queuedChars >= CHUNK_CHARS
                    || !document.links().isEmpty()) {
                flush();
            }
            if (!document.links().isEmpty()) {
                links(document, articleId, annotatorId);
            }
            counts.documents++;
            counts.ignored += imported.ignoredAnnotations();
            if (counts.documents % 200 == 0) {
                progress.update(unitIndex, units, "Importing " + imported.file().getFileName() + ": "
                        + counts.documents + " documents");
            }
        }

        /**
         * Writes the queued documents: each span not stored yet for its article and annotator (nor added by an
         * earlier document of the file) is inserted, and each status set, the last one of a pair winning. Called
         * when the chunk is full, before links are read, and at the end of the file.
         */
        void flush() {
            if (queue.isEmpty()) {
                return;
            }
            Set<Long> readArticles = new HashSet<>();
            Set<Long> readAnnotators = new HashSet<>();
            for (Queued queued : queue) {
                if (!queued.fresh()) {
                    readArticles.add(queued.articleId());
                    readAnnotators.add(queued.annotatorId());
                }
            }
            Map<Long, Map<Long, List<Span>>> stored = tx.spans().forArticlesAndAnnotators(readArticles, readAnnotators);
            Map<String, Set<String>> presentByLayer = new HashMap<>();
            List<DatasetStore.SpanRow> rows = new ArrayList<>(queuedSpans);
            List<DatasetStore.StatusRow> statuses = new ArrayList<>(queue.size());
            for (Queued queued : queue) {
                Set<String> present = presentByLayer.computeIfAbsent(queued.articleId() + "/" + queued.annotatorId(),
                        layer -> storedKeys(stored, queued));
                int length = queued.document().article().text().length();
                for (LabeledSpan span : queued.document().spans()) {
                    if (present.add(key(span.start(), span.end(), span.label()))) {
                        rows.add(new DatasetStore.SpanRow(queued.articleId(), length, queued.annotatorId(),
                                new DatasetStore.NewSpan(span.start(), span.end(), span.label(), span.note(),
                                        span.sourceType(), span.unsure())));
                        counts.spansAdded++;
                    } else {
                        counts.spansPresent++;
                    }
                }
                statuses.add(new DatasetStore.StatusRow(queued.articleId(), queued.annotatorId(),
                        queued.document().status()));
            }
            tx.datasets().insertSpanRows(rows);
            tx.statuses().setAll(statuses);
            queue.clear();
            queuedSpans = 0;
            queuedChars = 0;
        }

        /** The keys of the spans stored for a queued document's article and annotator (none for a fresh one). */
        private static Set<String> storedKeys(Map<Long, Map<Long, List<Span>>> stored, Queued queued) {
            Set<String> keys = new HashSet<>();
            if (!queued.fresh()) {
                for (Span span : stored.getOrDefault(queued.articleId(), Map.of())
                        .getOrDefault(queued.annotatorId(), List.of())) {
                    keys.add(key(span.start(), span.end(), span.label()));
                }
            }
            return keys;
        }

        /**
         * Adds the document's links between its spans as stored (a span already there stands for the file's span of
         * the same offsets and label); a link already there is kept, not doubled. Its spans are written already.
         */
        private void links(AnnotatedDocument document, long articleId, long annotatorId) {
            Map<String, Span> stored = new HashMap<>();
            for (Span span : tx.spans().forArticle(articleId, annotatorId)) {
                stored.put(key(span.start(), span.end(), span.label()), span);
            }
            Set<String> present = new HashSet<>();
            for (Link link : tx.links().forArticle(articleId, annotatorId)) {
                present.add(link.fromSpanId() + ">" + link.toSpanId() + ":" + link.type());
            }
            Map<Long, LabeledSpan> byKey = document.spansByKey();
            List<DatasetStore.LinkRow> rows = new ArrayList<>(document.links().size());
            for (LabeledLink link : document.links()) {
                Span from = stored.get(key(byKey.get(link.fromKey())));
                Span to = stored.get(key(byKey.get(link.toKey())));
                if (present.add(from.id() + ">" + to.id() + ":" + link.type())) {
                    rows.add(new DatasetStore.LinkRow(from, to, link.type()));
                    counts.linksAdded++;
                } else {
                    counts.linksPresent++;
                }
            }
            tx.datasets().insertLinkRows(rows);
        }

        private static String key(LabeledSpan span) {
            return key(span.start(), span.end(), span.label());
        }

        /** The stored article with this external id, created from the file if missing. */
        private long article(ImportedDocument imported) {
            ArticleData data = imported.document().article();
            String sha = TextHash.sha256(data.text());
            Long existing = articleIds.get(data.externalId());
            if (existing != null) {
                // a stored text is the one with the stored SHA-256 (unique; db check verifies it): same hash, same text
                if (!data.externalId().equals(externalIdsBySha.get(sha))) {
                    throw differs(imported, data);
                }
                return existing;
            }
            String other = externalIdsBySha.get(sha);
            if (other != null) {
                throw new DatasetFormatException(imported.file(), imported.line(), "article '" + data.externalId()
                        + "' has the same text as the stored article '" + other + "'");
            }
            long id = tx.articles().insert(new NewArticle(data.externalId(), data.title(), data.source(), data.url(),
                    data.published(), data.text()), sha);
            articleIds.put(data.externalId(), id);
            externalIdsBySha.put(sha, data.externalId());
            createdArticles.add(id);
            counts.articlesCreated++;
            return id;
        }

        private static DatasetFormatException differs(ImportedDocument imported, ArticleData data) {
            return new DatasetFormatException(imported.file(), imported.line(), "the text of article '"
                    + data.externalId() + "' differs from the text stored under that id");
        }

        private static String key(int start, int end, String label) {
            return start + ":" + end + ":" + label;
        }
    }
}
