package io.veritag.agreement;

import io.veritag.model.TextOffsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes an {@link AgreementReport}. Each article is tokenised and labeled once; its token and span
 * counts are kept per article and summed for the pooled figures, and its spans are appended to the pooled
 * unitizing continuum (articles in ascending id order, end to end).
 *
 * <p>Unitizing counts characters as Unicode code points, the unit of every exported file, so that alpha_u
 * can be recomputed from an export; an emoji is one character. Tokens and span matching are unit-free.
 */
public final class AgreementCalculator {
    private AgreementCalculator() {
    }

    public static AgreementReport compute(AgreementInput input) {
        List<String> annotators = input.annotators();
        LabelSet labels = input.labels();
        int raters = annotators.size();
        List<AnnotatorPair> pairs = pairs(annotators);
        List<String> pairKeys = pairs.stream().map(AnnotatorPair::arrowKey).toList();
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
            List<List<LabeledExtent>> inCodePoints = toCodePoints(spans, offsets, article.text().length());
            UnitizingContinuum articleContinuum = new UnitizingContinuum(labels, raters);
            articleContinuum.addText(offsets.codePointLength(), inCodePoints);
            continuum.addText(offsets.codePointLength(), inCodePoints);

            Map<String, SpanScores> articleSpans = new LinkedHashMap<>();
            Map<String, LinkScores> articleLinks = new LinkedHashMap<>();
            LinkIndex[] links = input.linkMeasures() ? linkIndexes(article) : null;
            for (int p = 0; p < pairs.size(); p++) {
                AnnotatorPair pair = pairs.get(p);
                int a = pair.firstIndex();
                int b = pair.secondIndex();
                // one exact pairing serves the span counts and, grown by overlap, the link measures
                SpanPairing.Exact exactPairs = SpanPairing.Exact.of(spans.get(a), spans.get(b));
                SpanTally tally = SpanMatching.tally(exactPairs, labels);
                spanTallies.get(p).addAll(tally);
                articleSpans.put(pairKeys.get(p), tally.scores());
                if (input.linkMeasures()) {
                    LinkTally linkTally = LinkTally.of(exactPairs, links[a], links[b]);
                    linkTallies.get(p).addAll(linkTally);
                    articleLinks.put(pairKeys.get(p), linkTally.scores());
                }
            }
            perArticle.add(new ArticleAgreement(article.articleId(), article.title(), articleTally.measures(),
                    UnitizingAlpha.compute(articleContinuum), articleSpans, articleLinks));
        }
        Map<String, SpanScores> spanLevel = new LinkedHashMap<>();
        Map<String, LinkScores> linkLevel = new LinkedHashMap<>();
        for (int p = 0; p < pairs.size(); p++) {
            spanLevel.put(pairKeys.get(p), spanTallies.get(p).scores());
            if (input.linkMeasures()) {
                linkLevel.put(pairKeys.get(p), linkTallies.get(p).scores());
            }
        }
        return new AgreementReport(annotators, labels.names(), articles.size(), tokens.measures(),
                UnitizingAlpha.compute(continuum), spanLevel, perArticle, linkLevel);
    }

    /** Every pair (i, j), i &lt; j, in the annotators' order. */
    public static List<AnnotatorPair> pairs(List<String> annotators) {
        List<AnnotatorPair> pairs = new ArrayList<>();
        for (int i = 0; i < annotators.size(); i++) {
            for (int j = i + 1; j < annotators.size(); j++) {
                pairs.add(new AnnotatorPair(i, j, annotators.get(i), annotators.get(j)));
            }
        }
        return pairs;
    }

    /** Each annotator's link data indexed once for the article, shared by the pairs it is in. */
    private static LinkIndex[] linkIndexes(ArticleAnnotations article) {
        LinkIndex[] indexes = new LinkIndex[article.spansByAnnotator().size()];
        for (int r = 0; r < indexes.length; r++) {
            indexes[r] = LinkIndex.of(article.spansByAnnotator().get(r).size(), article.linksByAnnotator().get(r));
        }
        return indexes;
    }

    static List<List<LabeledExtent>> toCodePoints(List<List<LabeledExtent>> spans, TextOffsets offsets, int utf16Length) {
        if (offsets.codePointLength() == utf16Length) {
            return spans; // no supplementary characters: both units agree
        }
        List<List<LabeledExtent>> converted = new ArrayList<>(spans.size());
        for (List<LabeledExtent> list : spans) {
            List<LabeledExtent> out = new ArrayList<>(list.size());
            for (LabeledExtent span : list) {
                out.add(new LabeledExtent(offsets.toCodePoint(span.start()), offsets.toCodePoint(span.end()), span.label()));
            }
            converted.add(out);
        }
        return converted;
    }
}
