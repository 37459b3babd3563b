package io.veritag.suggest;

import io.veritag.model.gold.LabeledRange;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.ext.ExtensionLoader;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;

/**
 * OpenNLP's name finder trained on labeled texts: BIO tags over tokens, one sentence at a time. Suggests
 * only the labels in {@code allowedLabels} (those whose cross-validated F1 passed the user's threshold).
 */
public final class NameFinderRecommender implements Recommender {
    /** Greedy decoding: OpenNLP's default beam of 3 took about three times as long for the same F1 on SFU (README). */
    private static final int BEAM_SIZE = 1;
    /** OpenNLP's default features, the token windows made once per sentence ({@link TokenWindowFeatures}). */
    private static final byte[] FEATURES = features();
    private final TokenNameFinderModel model;
    private final Set<String> allowedLabels;

    private NameFinderRecommender(TokenNameFinderModel model, Set<String> allowedLabels) {
        this.model = model;
        this.allowedLabels = Set.copyOf(allowedLabels);
    }

    /** Same model, suggesting only {@code labels}. */
    public NameFinderRecommender restrictedTo(Set<String> labels) {
        return new NameFinderRecommender(model, labels);
    }

    /**
     * Trains a model; empty when the texts hold no span to learn from (a model that only knows "no label"
     * would suggest nothing).
     */
    public static Optional<NameFinderRecommender> train(List<LabeledText> texts, Algorithm algorithm) {
        return train(texts, algorithm, FEATURES);
    }

    /** Trains with another feature descriptor (tests compare ours with OpenNLP's own generators). */
    static Optional<NameFinderRecommender> train(List<LabeledText> texts, Algorithm algorithm, byte[] features) {
        List<NameSample> samples = new ArrayList<>();
        java.util.Set<String> labels = new java.util.TreeSet<>();
        for (LabeledText text : texts) {
            samples.addAll(samples(text, labels));
        }
        if (labels.isEmpty()) {
            return Optional.empty();
        }
        TrainingParameters parameters = new TrainingParameters();
        parameters.put(TrainingParameters.ALGORITHM_PARAM, algorithm.openNlpName);
        parameters.put(TrainingParameters.ITERATIONS_PARAM, 100);
        parameters.put(TrainingParameters.CUTOFF_PARAM, 1);
        parameters.put(TrainingParameters.THREADS_PARAM, 1);
        parameters.put(BeamSearch.BEAM_SIZE_PARAMETER, BEAM_SIZE);
        try {
            TokenNameFinderModel model = NameFinderME.train("en", null, ObjectStreamUtils.createObjectStream(samples),
                    parameters, new TokenNameFinderFactory(features, java.util.Map.of(), new BioCodec()));
            return Optional.of(new NameFinderRecommender(model, labels));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static RecommenderTrainer trainer(Algorithm algorithm) {
        return new RecommenderTrainer() {
            @Override
            public String name() {
                return Recommenders.MODEL;
            }

            @Override
            public Recommender train(List<LabeledText> training) {
                return NameFinderRecommender.train(training, algorithm).<Recommender>map(r -> r).orElse(NOTHING);
            }
        };
    }

    /** What an untrained model suggests. */
    static final Recommender NOTHING = new Recommender() {
        @Override
        public String name() {
            return Recommenders.MODEL;
        }

        @Override
        public List<Suggestion> suggest(String text) {
            return List.of();
        }
    };

    @Override
    public String name() {
        return Recommenders.MODEL;
    }

    @Override
    public List<Suggestion> suggest(String text) {
        List<Suggestion> found = new ArrayList<>();
        if (allowedLabels.isEmpty()) {
            return found;
        }
        NameFinderME finder = new NameFinderME(model); // not thread-safe: one per call
        Words words = Words.of(text);
        for (int[] sentence : Sentences.of(words)) {
            String[] tokens = tokens(words, sentence);
            Span[] names = finder.find(tokens);
            double[] probabilities = finder.probs(names);
            for (int k = 0; k < names.length; k++) {
                Span name = names[k];
                if (allowedLabels.contains(name.getType())) {
                    found.add(new Suggestion(words.starts[sentence[0] + name.getStart()],
                            words.ends[sentence[0] + name.getEnd() - 1], name.getType(), Recommenders.MODEL, probabilities[k]));
                }
            }
        }
        found.sort(Comparator.comparingInt(Suggestion::start).thenComparingInt(Suggestion::end));
        return found;
    }

    /**
     * How unsure the model is about a text, 0..1: the mean over its tokens of one minus the probability of the
     * tag it chose. An article the model is unsure of teaches it the most once labeled.
     */
    public double uncertainty(String text) {
        NameFinderME finder = new NameFinderME(model);
        Words words = Words.of(text);
        double sum = 0;
        int count = 0;
        for (int[] sentence : Sentences.of(words)) {
            finder.find(tokens(words, sentence));
            for (double p : finder.probs()) {
                sum += 1 - p;
                count++;
            }
        }
        return count == 0 ? 0 : sum / count;
    }

    private static String[] tokens(Words words, int[] sentence) {
        String[] tokens = new String[sentence[1] - sentence[0]];
        for (int k = 0; k < tokens.length; k++) {
            int t = sentence[0] + k;
            tokens[k] = words.text.substring(words.starts[t], words.ends[t]);
        }
        return tokens;
    }

    /** A text's sentences as name samples; spans are cut to whole tokens within a sentence, overlapping ones dropped. */
    private static List<NameSample> samples(LabeledText text, Set<String> labels) {
        Words words = Words.of(text.text());
        List<LabeledRange> spans = new ArrayList<>(text.spans());
        spans.sort(Comparator.comparingInt(LabeledRange::start).thenComparingInt(r -> -r.end()));
        List<NameSample> samples = new ArrayList<>();
        boolean first = true;
        for (int[] sentence : Sentences.of(words)) {
            List<Span> names = new ArrayList<>();
            int lastEnd = -1;
            for (LabeledRange span : spans) {
                int from = Math.max(words.tokenAtOrAfter(span.start()), sentence[0]);
                int to = Math.min(words.tokenEndingBy(span.end()) + 1, sentence[1]);
                if (from >= to || from < lastEnd) {
                    continue;
                }
                names.add(new Span(from - sentence[0], to - sentence[0], span.label()));
                labels.add(span.label());
                lastEnd = to;
            }
            samples.add(new NameSample(tokens(words, sentence), names.toArray(Span[]::new), first));
            first = false;
        }
        return samples;
    }

    private static byte[] features() {
        ExtensionLoader.registerAllowedPackage(TokenWindowFeatures.class.getPackageName()); // OpenNLP loads named generators only from allowed packages
        try (java.io.InputStream in = NameFinderRecommender.class.getResourceAsStream("name-finder-features.xml")) {
            if (in == null) {
                throw new IllegalStateException("name-finder-features.xml is missing from the program");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
