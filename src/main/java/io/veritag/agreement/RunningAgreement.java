package io.veritag.agreement;

import io.veritag.model.TextOffsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The agreement report built article by article. Articles are {@link #add added} in ascending id order (the
 * order of the pooled unitizing continuum); the report is taken at the end. What it keeps is the pooled
 * tallies, the pooled continuum (primitive arrays of unit bounds) and each article's measures, never an
 * article's text or spans: a caller may read the articles in batches and let each batch go once it is added.
 * {@link AgreementCalculator#compute} is this over a list in memory, so both give the same numbers.
 *
 * <p>{@link #measure} is the part of an article's work that depends on that article alone (tokenising,
 * pairing, its own measures); it may run on any thread, and its results are then added in id order.
 */
public final class RunningAgreement {
    private final List<String> annotators;
    private final LabelSet labels;
    private final boolean linkMeasures;
    private final List<AnnotatorPair> pairs;
    private final List<String> pairKeys;
    private final CategoricalTally tokens;
    private final UnitizingContinuum continuum;
    private final List<SpanTally> spanTallies = new ArrayList<>();
    private final List<LinkTally> linkTallies = new ArrayList<>();
    private final List<ArticleAgreement> perArticle = new ArrayList<>();
    private final boolean keepRows;
    private int articles;
    private long lastArticleId = Long.MIN_VALUE;

    /** {@code annotators} in name order, {@code labels} in label order; {@code linkMeasures} false leaves links out. */
    public RunningAgreement(List<String> annotators, LabelSet labels, boolean linkMeasures) {
        this(annotators, labels, linkMeasures, true);
    }

    /**
     * As above; {@code keepRows} false keeps no article's measures (the caller takes each from {@link #add} and
     * writes it out), so that memory holds the pooled tallies and continuum only: {@link #report} then has the
     * pooled figures and the number of articles, and an empty {@code perArticle}.
     */
    public RunningAgreement(List<String> annotators, LabelSet labels, boolean linkMeasures, boolean keepRows) {
        this.keepRows = keepRows;
        this.annotators = List.copyOf(annotators);
        this.labels = labels;
        this.linkMeasures = linkMeasures;
        this.pairs = AgreementCalculator.pairs(this.annotators);
        this.pairKeys = pairs.stream().map(AnnotatorPair::arrowKey).toList();
        this.tokens = new CategoricalTally(labels, pairs, this.annotators.size());
        this.continuum = new UnitizingContinuum(labels, this.annotators.size());
        for (int p = 0; p < pairs.size(); p++) {
            spanTallies.add(new SpanTally(labels));
            linkTallies.add(new LinkTally());
        }
    }

    /** One article's share of the report, worked out from that article alone. */
    public static final class Measured {
        private final long articleId;
        private final CategoricalTally tokens;
        private final long codePointLength;
        private final List<List<LabeledExtent>> spansInCodePoints;
        private final List<SpanTally> spanTallies;
        private final List<LinkTally> linkTallies;
        private final ArticleAgreement agreement;

        private Measured(long articleId, CategoricalTally tokens, long codePointLength,
                         List<List<LabeledExtent>> spansInCodePoints, List<SpanTally> spanTallies,
                         List<LinkTally> linkTallies, ArticleAgreement agreement) {
            this.articleId = articleId;
            this.tokens = tokens;
            this.codePointLength = codePointLength;
            this.spansInCodePoints = spansInCodePoints;
            this.spanTallies = spanTallies;
            this.linkTallies = linkTallies;
            this.agreement = agreement;
        }

        public long articleId() {
            return articleId;
        }
    }

    /** Measures one article on its own; touches nothing shared, so it may run on any thread. */
    public Measured measure(ArticleAnnotations article) {
        int raters = annotators.size();
        List<List<LabeledExtent>> spans = article.spansByAnnotator();
        if (spans.size() != raters) {
            throw new IllegalArgumentException("article " + article.articleId() + " has spans of " + spans.size()
                    + " annotators, expected " + raters);
        }
        Tokens articleTokens = Tokenizer.tokenize(article.text());
        int[][] categories = new int[raters][];
        for (int r = 0; r < raters; r++) {
            categories[r] = TokenLabeler.categories(articleTokens, spans.get(r), labels);
        }
        CategoricalTally articleTally = new CategoricalTally(labels, pairs, raters);
        articleTally.add(categories);

        TextOffsets offsets = TextOffsets.of(article.text());
        List<List<LabeledExtent>> inCodePoints = AgreementCalculator.toCodePoints(spans, offsets, article.text().length());
        UnitizingContinuum articleContinuum = new UnitizingContinuum(labels, raters);
        articleContinuum.addText(offsets.codePointLength(), inCodePoints);

        Map<String, SpanScores> articleSpans = new LinkedHashMap<>();
        Map<String, LinkScores> articleLinks = new LinkedHashMap<>();
        List<SpanTally> spanParts = new ArrayList<>(pairs.size());
        List<LinkTally> linkParts = new ArrayList<>(pairs.size());
        LinkIndex[] links = linkMeasures ? AgreementCalculator.linkIndexes(article) : null;
        for (int p = 0; p < pairs.size(); p++) {
            int a = pairs.get(p).firstIndex();
            int b = pairs.get(p).secondIndex();
            // one exact pairing serves the span counts and, grown by overlap, the link measures
            SpanPairing.Exact exactPairs = SpanPairing.Exact.of(spans.get(a), spans.get(b));
            SpanTally tally = SpanMatching.tally(exactPairs, labels);
            spanParts.add(tally);
            articleSpans.put(pairKeys.get(p), tally.scores());
            if (linkMeasures) {
                LinkTally linkTally = LinkTally.of(exactPairs, links[a], links[b]);
                linkParts.add(linkTally);
                articleLinks.put(pairKeys.get(p), linkTally.scores());
            }
        }
        ArticleAgreement agreement = new ArticleAgreement(article.articleId(), article.title(), articleTally.measures(),
                UnitizingAlpha.compute(articleContinuum), articleSpans, articleLinks);
        return new Measured(article.articleId(), articleTally, offsets.codePointLength(), inCodePoints, spanParts,
                linkParts, agreement);
    }

    /** Measures an article and adds it; articles must come in ascending id order. */
    public ArticleAgreement add(ArticleAnnotations article) {
        return add(measure(article));
    }

    /** Adds an article measured by {@link #measure} of this instance; in ascending id order. */
    public ArticleAgreement add(Measured measured) {
        if (measured.articleId < lastArticleId) {
            throw new IllegalArgumentException("article " + measured.articleId + " added after article " + lastArticleId
                    + ": articles are added in ascending id order");
        }
        lastArticleId = measured.articleId;
        tokens.addAll(measured.tokens);
        continuum.addText(measured.codePointLength, measured.spansInCodePoints);
        for (int p = 0; p < pairs.size(); p++) {
            spanTallies.get(p).addAll(measured.spanTallies.get(p));
            if (linkMeasures) {
                linkTallies.get(p).addAll(measured.linkTallies.get(p));
            }
        }
        articles++;
        if (keepRows) {
            perArticle.add(measured.agreement);
        }
        return measured.agreement;
    }

    /** The number of articles added so far. */
    public int articles() {
        return articles;
    }

    /** The report over every article added so far (without the per-article rows if they are not kept). */
    public AgreementReport report() {
        Map<String, SpanScores> spanLevel = new LinkedHashMap<>();
        Map<String, LinkScores> linkLevel = new LinkedHashMap<>();
        for (int p = 0; p < pairs.size(); p++) {
            spanLevel.put(pairKeys.get(p), spanTallies.get(p).scores());
            if (linkMeasures) {
                linkLevel.put(pairKeys.get(p), linkTallies.get(p).scores());
            }
        }
        return new AgreementReport(annotators, labels.names(), articles, tokens.measures(),
                UnitizingAlpha.compute(continuum), spanLevel, List.copyOf(perArticle), linkLevel);
    }
}
