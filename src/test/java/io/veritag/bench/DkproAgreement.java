package io.veritag.bench;

import io.veritag.agreement.AgreementCalculator;
import io.veritag.agreement.AgreementInput;
import io.veritag.agreement.AnnotatorPair;
import io.veritag.agreement.ArticleAnnotations;
import io.veritag.agreement.LabeledExtent;
import io.veritag.agreement.SpanMatching;
import io.veritag.agreement.SpanScores;
import io.veritag.agreement.TokenLabeler;
import io.veritag.agreement.Tokenizer;
import io.veritag.agreement.Tokens;
import io.veritag.model.TextOffsets;
import java.util.ArrayList;
import java.util.List;
import org.dkpro.statistics.agreement.InsufficientDataException;
import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.CohenKappaAgreement;
import org.dkpro.statistics.agreement.coding.FleissKappaAgreement;
import org.dkpro.statistics.agreement.coding.KrippendorffAlphaAgreement;
import org.dkpro.statistics.agreement.coding.PercentageAgreement;
import org.dkpro.statistics.agreement.distance.NominalDistanceFunction;
import org.dkpro.statistics.agreement.unitizing.KrippendorffAlphaUnitizingAgreement;
import org.dkpro.statistics.agreement.unitizing.UnitizingAnnotationStudy;

/**
 * The same report computed the DKPro Agreement way, for the benchmark's comparison: our tokenizer and token
 * labeler (DKPro has none), then DKPro coding studies for percent agreement, Cohen's kappa per pair,
 * Fleiss' kappa and Krippendorff's alpha, and DKPro's alpha_u, pooled and per article. DKPro has no span
 * precision/recall, so both sides use {@link SpanMatching} for that part.
 */
public final class DkproAgreement {
    private DkproAgreement() {
    }

    /** Returns a checksum of all values so that nothing is optimised away. */
    public static double compute(AgreementInput input) {
        int raters = input.annotators().size();
        List<AnnotatorPair> pairs = AgreementCalculator.pairs(input.annotators());
        List<String> labels = input.labels().names();
        CodingAnnotationStudy pooled = new CodingAnnotationStudy(raters);
        List<CodingAnnotationStudy> pooledPairs = new ArrayList<>();
        for (int p = 0; p < pairs.size(); p++) {
            pooledPairs.add(new CodingAnnotationStudy(2));
        }
        long length = 0;
        for (ArticleAnnotations a : input.articles()) {
            length += TextOffsets.of(a.text()).codePointLength();
        }
        UnitizingAnnotationStudy pooledUnits = new UnitizingAnnotationStudy(raters, 0, length);
        double checksum = 0;
        long base = 0;
        for (ArticleAnnotations article : input.articles()) {
            Tokens tokens = Tokenizer.tokenize(article.text());
            int[][] categories = new int[raters][];
            for (int r = 0; r < raters; r++) {
                categories[r] = TokenLabeler.categories(tokens, article.spansByAnnotator().get(r), input.labels());
            }
            CodingAnnotationStudy study = new CodingAnnotationStudy(raters);
            List<CodingAnnotationStudy> pairStudies = new ArrayList<>();
            for (int p = 0; p < pairs.size(); p++) {
                pairStudies.add(new CodingAnnotationStudy(2));
            }
            for (int t = 0; t < tokens.count(); t++) {
                Object[] item = new Object[raters];
                for (int r = 0; r < raters; r++) {
                    item[r] = input.labels().categoryName(categories[r][t]);
                }
                study.addItemAsArray(item);
                pooled.addItemAsArray(item);
                for (int p = 0; p < pairs.size(); p++) {
                    Object a = item[pairs.get(p).firstIndex()];
                    Object b = item[pairs.get(p).secondIndex()];
                    pairStudies.get(p).addItem(a, b);
                    pooledPairs.get(p).addItem(a, b);
                }
            }
            checksum += coding(study, pairStudies);

            TextOffsets offsets = TextOffsets.of(article.text());
            UnitizingAnnotationStudy units = new UnitizingAnnotationStudy(raters, 0, offsets.codePointLength());
            for (int r = 0; r < raters; r++) {
                for (LabeledExtent s : article.spansByAnnotator().get(r)) {
                    long start = offsets.toCodePoint(s.start());
                    long end = offsets.toCodePoint(s.end());
                    units.addUnit(start, end - start, r, s.label());
                    pooledUnits.addUnit(base + start, end - start, r, s.label());
                }
            }
            base += offsets.codePointLength();
            checksum += unitizing(units, labels);
            for (AnnotatorPair pair : pairs) {
                SpanScores s = SpanMatching.compare(article.spansByAnnotator().get(pair.firstIndex()),
                        article.spansByAnnotator().get(pair.secondIndex()), input.labels());
                checksum += s.exact().f1().asOptional().orElse(0);
            }
        }
        checksum += coding(pooled, pooledPairs);
        checksum += unitizing(pooledUnits, labels);
        return checksum;
    }

    private static double coding(CodingAnnotationStudy study, List<CodingAnnotationStudy> pairs) {
        double sum = 0;
        try {
            sum += new PercentageAgreement(study).calculateAgreement();
            sum += new FleissKappaAgreement(study).calculateAgreement();
            sum += new KrippendorffAlphaAgreement(study, new NominalDistanceFunction()).calculateAgreement();
        } catch (InsufficientDataException oneCategory) {
            sum += 1;
        }
        for (CodingAnnotationStudy pair : pairs) {
            try {
                sum += new PercentageAgreement(pair).calculateAgreement();
                sum += new CohenKappaAgreement(pair).calculateAgreement();
            } catch (InsufficientDataException oneCategory) {
                sum += 1;
            }
        }
        return sum;
    }

    private static double unitizing(UnitizingAnnotationStudy study, List<String> labels) {
        KrippendorffAlphaUnitizingAgreement alpha = new KrippendorffAlphaUnitizingAgreement(study);
        double sum = alpha.calculateAgreement();
        for (String label : labels) {
            sum += alpha.calculateCategoryAgreement(label);
        }
        return sum;
    }
}
