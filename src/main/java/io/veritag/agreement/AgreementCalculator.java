package io.veritag.agreement;

import io.veritag.model.TextOffsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Computes an {@link AgreementReport} of articles in memory. Each article is tokenised and labeled once; its
 * token and span counts are kept per article and summed for the pooled figures, and its spans are appended to
 * the pooled unitizing continuum (articles in ascending id order, end to end): {@link RunningAgreement}, which
 * also serves readers that hand the articles over in batches.
 *
 * <p>Unitizing counts characters as Unicode code points, the unit of every exported file, so that alpha_u
 * can be recomputed from an export; an emoji is one character. Tokens and span matching are unit-free.
 */
public final class AgreementCalculator {
    private AgreementCalculator() {
    }

    public static AgreementReport compute(AgreementInput input) {
        List<ArticleAnnotations> articles = new ArrayList<>(input.articles());
        articles.sort(Comparator.comparingLong(ArticleAnnotations::articleId));
        RunningAgreement running = new RunningAgreement(input.annotators(), input.labels(), input.linkMeasures());
        for (ArticleAnnotations article : articles) {
            running.add(article);
        }
        return running.report();
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
    static LinkIndex[] linkIndexes(ArticleAnnotations article) {
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
