package io.veritag.bench;

import io.veritag.agreement.AgreementInput;
import io.veritag.agreement.AnnotatorLinks;
import io.veritag.agreement.ArticleAnnotations;
import io.veritag.agreement.ExtentLink;
import io.veritag.agreement.LabelSet;
import io.veritag.agreement.LabeledExtent;
import io.veritag.agreement.SpanFlags;
import io.veritag.model.LinkType;
import io.veritag.model.SourceType;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * {@link AgreementBenchCorpus}'s articles and label spans, plus what links add: about 7 source spans per
 * article and annotator (one per three statements), each statement SAID_BY its source, each denial DENIES and
 * each speculation HEDGES the claim before it (about 25 links per annotator and article), and the unsure flag on
 * one span in twenty. Annotators miss, shift and relabel spans as in the base corpus, miss or retype a source
 * now and then, and drop one link in ten. Deterministic (fixed seed).
 */
public final class LinkBenchCorpus {
    private static final SourceType[] TYPES = SourceType.values();

    private LinkBenchCorpus() {
    }

    /** {@code linkMeasures} false: the same input, computed without the link measures (the baseline). */
    public static AgreementInput input(int articles, boolean linkMeasures) {
        Random random = new Random(20261130);
        List<ArticleAnnotations> result = new ArrayList<>(articles);
        for (int a = 0; a < articles; a++) {
            String text = AgreementBenchCorpus.text(random, 3000);
            List<LabeledExtent> truth = AgreementBenchCorpus.truth(random, text);
            List<LabeledExtent> truthSources = new ArrayList<>();
            List<SourceType> truthTypes = new ArrayList<>();
            for (int i = 0; i < truth.size(); i += 3) {
                LabeledExtent s = truth.get(i);
                int end = AgreementBenchCorpus.safeEnd(text, Math.min(s.end(), s.start() + 9));
                truthSources.add(new LabeledExtent(s.start(), end, "SOURCE"));
                truthTypes.add(TYPES[random.nextInt(TYPES.length)]);
            }
            List<List<LabeledExtent>> spans = new ArrayList<>();
            List<AnnotatorLinks> links = new ArrayList<>();
            for (int r = 0; r < AgreementBenchCorpus.ANNOTATORS.size(); r++) {
                annotate(random, text, truth, truthSources, truthTypes, spans, links);
            }
            result.add(new ArticleAnnotations(a + 1, "Article " + (a + 1), text, spans, links));
        }
        return new AgreementInput(AgreementBenchCorpus.ANNOTATORS, new LabelSet(AgreementBenchCorpus.LABELS), result,
                linkMeasures);
    }

    private static void annotate(Random random, String text, List<LabeledExtent> truth, List<LabeledExtent> truthSources,
                                 List<SourceType> truthTypes, List<List<LabeledExtent>> allSpans,
                                 List<AnnotatorLinks> allLinks) {
        List<LabeledExtent> spans = new ArrayList<>();
        List<SpanFlags> flags = new ArrayList<>();
        int[] position = new int[truth.size()];
        int previousEnd = 0;
        for (int t = 0; t < truth.size(); t++) {
            position[t] = -1;
            LabeledExtent s = truth.get(t);
            int roll = random.nextInt(10);
            if (roll == 0) {
                continue;
            }
            int start = s.start();
            int end = s.end();
            if (roll <= 2) {
                start = AgreementBenchCorpus.wordStart(text, Math.max(previousEnd, start - 5 + random.nextInt(10)));
                end = AgreementBenchCorpus.safeEnd(text, Math.min(text.length(), Math.max(start + 1, end - 5 + random.nextInt(10))));
            }
            String label = roll == 3 ? AgreementBenchCorpus.LABELS.get(random.nextInt(3)) : s.label();
            if (start >= previousEnd && end > start) {
                position[t] = spans.size();
                spans.add(new LabeledExtent(start, end, label));
                flags.add(new SpanFlags(null, random.nextInt(20) == 0));
                previousEnd = end;
            }
        }
        List<LabeledExtent> sources = new ArrayList<>();
        int[] sourcePosition = new int[truthSources.size()];
        for (int k = 0; k < truthSources.size(); k++) {
            sourcePosition[k] = -1;
            if (random.nextInt(10) == 0) {
                continue;
            }
            LabeledExtent s = truthSources.get(k);
            int end = random.nextInt(10) == 0 ? Math.max(s.start() + 1, s.end() - 2) : s.end();
            SourceType type = random.nextInt(10) == 0 ? TYPES[random.nextInt(TYPES.length)] : truthTypes.get(k);
            sourcePosition[k] = spans.size() + sources.size();
            sources.add(new LabeledExtent(s.start(), AgreementBenchCorpus.safeEnd(text, end), "SOURCE"));
            flags.add(new SpanFlags(type, random.nextInt(20) == 0));
        }
        List<ExtentLink> links = new ArrayList<>();
        int lastClaim = -1; // this annotator's position of the last span it labeled CLAIM
        for (int t = 0; t < truth.size(); t++) {
            int from = position[t];
            if (from < 0) {
                continue;
            }
            String label = spans.get(from).label();
            if (sourcePosition[t / 3] >= 0 && random.nextInt(10) != 0) {
                links.add(new ExtentLink(from, sourcePosition[t / 3], LinkType.SAID_BY));
            }
            int claim = lastClaim;
            if (claim >= 0 && random.nextInt(10) != 0) {
                LinkType.between(label, "CLAIM").ifPresent(type -> links.add(new ExtentLink(from, claim, type)));
            }
            if (label.equals("CLAIM")) {
                lastClaim = from;
            }
        }
        allSpans.add(spans);
        allLinks.add(new AnnotatorLinks(sources, flags, links));
    }
}
