package io.veritag.service.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.veritag.agreement.AgreementCalculator;
import io.veritag.service.CancelledException;
import io.veritag.service.Progress;
import io.veritag.agreement.AgreementInput;
import io.veritag.agreement.AgreementReport;
import io.veritag.agreement.ArticleAnnotations;
import io.veritag.agreement.LabeledExtent;
import io.veritag.store.Database;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AgreementServiceTest {
    private Database database;
    private AgreementService service;
    private AgreementFixture fixture;

    @BeforeEach
    void setUp() {
        database = io.veritag.testing.TestDatabase.fresh();
        fixture = AgreementFixture.populate(database.store());
        service = new AgreementService(database.store());
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    @Test
    void byDefaultComparesEveryoneWithSpansOnArticlesAllOfThemFinished() {
        AgreementInput input = service.load(AgreementSelection.ALL, Progress.NONE);

        assertThat(input.annotators()).containsExactly("anna", "boris", "carol");
        assertThat(input.articles()).isEmpty(); // carol finished nothing
        assertThat(service.annotatorsWithSpans()).containsExactly("anna", "boris", "carol");
    }

    @Test
    void choosesNamedAnnotatorsInNameOrderAndTheirDoneArticles() {
        AgreementInput input = service.load(new AgreementSelection(List.of("boris", "anna"), false, null, List.of()), Progress.NONE);

        assertThat(input.annotators()).containsExactly("anna", "boris");
        assertThat(input.articles()).extracting(ArticleAnnotations::articleId)
                .containsExactly(fixture.article1, fixture.article2, fixture.article3);
        assertThat(input.articles().get(0).spansByAnnotator().get(0))
                .containsExactly(new LabeledExtent(0, 33, "CLAIM"), new LabeledExtent(35, 62, "DENIAL"));
        assertThat(input.labels().names()).containsExactly("CLAIM", "DENIAL", "SPECULATION");
    }

    @Test
    void includeUnfinishedAddsArticlesEveryoneHasAtLeastStarted() {
        AgreementInput input = service.load(new AgreementSelection(List.of(), true, null, List.of()), Progress.NONE);

        assertThat(input.articles()).extracting(ArticleAnnotations::articleId).containsExactly(fixture.article2);
    }

    @Test
    void filtersBySourceAndByLabel() {
        AgreementInput bySource = service.load(new AgreementSelection(List.of("anna", "boris"), false, "Outlet A", List.of()), Progress.NONE);
        assertThat(bySource.articles()).extracting(ArticleAnnotations::articleId).containsExactly(fixture.article1, fixture.article3);

        AgreementInput byLabel = service.load(new AgreementSelection(List.of("anna", "boris"), false, null, List.of("DENIAL")), Progress.NONE);
        assertThat(byLabel.labels().names()).containsExactly("DENIAL");
        assertThat(byLabel.articles().get(0).spansByAnnotator()).containsExactly(
                List.of(new LabeledExtent(35, 62, "DENIAL")), List.of());
    }

    @Test
    void rejectsUnknownAnnotatorsAndLabelsWithTheKnownOnes() {
        assertThatThrownBy(() -> service.load(new AgreementSelection(List.of("zoe"), false, null, List.of()), Progress.NONE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown annotator 'zoe' (known: anna, boris, carol, dmitri)");
        assertThatThrownBy(() -> service.load(new AgreementSelection(List.of(), false, null, List.of("RUMOUR")), Progress.NONE))
                .hasMessage("unknown label 'RUMOUR' (known: CLAIM, DENIAL, SPECULATION)");
    }

    @Test
    void reportIsTheCalculatorsReportOnTheLoadedInputAndReportsProgress() {
        AgreementSelection selection = new AgreementSelection(List.of("anna", "boris"), false, null, List.of());
        AtomicInteger updates = new AtomicInteger();
        AgreementReport report = service.report(selection, new Progress() {
            @Override
            public void update(long done, long total, String message) {
                updates.incrementAndGet();
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        });
        AgreementReport direct = AgreementCalculator.compute(service.load(selection, Progress.NONE));

        assertThat(report.articles()).isEqualTo(3);
        assertThat(report.unitizing().alphaUOverall().value()).isCloseTo(direct.unitizing().alphaUOverall().value(), within(1e-15));
        assertThat(report.tokenLevel().cohenKappaPairs().get("anna|boris").value())
                .isCloseTo(direct.tokenLevel().cohenKappaPairs().get("anna|boris").value(), within(1e-15));
        assertThat(updates.get()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void stopsWhenCancelled() {
        assertThatThrownBy(() -> service.report(AgreementSelection.ALL, new Progress() {
            @Override
            public void update(long done, long total, String message) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        })).isInstanceOf(CancelledException.class);
    }
}
