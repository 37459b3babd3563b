package io.veritag.agreement;

import io.veritag.model.TextOffsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The agreement calculation as it was before reports were computed article by article ({@link RunningAgreement}):
 * every article of the input in memory, one loop. Kept verbatim (main at 461f63c) as the reference that the
 * batched report must equal number for number.
 */
public final class PreBatchAgreementCalculator {
    private PreBatchAgreementCalculator() {
    }

    public static AgreementReport compute(AgreementInput input) {
        List<String> annotators = input.annotators();
        LabelSet labels = input.labels();
        int raters = annotators.size();
        List<AnnotatorPair> pairs = AgreementCalculator.pairs(annotators);
        List<ArticleAnnotations> articles = new ArrayList<>(input.articles());
        articles.sort(Comparator.comparingLong(ArticleAnnotations::articleId));

        CategoricalTally tokens = new CategoricalTally(labels, pairs, raters);
        UnitizingContinuum continuum = new UnitizingContinuum(labels, raters);
        List<SpanTally> spanTallies = new ArrayList<>();
        List<LinkTally> linkTallies = new ArrayList<>();
        for (int p = 0; p < pairs.size(); p++) {
            spanTallies.add(new SpanTally(labels));
            linkTallies.add(new LinkTally());
        }
        List<ArticleAgreement> perArticle = new ArrayList<>(articles.size());
        for (ArticleAnnotations article : articles) {
            List<List<LabeledExtent>> spans = article.spansByAnnotator();

            Tokens articleTokens = Tokenizer.tokenize(article.text());
            int[][] categories = new int[raters][];
            for (int r = 0; r < raters; r++) {
                categories[r] = TokenLabeler.categories(articleTokens, spans.get(r), labels);
            }
            CategoricalTally articleTally = new CategoricalTally(labels, pairs, raters);
            articleTally.add(categories);
            tokens.addAll(articleTally);

            TextOffsets offsets = TextOffsets.of(article.text());
            List<List<LabeledExtent>> inCodePoints = AgreementCalculator.toCodePoints(spans, offsets, article.text().length());
            UnitizingContinuum articleContinuum = new UnitizingContinuum(labels, raters);
            articleContinuum.addText(offsets.codePointLength(), inCodePoints);
            continuum.addText(offsets.codePointLength(), inCodePoints);

            Map<String, SpanScores> articleSpans = new LinkedHashMap<>();
            Map<String, LinkScores> articleLinks = new LinkedHashMap<>();
            LinkIndex[] links = input.linkMeasures() ? AgreementCalculator.linkIndexes(article) : null;
            for (int p = 0; p < pairs.size(); p++) {
                AnnotatorPair pair = pairs.get(p);
                int a = pair.firstIndex();
                int b = pair.secondIndex();
                // one exact pairing serves the span counts and, grown by overlap, the link measures
                SpanPairing.Exact exactPairs = SpanPairing.Exact.of(spans.get(a), spans.get(b));
                SpanTally tally = SpanMatching.tally(exactPairs, labels);
                spanTallies.get(p).addAll(tally);
                articleSpans.put(pair.arrowKey(), tally.scores());
                if (input.linkMeasures()) {
                    LinkTally linkTally = LinkTally.of(exactPairs, links[a], links[b]);
                    linkTallies.get(p).addAll(linkTally);
                    articleLinks.put(pair.arrowKey(), linkTally.scores());
                }
            }
            perArticle.add(new ArticleAgreement(article.articleId(), article.title(), articleTally.measures(),
                    UnitizingAlpha.compute(articleContinuum), articleSpans, articleLinks));
        }
        Map<String, SpanScores> spanLevel = new LinkedHashMap<>();
        Map<String, LinkScores> linkLevel = new LinkedHashMap<>();
        for (int p = 0; p < pairs.size(); p++) {
            spanLevel.put(pairs.get(p).arrowKey(), spanTallies.get(p).scores());
            if (input.linkMeasures()) {
                linkLevel.put(pairs.get(p).arrowKey(), linkTallies.get(p).scores());
            }
        }
        return new AgreementReport(annotators, labels.names(), articles.size(), tokens.measures(),
                UnitizingAlpha.compute(continuum), spanLevel, perArticle, linkLevel);
    }
}
