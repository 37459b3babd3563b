package io.veritag.service.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.veritag.agreement.AgreementInput;
import io.veritag.agreement.AgreementReport;
import io.veritag.agreement.PreBatchAgreementCalculator;
import io.veritag.agreement.ReportText;
import io.veritag.model.ArticleStatus;
import io.veritag.model.Label;
import io.veritag.model.LinkType;
import io.veritag.model.NewArticle;
import io.veritag.model.SourceType;
import io.veritag.model.Span;
import io.veritag.service.CancelledException;
import io.veritag.service.Progress;
import io.veritag.service.agreement.report.ReportFormat;
import io.veritag.service.agreement.report.StreamingReport;
import io.veritag.store.Database;
import io.veritag.store.Store;
import io.veritag.testing.TestDatabase;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report read and computed a batch of articles at a time gives exactly the numbers (every field, bit for
 * bit; undefined stays undefined with its reason) of the way it was computed before, with the whole selection
 * in memory ({@link PreBatchAgreementRead} and {@link PreBatchAgreementCalculator}, kept verbatim), for every
 * kind of selection, every span origin and batches of 1, 7 and the default size. The corpus is generated
 * (fixed seed) to hold what breaks such a path: articles nobody marked, articles only one annotator marked,
 * emoji and combining marks before and inside spans, overlapping spans of one annotator, source spans, links,
 * unsure flags, accepted suggestions, unfinished and untouched articles, and an annotator who never marked
 * anything. Runs on H2 and again on PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BatchedAgreementTest {
    private static final String[] WORDS = {"the", "mayor", "said", "Херсон", "не", "was", "denied", ",", ".", "—",
            "«", "»", "2022", "😀", "café", "e\u0301", "🇺🇦", "!", "?", "claims", "might", "x", "👩‍👩‍👧"};
    private static final List<String> LABELS = List.of(Label.CLAIM, Label.DENIAL, Label.SPECULATION);
    private static final int ARTICLES = 45;

    private Database database;
    private Store store;

    @BeforeAll
    void generate() {
        database = TestDatabase.fresh();
        store = database.store();
        Random random = new Random(20261201);
        List<Long> annotators = new ArrayList<>();
        for (String name : List.of("boris", "anna", "dmitri", "carol")) {
            annotators.add(store.annotators().getOrCreate(name).id());
        }
        long erik = store.annotators().getOrCreate("erik").id(); // finishes everything, never marks anything
        for (int a = 0; a < ARTICLES; a++) {
            String text = a % 9 == 4 ? "Plain ASCII text, no emoji at all here." : text(random);
            long article = store.articles().insert(new NewArticle("x" + a, "Article " + a + " 😀",
                    a % 3 == 0 ? "Outlet B" : "Outlet A", null, null, text), "sha-" + a);
            store.statuses().set(article, erik, ArticleStatus.DONE);
            int kind = a % 7; // 0: nobody marked it; 1: only the first annotator did; otherwise everyone may
            for (int r = 0; r < annotators.size(); r++) {
                long annotator = annotators.get(r);
                if (kind != 0 && (kind != 1 || r == 0)) {
                    annotate(random, article, annotator, text);
                }
                ArticleStatus status = a % 11 == 5 && r == 2 ? ArticleStatus.IN_PROGRESS
                        : a % 13 == 6 && r == 3 ? ArticleStatus.TODO : ArticleStatus.DONE;
                if (status != ArticleStatus.TODO) {
                    store.statuses().set(article, annotator, status);
                }
            }
        }
    }

    @AfterAll
    void close() {
        database.close();
    }

    private static String text(Random random) {
        StringBuilder text = new StringBuilder(random.nextBoolean() ? "🇺🇦 " : "");
        int words = 3 + random.nextInt(60);
        for (int i = 0; i < words; i++) {
            text.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(8) == 0 ? "\n" : " ");
        }
        return text.toString();
    }

    /** Label spans (some overlapping, some unsure, some accepted suggestions), sources and links, on code point boundaries. */
    private void annotate(Random random, long article, long annotator, String text) {
        List<Span> marked = new ArrayList<>();
        List<Span> sources = new ArrayList<>();
        int spans = random.nextInt(8);
        for (int attempt = 0; attempt < 20 && marked.size() + sources.size() < spans; attempt++) {
            int start = boundary(text, random.nextInt(text.length()));
            int end = boundary(text, Math.min(text.length(), start + 1 + random.nextInt(30)));
            if (end <= start) {
                continue;
            }
            boolean source = random.nextInt(5) == 0;
            String label = source ? Label.SOURCE : LABELS.get(random.nextInt(LABELS.size()));
            boolean taken = (source ? sources : marked).stream()
                    .anyMatch(s -> s.start() == start && s.end() == end && s.label().equals(label));
            if (taken) {
                continue;
            }
            Span span = store.spans().insert(article, annotator, start, end, label, null,
                    source ? SourceType.values()[random.nextInt(SourceType.values().length)] : null, null);
            if (random.nextInt(4) == 0) {
                span = store.spans().setFlags(span.id(), span.sourceType(), true);
            }
            if (random.nextInt(5) == 0) {
                store.suggestions().setOrigin(span.id(), "same-text");
            }
            (source ? sources : marked).add(span);
        }
        for (Span from : marked) {
            if (random.nextInt(3) == 0) {
                continue;
            }
            for (Span to : sources) {
                if (random.nextBoolean()) {
                    store.links().insert(from, to, LinkType.SAID_BY);
                    break;
                }
            }
            for (Span to : marked) {
                LinkType type = from.label().equals(Label.DENIAL) ? LinkType.DENIES
                        : from.label().equals(Label.SPECULATION) ? LinkType.HEDGES : null;
                if (type != null && to.label().equals(Label.CLAIM) && random.nextBoolean()) {
                    store.links().insert(from, to, type);
                    break;
                }
            }
        }
    }

    /** Where the first character outside the BMP (an emoji, a flag) starts, or the text's length. */
    private static int firstSupplementary(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isHighSurrogate(text.charAt(i))) {
                return i;
            }
        }
        return text.length();
    }

    /** The offset moved back to a code point boundary (never inside a surrogate pair). */
    private static int boundary(String text, int offset) {
        return offset > 0 && offset < text.length() && Character.isLowSurrogate(text.charAt(offset)) ? offset - 1 : offset;
    }

    private static List<AgreementSelection> selections() {
        return List.of(
                AgreementSelection.ALL,
                new AgreementSelection(List.of(), true, null, List.of()),
                new AgreementSelection(List.of("anna", "boris", "carol"), false, null, List.of()),
                new AgreementSelection(List.of("anna", "boris"), false, "Outlet B", List.of()),
                new AgreementSelection(List.of(), true, null, List.of(Label.CLAIM, Label.SPECULATION)),
                new AgreementSelection(List.of("anna"), false, null, List.of()),
                new AgreementSelection(List.of("erik", "anna"), false, null, List.of()),
                new AgreementSelection(List.of("carol", "dmitri", "erik"), true, "Outlet A", List.of(Label.DENIAL)),
                new AgreementSelection(List.of(), false, "nowhere", List.of()));
    }

    @Test
    void theCorpusHoldsTheEdgeCases() {
        AgreementInput all = new PreBatchAgreementRead(store, SpanOrigins.ALL)
                .load(new AgreementSelection(List.of("anna", "boris", "carol", "dmitri", "erik"), true, null, List.of()), Progress.NONE);
        assertThat(all.articles()).hasSizeGreaterThan(30);
        assertThat(new PreBatchAgreementRead(store, SpanOrigins.ALL).load(AgreementSelection.ALL, Progress.NONE).articles())
                .hasSizeBetween(20, ARTICLES - 1); // some left out as unfinished
        assertThat(all.articles()).anyMatch(a -> a.spansByAnnotator().stream().allMatch(List::isEmpty));
        assertThat(all.articles()).anyMatch(a -> a.spansByAnnotator().stream().filter(s -> !s.isEmpty()).count() == 1);
        assertThat(all.articles()).anyMatch(a -> a.spansByAnnotator().stream().flatMap(List::stream)
                .anyMatch(s -> s.start() > firstSupplementary(a.text())));
        assertThat(all.articles()).anyMatch(a -> a.linksByAnnotator().stream().anyMatch(l -> !l.links().isEmpty()));
        assertThat(all.articles()).anyMatch(a -> a.linksByAnnotator().stream().anyMatch(l -> !l.sources().isEmpty()));
        assertThat(store.suggestions().acceptedSpanIds()).isNotEmpty();
    }

    @Test
    void everySelectionAndBatchSizeGivesTheNumbersOfTheWholeProjectInMemory() {
        for (SpanOrigins origins : SpanOrigins.values()) {
            for (AgreementSelection selection : selections()) {
                String reference = ReportText.of(PreBatchAgreementCalculator.compute(
                        new PreBatchAgreementRead(store, origins).load(selection, Progress.NONE)));
                for (int batch : new int[] {1, 7, AgreementService.BATCH}) {
                    AgreementService service = new AgreementService(store).counting(origins).readingBatchesOf(batch);
                    String what = origins + ", " + selection + ", batches of " + batch;

                    assertThat(ReportText.of(service.report(selection, Progress.NONE))).as(what).isEqualTo(reference);
                }
            }
        }
    }

    @Test
    void theReportStreamedRowByRowIsTheTextOfTheWholeReportInEveryFormat(@TempDir Path spool) throws IOException {
        for (SpanOrigins origins : SpanOrigins.values()) {
            for (AgreementSelection selection : selections()) {
                for (int batch : new int[] {3, AgreementService.BATCH}) {
                    AgreementService service = new AgreementService(store).counting(origins).readingBatchesOf(batch);
                    AgreementReport whole = service.report(selection, Progress.NONE);
                    for (ReportFormat format : ReportFormat.values()) {
                        String what = format + ", " + origins + ", " + selection + ", batches of " + batch;
                        StringWriter expected = new StringWriter();
                        format.writer().write(whole, expected);
                        StringWriter streamed = new StringWriter();
                        List<Long> order = new ArrayList<>();
                        try (StreamingReport report = format.writer().streaming(spool)) {
                            AgreementReport pooled = service.report(selection, Progress.NONE, row -> {
                                order.add(row.articleId());
                                try {
                                    report.article(row);
                                } catch (IOException e) {
                                    throw new UncheckedIOException(e);
                                }
                            });
                            assertThat(pooled.perArticle()).as(what).isEmpty();
                            assertThat(pooled.articles()).as(what).isEqualTo(whole.articles());
                            report.finish(pooled, streamed);
                        }

                        assertThat(streamed.toString()).as(what).isEqualTo(expected.toString());
                        assertThat(order).as(what).isSorted().hasSize(whole.perArticle().size());
                    }
                }
            }
        }
        try (var left = Files.list(spool)) {
            assertThat(left).as("spool files left behind").isEmpty();
        }
    }

    @Test
    void aReportAbandonedHalfWayLeavesNoSpool(@TempDir Path spool) throws IOException {
        AgreementService service = new AgreementService(store).readingBatchesOf(2);
        try (StreamingReport report = ReportFormat.JSON.writer().streaming(spool)) {
            assertThatThrownBy(() -> service.report(AgreementSelection.ALL, Progress.NONE, row -> {
                throw new UncheckedIOException(new IOException("disk full"));
            })).hasRootCauseMessage("disk full");
        }
        try (var left = Files.list(spool)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void theWindowGetsTheSameInputAndReportAsBefore() {
        for (AgreementSelection selection : selections()) {
            AgreementInput before = new PreBatchAgreementRead(store, SpanOrigins.MANUAL).load(selection, Progress.NONE);
            AgreementService.Computed computed = new AgreementService(store).counting(SpanOrigins.MANUAL)
                    .readingBatchesOf(4).compute(selection, Progress.NONE);

            AgreementInput loaded = new AgreementService(store).counting(SpanOrigins.MANUAL).readingBatchesOf(3)
                    .load(selection, Progress.NONE);
            for (AgreementInput input : List.of(computed.input(), loaded)) {
                assertThat(input.annotators()).as(selection.toString()).isEqualTo(before.annotators());
                assertThat(input.labels().names()).as(selection.toString()).isEqualTo(before.labels().names());
                assertThat(input.articles()).as(selection.toString()).isEqualTo(before.articles()); // records: every span, link, flag
            }
            assertThat(ReportText.of(computed.report())).as(selection.toString())
                    .isEqualTo(ReportText.of(PreBatchAgreementCalculator.compute(before)));
        }
    }

    @Test
    void cancellingBetweenBatchesStopsTheReport() {
        AtomicInteger batches = new AtomicInteger();
        Progress cancelAfterTwoBatches = new Progress() {
            @Override
            public void update(long done, long total, String message) {
                if (message.endsWith(" articles") && message.contains(" of ")) {
                    batches.incrementAndGet();
                }
            }

            @Override
            public boolean isCancelled() {
                return batches.get() >= 2;
            }
        };

        assertThatThrownBy(() -> new AgreementService(store).readingBatchesOf(5).report(AgreementSelection.ALL, cancelAfterTwoBatches))
                .isInstanceOf(CancelledException.class);
        assertThat(batches.get()).isEqualTo(2);
    }

    @Test
    void aBatchHoldsAtLeastOneArticle() {
        assertThatThrownBy(() -> new AgreementService(store).readingBatchesOf(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("a batch holds at least one article, not 0");
    }
}
