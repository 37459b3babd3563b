package io.veritag.service.suggest;

import io.veritag.model.Annotator;
import io.veritag.model.Article;
import io.veritag.model.ArticleStatus;
import io.veritag.model.Span;
import io.veritag.model.gold.LabeledRange;
import io.veritag.model.suggest.Cue;
import io.veritag.model.suggest.RecommenderSetting;
import io.veritag.service.LabelingException;
import io.veritag.store.Store;
import io.veritag.suggest.CueListRecommender;
import io.veritag.suggest.Recommender;
import io.veritag.suggest.Recommenders;
import io.veritag.suggest.SameTextRecommender;
import io.veritag.suggest.Suggestion;
import io.veritag.suggest.TrainedModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Suggestions for one annotator. They come only from the annotator's own spans, gold and the cue lists,
 * never from another annotator (blind labeling). A suggestion equal to one of the annotator's spans, one
 * they rejected, or one overlapping their span of the same label is not shown. Accepting goes through
 * {@link io.veritag.service.LabelingService#acceptSuggestions} (undoable); rejecting is remembered here.
 * Calls read the database: the window calls them off the event dispatch thread.
 */
public final class SuggestionService {
    private final Store store;
    private final Annotator annotator;
    private final SuggestionModels models;
    private volatile SameTextCache sameText = new SameTextCache("", SameTextRecommender.of(List.of()));

    private record SameTextCache(String fingerprint, SameTextRecommender recommender) {
    }

    public SuggestionService(Store store, Annotator annotator, SuggestionModels models) {
        this.store = Objects.requireNonNull(store, "store");
        this.annotator = Objects.requireNonNull(annotator, "annotator");
        this.models = Objects.requireNonNull(models, "models");
    }

    public Annotator annotator() {
        return annotator;
    }

    /** Every recommender's setting, in {@link Recommenders#ALL} order. */
    public List<RecommenderSetting> settings() {
        Map<String, RecommenderSetting> byName = new LinkedHashMap<>();
        store.suggestions().settings().forEach(s -> byName.put(s.recommender(), s));
        return Recommenders.ALL.stream().map(byName::get).filter(Objects::nonNull).toList();
    }

    public void save(RecommenderSetting setting) {
        if (!Recommenders.isKnown(setting.recommender())) {
            throw new LabelingException("Unknown recommender " + setting.recommender());
        }
        store.suggestions().saveSetting(setting);
    }

    public List<Cue> cues() {
        return store.suggestions().cues();
    }

    /** Adds a cue (or changes its label), after checking its label and length. */
    public void putCue(Cue cue) {
        if (store.labels().all().stream().noneMatch(l -> l.name().equals(cue.label()))) {
            throw new LabelingException("Unknown label " + cue.label());
        }
        if (cue.phrase().length() > 200 || cue.list().length() > 40) {
            throw new LabelingException("A cue has at most 200 characters and its list name at most 40");
        }
        store.suggestions().putCue(cue);
    }

    public boolean removeCue(String list, String phrase) {
        return store.suggestions().removeCue(list, phrase);
    }

    /** The model for this annotator (trained in the background; see {@link #refreshModel}). */
    public ModelStatus model() {
        return models.status(annotator.id());
    }

    /** Asks for the model to be (re)trained in the background if this annotator's done articles or gold changed. */
    public void refreshModel() {
        models.refresh(annotator.id());
    }

    /**
     * The suggestions for an article, by start: from every recommender that is switched on, minus this
     * annotator's spans, what they rejected, and what overlaps one of their spans of the same label. Where two
     * recommenders suggest the same span, the first in {@link Recommenders#ALL} names it.
     */
    public List<Suggestion> suggest(Article article) {
        List<Span> own = store.spans().forArticle(article.id(), annotator.id());
        Set<LabeledRange> rejected = new HashSet<>(store.suggestions().rejections(article.id(), annotator.id()));
        List<Suggestion> all = new ArrayList<>();
        for (Recommender recommender : recommenders()) {
            all.addAll(recommender.suggest(article.text()));
        }
        Set<String> seen = new HashSet<>();
        List<Suggestion> kept = new ArrayList<>();
        for (Suggestion s : all) {
            if (!seen.add(s.start() + ":" + s.end() + ":" + s.label())
                    || rejected.contains(new LabeledRange(s.start(), s.end(), s.label()))
                    || own.stream().anyMatch(span -> span.label().equals(s.label()) && span.overlaps(s.start(), s.end()))) {
                continue;
            }
            kept.add(s);
        }
        kept.sort(Comparator.comparingInt(Suggestion::start).thenComparingInt(Suggestion::end)
                .thenComparing(Suggestion::label));
        return kept;
    }

    /** The recommenders switched on, with what each may learn from for this annotator. */
    List<Recommender> recommenders() {
        List<Recommender> recommenders = new ArrayList<>();
        for (RecommenderSetting setting : settings()) {
            if (!setting.enabled()) {
                continue;
            }
            switch (setting.recommender()) {
                case Recommenders.SAME_TEXT -> recommenders.add(sameText());
                case Recommenders.CUE_LISTS -> recommenders.add(new CueListRecommender(cues()));
                case Recommenders.MODEL -> {
                    TrainedModel model = model().model();
                    recommenders.add(model.recommender(setting.minF1()));
                }
                default -> throw new IllegalStateException("unknown recommender " + setting.recommender());
            }
        }
        return recommenders;
    }

    private SameTextRecommender sameText() {
        String fingerprint = TrainingData.phrasesFingerprint(store, annotator.id());
        SameTextCache cache = sameText;
        if (!cache.fingerprint().equals(fingerprint)) {
            cache = new SameTextCache(fingerprint, SameTextRecommender.of(TrainingData.phrases(store, annotator.id())));
            sameText = cache;
        }
        return cache.recommender();
    }

    /** Remembers that this annotator rejected a suggestion: it is not suggested to them again. */
    public void reject(long articleId, Suggestion suggestion) {
        store.suggestions().reject(articleId, annotator.id(),
                new LabeledRange(suggestion.start(), suggestion.end(), suggestion.label()), suggestion.recommender());
    }

    /** Suggests it again (undo of a rejection). */
    public void forgetRejection(long articleId, Suggestion suggestion) {
        store.suggestions().forgetRejection(articleId, annotator.id(),
                new LabeledRange(suggestion.start(), suggestion.end(), suggestion.label()));
    }

    /** Span id → recommender, for this annotator's spans in the article that were accepted suggestions. */
    public Map<Long, String> origins(long articleId) {
        return store.suggestions().origins(articleId, annotator.id());
    }

    /**
     * "Next most useful article": this annotator's articles not yet done, the ones the model is least sure about
     * first (ties and articles without a model score in import order). Without a trained model, import order.
     */
    public List<Long> byUncertainty() {
        Map<Long, ArticleStatus> statuses = store.statuses().forAnnotator(annotator.id());
        List<Long> open = new ArrayList<>();
        store.articles().summaries().forEach(a -> {
            if (statuses.getOrDefault(a.id(), ArticleStatus.TODO) != ArticleStatus.DONE) {
                open.add(a.id());
            }
        });
        var finder = model().model().finder();
        if (finder.isEmpty()) {
            return open;
        }
        Map<Long, Double> uncertainty = new java.util.HashMap<>();
        for (long id : open) {
            store.articles().get(id).ifPresent(a -> uncertainty.put(id, finder.get().uncertainty(a.text())));
        }
        List<Long> ordered = new ArrayList<>(open);
        ordered.sort(Comparator.comparingDouble((Long id) -> -uncertainty.getOrDefault(id, 0.0)));
        return ordered;
    }
}
