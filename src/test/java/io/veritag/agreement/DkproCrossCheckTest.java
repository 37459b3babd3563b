package io.veritag.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.veritag.model.TextOffsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.CohenKappaAgreement;
import org.dkpro.statistics.agreement.coding.FleissKappaAgreement;
import org.dkpro.statistics.agreement.coding.KrippendorffAlphaAgreement;
import org.dkpro.statistics.agreement.coding.PercentageAgreement;
import org.dkpro.statistics.agreement.distance.NominalDistanceFunction;
import org.dkpro.statistics.agreement.unitizing.KrippendorffAlphaUnitizingAgreement;
import org.dkpro.statistics.agreement.unitizing.UnitizingAnnotationStudy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Our report against DKPro Agreement 2.2.1 on random corpora, pooled and per article. Token categories for
 * DKPro come from an independent naive labeler over the regex tokens, not from our labeler.
 */
class DkproCrossCheckTest {
    private static final LabelSet LABELS = new LabelSet(RandomCorpus.LABELS);

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void tokenAndUnitizingMeasuresMatchDkpro(int seed) {
        Random random = new Random(seed);
        int raters = 2 + seed % 4;
        List<String> annotators = RandomCorpus.annotators(raters);
        List<ArticleAnnotations> articles = RandomCorpus.articles(random, 3 + random.nextInt(15), raters, false);

        AgreementReport report = AgreementCalculator.compute(new AgreementInput(annotators, LABELS, articles));

        checkTokenLevel(report.tokenLevel(), articles, raters);
        checkUnitizing(report.unitizing(), articles, raters);
        for (int a = 0; a < articles.size(); a++) {
            ArticleAgreement article = report.perArticle().get(a);
            assertThat(article.articleId()).isEqualTo(articles.get(a).articleId());
            checkTokenLevel(article.tokenLevel(), List.of(articles.get(a)), raters);
            checkUnitizing(article.unitizing(), List.of(articles.get(a)), raters);
        }
    }

    private static void checkTokenLevel(TokenLevel ours, List<ArticleAnnotations> articles, int raters) {
        List<String[]> items = naiveTokenCategories(articles, raters);
        assertThat(ours.tokens()).isEqualTo(items.size());
        if (items.isEmpty()) {
            assertThat(ours.fleissKappa().isDefined()).isFalse();
            return;
        }
        CodingAnnotationStudy all = new CodingAnnotationStudy(raters);
        items.forEach(item -> all.addItemAsArray(item));
        if (all.getCategoryCount() < 2) {
            // DKPro refuses a study with one category; ours: everyone agrees, chance-corrected measures are 0/0
            assertThat(ours.percentAgreement().value()).isEqualTo(1.0);
            assertThat(ours.fleissKappa().undefinedReason()).contains("same category");
            assertThat(ours.krippendorffAlphaNominal().undefinedReason()).contains("same category");
        } else {
            assertThat(ours.percentAgreement().value())
                    .isCloseTo(new PercentageAgreement(all).calculateAgreement(), within(1e-9));
            assertThat(ours.fleissKappa().value()).isCloseTo(new FleissKappaAgreement(all).calculateAgreement(), within(1e-9));
            assertThat(ours.krippendorffAlphaNominal().value()).isCloseTo(
                    new KrippendorffAlphaAgreement(all, new NominalDistanceFunction()).calculateAgreement(), within(1e-9));
        }
        for (AnnotatorPair pair : AgreementCalculator.pairs(RandomCorpus.annotators(raters))) {
            CodingAnnotationStudy two = new CodingAnnotationStudy(2);
            long[][] confusion = new long[4][4];
            for (String[] item : items) {
                two.addItem(item[pair.firstIndex()], item[pair.secondIndex()]);
                confusion[category(item[pair.firstIndex()])][category(item[pair.secondIndex()])]++;
            }
            if (two.getCategoryCount() < 2) {
                assertThat(ours.percentAgreementPairs().get(pair.key()).value()).isEqualTo(1.0);
                assertThat(ours.cohenKappaPairs().get(pair.key()).undefinedReason()).contains("same category");
            } else {
                assertThat(ours.percentAgreementPairs().get(pair.key()).value())
                        .isCloseTo(new PercentageAgreement(two).calculateAgreement(), within(1e-9));
                assertThat(ours.cohenKappaPairs().get(pair.key()).value())
                        .isCloseTo(new CohenKappaAgreement(two).calculateAgreement(), within(1e-9));
            }
            ConfusionMatrix matrix = ours.confusion().get(pair.key());
            assertThat(matrix.categories()).containsExactly("CLAIM", "DENIAL", "SPECULATION", "O");
            for (int i = 0; i < 4; i++) {
                for (int j = 0; j < 4; j++) {
                    assertThat(matrix.count(i, j)).as("%s [%d][%d]", pair.key(), i, j).isEqualTo(confusion[i][j]);
                }
            }
        }
    }

    private static void checkUnitizing(Unitizing ours, List<ArticleAnnotations> articles, int raters) {
        long length = 0;
        for (ArticleAnnotations article : articles) {
            length += TextOffsets.of(article.text()).codePointLength();
        }
        UnitizingAnnotationStudy study = new UnitizingAnnotationStudy(raters, 0, length);
        long base = 0;
        for (ArticleAnnotations article : articles) {
            TextOffsets offsets = TextOffsets.of(article.text());
            for (int r = 0; r < raters; r++) {
                for (LabeledExtent span : article.spansByAnnotator().get(r)) {
                    long start = base + offsets.toCodePoint(span.start());
                    study.addUnit(start, base + offsets.toCodePoint(span.end()) - start, r, span.label());
                }
            }
            base += offsets.codePointLength();
        }
        KrippendorffAlphaUnitizingAgreement dkpro = new KrippendorffAlphaUnitizingAgreement(study);
        if (study.getCategoryCount() == 0) {
            assertThat(ours.alphaUOverall().undefinedReason()).isEqualTo("nobody marked any span");
        } else {
            assertThat(ours.alphaUOverall().value()).isCloseTo(dkpro.calculateAgreement(), within(1e-6));
        }
        java.util.Set<Object> used = new java.util.HashSet<>();
        study.getCategories().forEach(used::add);
        for (String label : RandomCorpus.LABELS) {
            Score score = ours.alphaUPerLabel().get(label);
            if (used.contains(label)) {
                assertThat(score.value()).as(label).isCloseTo(dkpro.calculateCategoryAgreement(label), within(1e-6));
            } else {
                assertThat(score.undefinedReason()).isEqualTo("nobody used " + label);
            }
        }
    }

    /** Regex tokens, each labeled by brute force over all covering spans with the stated tie-break. */
    static List<String[]> naiveTokenCategories(List<ArticleAnnotations> articles, int raters) {
        List<String[]> items = new ArrayList<>();
        for (ArticleAnnotations article : articles) {
            Matcher m = Tokenizer.PATTERN.matcher(article.text());
            while (m.find()) {
                String[] item = new String[raters];
                for (int r = 0; r < raters; r++) {
                    LabeledExtent best = null;
                    for (LabeledExtent s : article.spansByAnnotator().get(r)) {
                        if (s.start() < m.end() && m.start() < s.end() && (best == null || beats(s, best))) {
                            best = s;
                        }
                    }
                    item[r] = best == null ? "O" : best.label();
                }
                items.add(item);
            }
        }
        return items;
    }

    private static boolean beats(LabeledExtent s, LabeledExtent best) {
        if (s.start() != best.start()) {
            return s.start() < best.start();
        }
        if (s.length() != best.length()) {
            return s.length() > best.length();
        }
        return RandomCorpus.LABELS.indexOf(s.label()) < RandomCorpus.LABELS.indexOf(best.label());
    }

    private static int category(String name) {
        return name.equals("O") ? 3 : RandomCorpus.LABELS.indexOf(name);
    }

}
