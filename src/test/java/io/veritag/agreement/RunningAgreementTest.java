package io.veritag.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * Article by article gives the numbers of the calculation over the whole input in memory as it was before
 * ({@link PreBatchAgreementCalculator}), bit for bit, also when the articles are measured on other threads and
 * added in id order; out-of-order additions are refused rather than giving another continuum.
 */
class RunningAgreementTest {
    private static final LabelSet LABELS = new LabelSet(RandomCorpus.LABELS);

    @Test
    void addingArticlesOneByOneGivesTheReportOfTheWholeInput() {
        for (int seed = 1; seed <= 12; seed++) {
            Random random = new Random(seed);
            int raters = 1 + seed % 5;
            List<String> annotators = RandomCorpus.annotators(raters);
            List<ArticleAnnotations> articles = RandomCorpus.articles(random, random.nextInt(20), raters, seed % 2 == 0);
            AgreementReport before = PreBatchAgreementCalculator.compute(new AgreementInput(annotators, LABELS, articles));

            RunningAgreement running = new RunningAgreement(annotators, LABELS, true);
            articles.forEach(running::add);

            assertThat(ReportText.of(running.report())).as("seed " + seed).isEqualTo(ReportText.of(before));
            assertThat(ReportText.of(AgreementCalculator.compute(new AgreementInput(annotators, LABELS, articles))))
                    .as("seed " + seed).isEqualTo(ReportText.of(before));
        }
    }

    @Test
    void articlesMeasuredOnOtherThreadsAndAddedInOrderGiveTheSameReport() {
        Random random = new Random(77);
        List<String> annotators = RandomCorpus.annotators(3);
        List<ArticleAnnotations> articles = RandomCorpus.articles(random, 40, 3, true);
        RunningAgreement running = new RunningAgreement(annotators, LABELS, true);
        List<CompletableFuture<RunningAgreement.Measured>> measured = new ArrayList<>();
        for (ArticleAnnotations article : articles) {
            measured.add(CompletableFuture.supplyAsync(() -> running.measure(article)));
        }
        measured.forEach(m -> running.add(m.join()));

        assertThat(ReportText.of(running.report()))
                .isEqualTo(ReportText.of(PreBatchAgreementCalculator.compute(new AgreementInput(annotators, LABELS, articles))));
    }

    @Test
    void withoutKeptRowsTheRowsGoOutOneByOneAndThePooledFiguresAreTheSame() {
        for (int seed = 1; seed <= 12; seed++) {
            Random random = new Random(seed);
            int raters = 1 + seed % 5;
            List<String> annotators = RandomCorpus.annotators(raters);
            List<ArticleAnnotations> articles = RandomCorpus.articles(random, random.nextInt(20), raters, seed % 2 == 0);
            AgreementReport before = PreBatchAgreementCalculator.compute(new AgreementInput(annotators, LABELS, articles));

            RunningAgreement running = new RunningAgreement(annotators, LABELS, true, false);
            List<ArticleAgreement> rows = new ArrayList<>();
            articles.forEach(article -> rows.add(running.add(article)));
            AgreementReport pooled = running.report();

            assertThat(pooled.perArticle()).as("seed " + seed).isEmpty();
            assertThat(pooled.articles()).as("seed " + seed).isEqualTo(articles.size());
            AgreementReport withRows = new AgreementReport(pooled.annotators(), pooled.labels(), pooled.articles(),
                    pooled.tokenLevel(), pooled.unitizing(), pooled.spanLevel(), rows, pooled.linkLevel());
            assertThat(ReportText.of(withRows)).as("seed " + seed).isEqualTo(ReportText.of(before));
        }
    }

    @Test
    void refusesAnArticleBeforeOneAlreadyAdded() {
        List<ArticleAnnotations> articles = new ArrayList<>(RandomCorpus.articles(new Random(5), 3, 2, false));
        Collections.reverse(articles);
        RunningAgreement running = new RunningAgreement(RandomCorpus.annotators(2), LABELS, true);
        running.add(articles.get(0));

        assertThatThrownBy(() -> running.add(articles.get(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("added after article " + articles.get(0).articleId());
        assertThat(running.articles()).isEqualTo(1);
    }

    @Test
    void refusesAnArticleWithSpansOfAnotherNumberOfAnnotators() {
        ArticleAnnotations twoAnnotators = RandomCorpus.articles(new Random(9), 1, 2, false).get(0);

        assertThatThrownBy(() -> new RunningAgreement(RandomCorpus.annotators(3), LABELS, true).add(twoAnnotators))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has spans of 2 annotators, expected 3");
    }
}
