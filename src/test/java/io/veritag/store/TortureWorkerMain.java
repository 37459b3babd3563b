package io.veritag.store;

import io.veritag.io.DatasetFormats;
import io.veritag.model.Annotator;
import io.veritag.model.Article;
import io.veritag.model.ArticleStatus;
import io.veritag.model.ArticleSummary;
import io.veritag.model.Span;
import io.veritag.model.gold.GoldSpan;
import io.veritag.model.gold.LabeledRange;
import io.veritag.service.BoundaryMove;
import io.veritag.service.ImportService;
import io.veritag.service.ImportSummary;
import io.veritag.service.LabelingService;
import io.veritag.service.Progress;
import io.veritag.service.SpanChange;
import io.veritag.service.adjudication.AdjudicationService;
import io.veritag.service.adjudication.ArticleAdjudication;
import io.veritag.service.adjudication.CurationSession;
import io.veritag.service.dataset.AnnotationImportService;
import io.veritag.service.dataset.AnnotationImportSummary;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Run in a child JVM by {@link CrashTortureTest}: opens an existing database and performs a random mix of real
 * operations through the services until it is killed (or, in a clean round, closes the database properly).
 *
 * <p>Protocol on stdout, one line each, flushed: {@code TRY …} names what the next operation may touch before
 * it starts; {@code OK …} states a committed result after the service call returned (acknowledged);
 * {@code DONE} ends the operation; {@code COMMITTING <prefix>} says a big import has read its last line and is
 * about to commit, so the parent can kill it mid-commit.
 *
 * <p>Arguments: database path, seed, round tag (unique per round), work folder for import files, big import
 * lines (0 for none), big import kind ({@code articles} or {@code annotations}), clean-close op count
 * (0 to run until killed).
 */
public final class TortureWorkerMain {
    static final String ANNOTATOR = "torture";
    static final String CURATOR = "torture-curator";
    private static final String[] LABELS = {"CLAIM", "DENIAL", "SPECULATION"};

    private final PrintStream out;
    private final Random random;
    private final String tag;
    private final Path work;
    private final Database database;
    private final LabelingService labeling;
    private final CurationSession curation;
    private final List<Long> articles = new ArrayList<>();
    private final List<Long> mySpans = new ArrayList<>();
    private final List<long[]> myGold = new ArrayList<>();
    /** What each undoable edit touched, mirroring the service's undo and redo stacks. */
    private final Deque<List<String>> undoTouches = new ArrayDeque<>();
    private final Deque<List<String>> redoTouches = new ArrayDeque<>();
    private int fileCounter;

    private TortureWorkerMain(Database database, long seed, String tag, Path work) {
        this.out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false, StandardCharsets.UTF_8);
        this.random = new Random(seed);
        this.tag = tag;
        this.work = work;
        this.database = database;
        Store store = database.store();
        Annotator me = store.annotators().getOrCreate(ANNOTATOR);
        this.labeling = new LabelingService(store, me);
        this.curation = new AdjudicationService(store).session(List.of(me), CURATOR);
    }

    public static void main(String[] args) throws Exception {
        Path path = Path.of(args[0]);
        long seed = Long.parseLong(args[1]);
        String tag = args[2];
        Path work = Path.of(args[3]);
        int bigLines = Integer.parseInt(args[4]);
        String bigKind = args[5];
        int cleanAfter = Integer.parseInt(args[6]);
        Database database = Database.open(path.toString());
        TortureWorkerMain worker = new TortureWorkerMain(database, seed, tag, work);
        worker.run(bigLines, bigKind, cleanAfter);
        if (cleanAfter > 0) {
            database.close();
            worker.say("CLOSED");
        }
    }

    private void run(int bigLines, String bigKind, int cleanAfter) throws IOException {
        chooseArticles();
        say("READY");
        int bigAt = bigLines > 0 ? random.nextInt(4) : -1;
        for (int op = 0; cleanAfter == 0 || op < cleanAfter; op++) {
            if (op == bigAt) {
                if (bigKind.equals("annotations")) {
                    importAnnotations(bigLines, true);
                } else {
                    importArticles(bigLines, true);
                }
            } else {
                randomOperation();
            }
            say("DONE");
            if (random.nextInt(100) < 10) {
                pause(); // a reviewer reading: the store's background writer gets idle time to tidy the file
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(200 + random.nextInt(1500));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void chooseArticles() {
        Store store = database.store();
        if (store.articles().count() == 0) {
            new ImportService(store).importSamples(Progress.NONE);
        }
        List<ArticleSummary> all = store.articles().summaries().stream().filter(a -> a.length() >= 40).toList();
        store.spans().countsByArticle(labeling.annotator().id()).keySet().forEach(articles::add);
        for (int i = 0; i < 6 && !all.isEmpty(); i++) {
            long id = all.get(random.nextInt(all.size())).id();
            if (!articles.contains(id)) {
                articles.add(id);
            }
        }
        for (long article : articles) {
            labeling.spans(article).forEach(s -> mySpans.add(s.id()));
            for (GoldSpan gold : curation.service().load(article, curation.annotators()).gold()) {
                myGold.add(new long[] {gold.id(), article});
            }
        }
    }

    private void randomOperation() throws IOException {
        int pick = random.nextInt(100);
        try {
            if (pick < 28 || mySpans.isEmpty()) {
                create();
            } else if (pick < 38) {
                relabel();
            } else if (pick < 48) {
                move();
            } else if (pick < 55) {
                note();
            } else if (pick < 67) {
                delete();
            } else if (pick < 73) {
                status();
            } else if (pick < 81) {
                undo();
            } else if (pick < 85) {
                redo();
            } else if (pick < 89) {
                importArticles(1 + random.nextInt(40), false);
            } else if (pick < 92) {
                importAnnotations(1 + random.nextInt(20), false);
            } else if (pick < 97) {
                addGold();
            } else {
                removeGold();
            }
        } catch (RuntimeException refused) {
            // a refused edit (duplicate span, nothing to undo…) rolls back: nothing was acknowledged
            say("FAIL " + refused.getClass().getSimpleName());
        }
    }

    private void create() {
        Article article = openArticle(randomArticle());
        int start = random.nextInt(article.length() - 10);
        int end = Math.min(article.length(), start + 1 + random.nextInt(30));
        say("TRY NEW");
        SpanChange change = labeling.createSpan(article, start, end, label(), random.nextBoolean());
        acknowledge(change);
    }

    private void relabel() {
        Span span = randomSpan();
        say("TRY S " + span.id());
        labeling.relabel(span.id(), label()).ifPresent(this::acknowledge);
    }

    private void move() {
        Span span = randomSpan();
        Article article = openArticle(span.articleId());
        BoundaryMove boundaryMove = new BoundaryMove(pick(BoundaryMove.Edge.values()), pick(BoundaryMove.Direction.values()),
                pick(BoundaryMove.Unit.values()));
        say("TRY S " + span.id());
        labeling.adjust(article, span.id(), boundaryMove).ifPresent(this::acknowledge);
    }

    private void note() {
        Span span = randomSpan();
        say("TRY S " + span.id());
        String note = random.nextInt(4) == 0 ? "" : "note-" + Long.toHexString(random.nextLong());
        labeling.editNote(span.id(), note).ifPresent(this::acknowledge);
    }

    private void delete() {
        Span span = randomSpan();
        say("TRY S " + span.id());
        acknowledge(labeling.delete(span.id()));
    }

    private void status() {
        long article = randomArticle();
        say("TRY A " + article);
        ArticleStatus[] statuses = ArticleStatus.values();
        labeling.setStatus(article, statuses[random.nextInt(statuses.length)]).ifPresent(this::acknowledge);
    }

    private void undo() {
        if (undoTouches.isEmpty()) {
            return;
        }
        say("TRY " + String.join(" ", undoTouches.peek()));
        SpanChange change = labeling.undo();
        redoTouches.push(undoTouches.pop());
        report(change);
    }

    private void redo() {
        if (redoTouches.isEmpty()) {
            return;
        }
        say("TRY " + String.join(" ", redoTouches.peek()));
        SpanChange change = labeling.redo();
        undoTouches.push(redoTouches.pop());
        report(change);
    }

    private void acknowledge(SpanChange change) {
        undoTouches.push(touches(change));
        redoTouches.clear();
        report(change);
    }

    private static List<String> touches(SpanChange change) {
        List<String> touched = new ArrayList<>();
        change.removed().forEach(s -> touched.add("S " + s.id()));
        change.added().forEach(s -> touched.add("S " + s.id()));
        if (change.status() != null || touched.isEmpty()) {
            touched.add("A " + change.articleId());
        }
        return touched;
    }

    private void report(SpanChange change) {
        for (Span removed : change.removed()) {
            if (change.added().stream().noneMatch(a -> a.id() == removed.id())) {
                mySpans.remove(removed.id());
                say("OK D " + removed.id());
            }
        }
        for (Span added : change.added()) {
            if (!mySpans.contains(added.id())) {
                mySpans.add(added.id());
            }
            say("OK S " + added.id() + " " + added.articleId() + " " + added.start() + " " + added.end() + " "
                    + added.label() + " " + (added.note() == null ? "-" : added.note()));
        }
        if (change.status() != null) {
            say("OK A " + change.articleId() + " " + change.status());
        }
    }

    private void importArticles(int lines, boolean big) throws IOException {
        String prefix = prefix("i");
        Path file = work.resolve(prefix + ".jsonl");
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int j = 0; j < lines; j++) {
                w.write("{\"id\":\"" + prefix + "-" + j + "\",\"title\":\"Article " + j + " of " + prefix
                        + "\",\"source\":\"torture\",\"text\":\"" + articleText(prefix, j) + "\"}\n");
            }
        }
        say("TRY IMPORT " + prefix + " " + lines);
        ImportSummary summary = new ImportService(database.store()).importPaths(List.of(file),
                lastItemSignal(big, lines, prefix));
        if (summary.failed() > 0 || summary.imported() != lines) {
            say("FAIL import " + summary.describe().replace('\n', ' '));
            return;
        }
        say("OK IMPORT " + prefix);
    }

    private void importAnnotations(int lines, boolean big) throws IOException {
        String prefix = prefix("a");
        String annotator = "imp-" + prefix;
        Path file = work.resolve(prefix + ".jsonl");
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int j = 0; j < lines; j++) {
                w.write("{\"id\":\"" + prefix + "-" + j + "\",\"title\":\"Annotated " + j + "\",\"text\":\""
                        + articleText(prefix, j) + "\",\"annotator\":\"" + annotator + "\",\"status\":\"done\","
                        + "\"spans\":[{\"start\":0,\"end\":4,\"label\":\"CLAIM\",\"text\":\"Word\"},"
                        + "{\"start\":5,\"end\":9,\"label\":\"DENIAL\",\"text\":\"Text\",\"note\":\"n" + j + "\"}]}\n");
            }
        }
        say("TRY ANN " + annotator + " " + prefix + " " + lines + " " + (2 * lines));
        AnnotationImportSummary summary = new AnnotationImportService(database.store())
                .importAnnotations(DatasetFormats.require("jsonl"), file, lastItemSignal(big, lines, prefix));
        if (!summary.errors().isEmpty()) {
            say("FAIL annotations " + summary.errors().get(0).replace('\n', ' '));
            return;
        }
        say("OK ANN " + annotator);
    }

    /** Unique, word-rich text: its start is "Word Text" so that the annotation spans fit. */
    private String articleText(String prefix, int j) {
        return "Word Text " + prefix + " line " + j + ": officials said the bridge was closed on Tuesday, while"
                + " residents denied any damage and analysts speculated about the cause " + random.nextLong() + ".";
    }

    private String prefix(String kind) {
        return tag + kind + (fileCounter++);
    }

    /** Progress that announces, for a big import, that the last item has been read and the commit begins. */
    private Progress lastItemSignal(boolean big, int items, String prefix) {
        return new Progress() {
            private int seen;

            @Override
            public void update(long done, long total, String message) {
            }

            @Override
            public boolean isCancelled() {
                if (big && ++seen == items) {
                    say("COMMITTING " + prefix);
                }
                return false;
            }
        };
    }

    private void addGold() {
        long articleId = randomArticle();
        Article article = openArticle(articleId);
        int start = random.nextInt(article.length() - 10);
        LabeledRange range = new LabeledRange(start, start + 1 + random.nextInt(9), label());
        say("TRY NEWGOLD");
        ArticleAdjudication after = curation.add(articleId, range, "torture");
        GoldSpan gold = after.gold().stream().filter(g -> g.range().equals(range)).findFirst().orElseThrow();
        myGold.add(new long[] {gold.id(), articleId});
        say("OK G " + gold.id() + " " + articleId + " " + range.start() + " " + range.end() + " " + range.label());
    }

    private void removeGold() {
        if (myGold.isEmpty()) {
            return;
        }
        long[] gold = myGold.get(random.nextInt(myGold.size()));
        say("TRY G " + gold[0]);
        curation.remove(gold[1], gold[0], "torture");
        myGold.remove(gold);
        say("OK GD " + gold[0]);
    }

    /** Opening may move a to-do article with spans to in progress (a commit of its own): reported like any other. */
    private Article openArticle(long articleId) {
        say("TRY A " + articleId);
        var opened = labeling.open(articleId);
        say("OK A " + articleId + " " + opened.status());
        return opened.article();
    }

    private long randomArticle() {
        return articles.get(random.nextInt(articles.size()));
    }

    private Span randomSpan() {
        long id = mySpans.get(random.nextInt(mySpans.size()));
        Optional<Span> span = database.store().spans().get(id);
        return span.orElseThrow(() -> new IllegalStateException("span " + id + " vanished while this worker ran"));
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private String label() {
        return LABELS[random.nextInt(LABELS.length)];
    }

    private void say(String line) {
        out.println(line);
        out.flush();
    }
}
