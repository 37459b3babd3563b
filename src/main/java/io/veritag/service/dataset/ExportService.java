package io.veritag.service.dataset;

import io.veritag.service.Progress;
import io.veritag.model.AppVersion;
import io.veritag.io.Adjustment;
import io.veritag.io.AnnotationPart;
import io.veritag.io.AnnotatedDocument;
import io.veritag.io.DatasetWriter;
import io.veritag.io.ExportFolder;
import io.veritag.io.ExportSettings;
import io.veritag.io.ExportWarning;
import io.veritag.io.LabeledLink;
import io.veritag.io.LabeledSpan;
import io.veritag.io.Manifest;
import io.veritag.io.SpanAlignment;
import io.veritag.model.Label;
import io.veritag.store.Store;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Exports labeled data as a dataset folder. Documents are written one article at a time (memory stays flat),
 * into a hidden sibling folder that is renamed into place only when everything, manifest included, is written:
 * an export that fails or is cancelled leaves nothing behind.
 */
public final class ExportService {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Store store;
    private final Path exportsRoot;
    private final Clock clock;

    public ExportService(Store store) {
        this(store, Path.of("exports"), Clock.systemDefaultZone());
    }

    public ExportService(Store store, Path exportsRoot, Clock clock) {
        this.store = store;
        this.exportsRoot = exportsRoot;
        this.clock = clock;
    }

    /** {@code exports/<format>-<yyyyMMdd-HHmmss>}, with {@code -2}, {@code -3}… if that folder exists. */
    public Path defaultDestination(String formatName) {
        String base = formatName + "-" + LocalDateTime.now(clock).format(STAMP);
        Path root = exportsRoot.toAbsolutePath().normalize(); // said in full: "exports/" depends on where it started
        Path candidate = root.resolve(base);
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = root.resolve(base + "-" + n);
        }
        return candidate;
    }

    private SpanSource source(ExportLayer layer) {
        return layer.gold() ? new GoldSpanSource(store) : new AnnotatorSpanSource(store, layer.annotators());
    }

    public ExportResult export(ExportRequest request, Progress progress) {
        List<String> labels = checkedLabels(request.labels());
        Path destination = request.destination() != null ? request.destination() : defaultDestination(request.format().name());
        if (Files.exists(destination)) {
            throw new IllegalArgumentException("export destination " + destination + " already exists");
        }
        progress.update(0, -1, "Selecting articles");
        SpanSource source = source(request.layer());
        List<String> articleIds = source.articleIds(request.allStatuses());
        Map<String, String> partOf = request.split() == null ? Map.of() : request.split().assign(articleIds);
        List<String> partNames = request.split() == null ? List.of("all") : request.split().usedParts();

        PartialExport.cleanLeftovers(destination.toAbsolutePath().getParent());
        Map<String, DatasetWriter> writers = new LinkedHashMap<>();
        PartialExport partial = null;
        Path temp = null;
        try {
            partial = PartialExport.create(destination);
            temp = partial.folder();
            ExportFolder folder = new ExportFolder(temp);
            ExportSettings settings = new ExportSettings(labels, request.spreadsheetSafe());
            for (String part : partNames) {
                writers.put(part, request.format().openWriter(folder, request.split() == null ? null : part, settings));
            }
            Tally tally = new Tally(partNames, labels);
            Set<String> kept = new LinkedHashSet<>(labels);
            source.forEachArticle(request.allStatuses(), documents -> {
                progress.checkCancelled();
                String id = documents.get(0).article().externalId();
                String part = request.split() == null ? "all" : partOf.get(id);
                if (part == null) {
                    return; // not in the selection read above (changed since): leave it out of this export
                }
                tally.article(part, id);
                for (AnnotatedDocument document : documents) {
                    AnnotatedDocument filtered = filter(document, kept, tally);
                    tally.document(part, filtered);
                    tally.notCarried(request.format().cannotCarry(), filtered);
                    write(writers.get(part), filtered);
                }
                progress.update(tally.articles, articleIds.size(), "Exported " + tally.articles + " of " + articleIds.size() + " articles");
            });
            progress.checkCancelled();
            for (DatasetWriter writer : writers.values()) {
                writer.finish().forEach((what, count) -> tally.leftOut.merge(what, count, Integer::sum));
                writer.warnings().forEach((what, count) -> tally.warnings.merge(what, count, Integer::sum));
                tally.fileNames.putAll(writer.fileNames());
            }
            List<Manifest.FileEntry> files = folder.files();
            manifest(request, source, labels, tally, files).write(temp.resolve(Manifest.FILE_NAME));
            progress.checkCancelled();
            partial.close();
            Files.move(temp, destination, StandardCopyOption.ATOMIC_MOVE);
            progress.update(tally.articles, articleIds.size(), "Exported to " + destination);
            return new ExportResult(destination, request.format().name(), tally.articles, tally.documents, tally.spans,
                    tally.byLabel(), tally.byAnnotator(), Map.copyOf(tally.leftOut), Map.copyOf(tally.warnings), tally.parts,
                    files.stream().map(f -> destination.resolve(f.path())).toList());
        } catch (IOException e) {
            abandon(writers, partial);
            throw new UncheckedIOException("export failed: " + describe(e), e);
        } catch (UncheckedIOException e) {
            abandon(writers, partial);
            throw new UncheckedIOException("export failed: " + describe(e), e.getCause());
        } catch (RuntimeException | Error e) {
            abandon(writers, partial);
            throw e;
        }
    }

    private List<String> checkedLabels(List<String> wanted) {
        List<String> known = labelsWithSource(store);
        if (wanted.isEmpty()) {
            return known;
        }
        List<String> unknown = wanted.stream().filter(l -> !known.contains(l)).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown label " + String.join(", ", unknown) + " (known: " + String.join(", ", known) + ")");
        }
        return known.stream().filter(wanted::contains).toList();
    }

    /** The labels an export and an import know: the label layer's, then the source layer's (SOURCE). */
    static List<String> labelsWithSource(Store store) {
        List<String> names = new ArrayList<>(store.labels().all().stream().map(Label::name).toList());
        names.add(store.labels().source().name());
        return List.copyOf(names);
    }

    /** Keeps the chosen labels (and the links between kept spans) and moves any span edge out of a surrogate pair. */
    private static AnnotatedDocument filter(AnnotatedDocument document, Set<String> labels, Tally tally) {
        List<LabeledSpan> spans = new ArrayList<>(document.spans().size());
        boolean changed = false;
        for (LabeledSpan span : document.spans()) {
            if (!labels.contains(span.label())) {
                changed = true;
                continue;
            }
            LabeledSpan aligned = SpanAlignment.align(document.article().text(), span);
            if (aligned != span) {
                tally.leftOut.merge(Adjustment.SPANS_WIDENED, 1, Integer::sum);
                changed = true;
            }
            spans.add(aligned);
        }
        if (!changed) {
            return document;
        }
        Set<Long> keptKeys = new HashSet<>();
        spans.forEach(span -> keptKeys.add(span.key()));
        List<LabeledLink> links = new ArrayList<>(document.links().size());
        for (LabeledLink link : document.links()) {
            if (keptKeys.contains(link.fromKey()) && keptKeys.contains(link.toKey())) {
                links.add(link);
            } else {
                tally.leftOut.merge(Adjustment.LINKS_TO_UNEXPORTED_LABELS, 1, Integer::sum);
            }
        }
        return new AnnotatedDocument(document.article(), document.annotator(), document.status(), spans, links);
    }

    private static void write(DatasetWriter writer, AnnotatedDocument document) {
        try {
            writer.write(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Manifest manifest(ExportRequest request, SpanSource source, List<String> labels, Tally tally, List<Manifest.FileEntry> files) {
        DatasetSplit split = request.split();
        return new Manifest(request.format().name(), AnnotationPart.keys(request.format().cannotCarry()), AppVersion.program(), AppVersion.schema(),
                Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString(), source.kind(),
                source.layers(), request.allStatuses(), labels,
                split == null ? null : split.train() + "/" + split.dev() + "/" + split.test(),
                split == null ? null : split.seed(), tally.articles, tally.documents, tally.spans, tally.byLabel(),
                tally.byAnnotator(), Adjustment.byKey(tally.leftOut), tally.parts, tally.documentOrder,
                new TreeMap<>(tally.fileNames), ExportWarning.byKey(tally.warnings), files);
    }

    private static void abandon(Map<String, DatasetWriter> writers, PartialExport partial) {
        for (DatasetWriter writer : writers.values()) {
            try {
                writer.close();
            } catch (IOException | RuntimeException ignored) {
                // the folder is deleted below; a writer that cannot close has nothing left to say
            }
        }
        if (partial != null) {
            try {
                partial.close();
            } catch (IOException ignored) {
                // the folder goes below; a lock that cannot be released dies with it
            }
            Folders.deleteTree(partial.folder());
        }
    }

    static String describe(Throwable e) {
        Throwable cause = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
        String message = cause.getMessage() == null ? "" : cause.getMessage().lines().findFirst().orElse("");
        return switch (cause.getClass().getSimpleName()) {
            case "NoSuchFileException" -> "no such file or folder: " + message;
            case "AccessDeniedException" -> "permission denied: " + message;
            case "FileAlreadyExistsException" -> "file already exists (two ids map to one file name?): " + message;
            default -> message.isEmpty() ? cause.getClass().getSimpleName() : message;
        };
    }

    /** Counts as the export goes. */
    private static final class Tally {
        final Map<String, List<String>> parts = new LinkedHashMap<>();
        final Map<Adjustment, Integer> leftOut = new EnumMap<>(Adjustment.class);
        final Map<ExportWarning, Integer> warnings = new EnumMap<>(ExportWarning.class);
        final Map<String, String> fileNames = new LinkedHashMap<>();
        final Map<String, List<Manifest.DocumentEntry>> documentOrder = new LinkedHashMap<>();
        private final List<String> labels;
        private final Map<String, Map<String, Integer>> byAnnotator = new TreeMap<>();
        int articles;
        int documents;
        int spans;

        Tally(List<String> partNames, List<String> labels) {
            this.labels = labels;
            partNames.forEach(p -> parts.put(p, new ArrayList<>()));
            partNames.forEach(p -> documentOrder.put(p, new ArrayList<>()));
        }

        void article(String part, String id) {
            parts.get(part).add(id);
            articles++;
        }

        void document(String part, AnnotatedDocument document) {
            documents++;
            documentOrder.get(part).add(new Manifest.DocumentEntry(document.article().externalId(), document.annotator()));
            Map<String, Integer> counts = byAnnotator.computeIfAbsent(document.annotator(), k -> zeroes());
            for (LabeledSpan span : document.spans()) {
                counts.merge(span.label(), 1, Integer::sum);
                spans++;
            }
        }

        Map<String, Integer> byLabel() {
            Map<String, Integer> total = zeroes();
            byAnnotator.values().forEach(counts -> counts.forEach((label, n) -> total.merge(label, n, Integer::sum)));
            return total;
        }

        /** Counts what the document holds that the format cannot write (as {@code <part>_not_carried}). */
        void notCarried(Set<AnnotationPart> parts, AnnotatedDocument document) {
            for (AnnotationPart part : parts) {
                int count = part.count(document);
                if (count > 0) {
                    leftOut.merge(part.leftOut(), count, Integer::sum);
                }
            }
        }

        Map<String, Map<String, Integer>> byAnnotator() {
            return byAnnotator;
        }

        private Map<String, Integer> zeroes() {
            Map<String, Integer> counts = new LinkedHashMap<>();
            labels.forEach(l -> counts.put(l, 0));
            return counts;
        }
    }
}
