package io.veritag.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import io.veritag.model.ArticleStatus;
import io.veritag.model.NewArticle;
import io.veritag.service.Progress;
import io.veritag.service.agreement.AgreementSelection;
import io.veritag.service.agreement.AgreementService;
import io.veritag.store.Database;
import io.veritag.store.Store;
import io.veritag.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The agreement oracle through the database: the random corpora that {@link DkproCrossCheckTest} checks
 * against DKPro are stored (articles, spans, done statuses), read back by the agreement service and must give
 * exactly the numbers computed on the corpus in memory (every field; undefined stays undefined). The build runs it on H2 and again on PostgreSQL, so
 * both databases give the same numbers.
 */
class DatabaseOracleTest {
    @ParameterizedTest
    @ValueSource(ints = {2, 3, 5, 8})
    void theDatabaseGivesTheNumbersOfTheCorpusInMemory(int seed) {
        Random random = new Random(seed);
        int raters = 2 + seed % 4;
        List<String> annotators = RandomCorpus.annotators(raters);
        List<ArticleAnnotations> articles = RandomCorpus.articles(random, 3 + random.nextInt(15), raters, false);
        AgreementReport direct = AgreementCalculator.compute(new AgreementInput(annotators, new LabelSet(RandomCorpus.LABELS), articles));

        try (Database database = TestDatabase.fresh()) {
            Store store = database.store();
            List<Long> annotatorIds = new ArrayList<>();
            annotators.forEach(name -> annotatorIds.add(store.annotators().getOrCreate(name).id()));
            for (ArticleAnnotations article : articles) {
                long id = store.articles().insert(new NewArticle("x" + article.articleId(), article.title(), null, null, null,
                        article.text()), "sha-" + article.articleId());
                for (int r = 0; r < raters; r++) {
                    for (LabeledExtent span : article.spansByAnnotator().get(r)) {
                        store.spans().insert(id, annotatorIds.get(r), span.start(), span.end(), span.label(), null);
                    }
                    store.statuses().set(id, annotatorIds.get(r), ArticleStatus.DONE);
                }
            }
            AgreementReport fromDatabase = new AgreementService(store)
                    .report(new AgreementSelection(annotators, false, null, List.of()), Progress.NONE);

            assertThat(fromDatabase.articles()).isEqualTo(direct.articles());
            assertThat(fromDatabase.tokenLevel()).usingRecursiveComparison().withEqualsForType(Double::equals, Double.class).isEqualTo(direct.tokenLevel());
            assertThat(fromDatabase.unitizing()).usingRecursiveComparison().withEqualsForType(Double::equals, Double.class).isEqualTo(direct.unitizing());
            for (int a = 0; a < articles.size(); a++) {
                assertThat(fromDatabase.perArticle().get(a).tokenLevel()).usingRecursiveComparison().withEqualsForType(Double::equals, Double.class).isEqualTo(direct.perArticle().get(a).tokenLevel());
                assertThat(fromDatabase.perArticle().get(a).unitizing()).usingRecursiveComparison().withEqualsForType(Double::equals, Double.class).isEqualTo(direct.perArticle().get(a).unitizing());
            }
        }
    }
}
