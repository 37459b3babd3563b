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
import io.veritag.suggest.Recommenders;
import io.veritag.model.suggest.SpanPlace;
import io.veritag.suggest.SameTextIndex;
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
    /** Articles whose texts are read in one query while the same-text index is built. */
    static final int TEXT_PAGE = 1_000;
    private final Store store;
    private final Annotator annotator;
    private final SuggestionModels models;
    private final SameTextState sameText = new SameTextState();
    /** The model's suggestions for the last article asked for: reloading after an accept or a reject reuses them. */
    private volatile ModelRun lastModelRun;

    /** What the model suggested for one article text, with the model and threshold it used. */
    private record ModelRun(TrainedModel model, double minF1, long articleId, String text, List<Suggestion> suggestions) {
        boolean answers(TrainedModel otherModel, double otherMinF1, Article article) {
            return model == otherModel && minF1 == otherMinF1 && articleId == article.id() && text.equals(article.text());
        }
    }

    /**
     * The same-text recommender, brought up to date span by span: when the spans' fingerprint changes, only the
     * spans added, moved, relabeled or removed since are read and re-indexed (an accept reads one article's text).
     */
    private static final class SameTextState {
        /** Gold spans come after the annotator's own in the index's key order (the tie-break of equal votes). */
        static final long GOLD_KEYS = 1L << 62;
        final SameTextIndex index = new SameTextIndex();
        final Map<Long, SpanPlace> indexed = new java.util.HashMap<>();
        String fingerprint = "";
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
        for (RecommenderSetting setting : settings()) {
            if (setting.enabled()) {
                all.addAll(suggestions(setting, article));
            }
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

    /** One recommender's suggestions for the article, before the annotator's own spans and rejections are taken out. */
    private List<Suggestion> suggestions(RecommenderSetting setting, Article article) {
        switch (setting.recommender()) {
            case Recommenders.SAME_TEXT -> {
                return sameText(article.text());
            }
            case Recommenders.MODEL -> {
                TrainedModel model = model().model();
                ModelRun last = lastModelRun;
                if (last != null && last.answers(model, setting.minF1(), article)) {
                    return last.suggestions();
                }
                List<Suggestion> found = List.copyOf(model.recommender(setting.minF1()).suggest(article.text()));
                lastModelRun = new ModelRun(model, setting.minF1(), article.id(), article.text(), found);
                return found;
            }
            case Recommenders.CUE_LISTS -> {
                return new CueListRecommender(cues()).suggest(article.text());
            }
            default -> throw new IllegalStateException("unknown recommender " + setting.recommender());
        }
    }

    /** The same-text suggestions for a text, the index first brought up to date. */
    List<Suggestion> sameText(String text) {
        synchronized (sameText) {
            String fingerprint = TrainingData.phrasesFingerprint(store, annotator.id());
            if (!fingerprint.equals(sameText.fingerprint)) {
                Map<Long, SpanPlace> now = new java.util.HashMap<>();
                store.suggestions().spanPlaces(annotator.id()).forEach(now::put);
                if (store.gold().readable()) { // an annotator on a team server may not read gold
                    store.suggestions().spanPlaces(null).forEach((id, place) -> now.put(SameTextState.GOLD_KEYS + id, place));
                }
                sameText.indexed.entrySet().removeIf(known -> {
                    boolean gone = !known.getValue().equals(now.get(known.getKey()));
                    if (gone) {
                        sameText.index.remove(known.getKey());
                    }
                    return gone;
                });
                // the new spans by article, their texts read a page of articles at a time: a desk's archive
                // (100,000 articles, issue 17) never has every article's text in memory at once
                Map<Long, List<Map.Entry<Long, SpanPlace>>> byArticle = new java.util.TreeMap<>();
                now.forEach((key, place) -> {
                    if (!sameText.indexed.containsKey(key)) {
                        byArticle.computeIfAbsent(place.articleId(), a -> new java.util.ArrayList<>()).add(Map.entry(key, place));
                    }
                });
                List<Long> articles = new java.util.ArrayList<>(byArticle.keySet());
                for (int from = 0; from < articles.size(); from += TEXT_PAGE) {
                    List<Long> page = articles.subList(from, Math.min(articles.size(), from + TEXT_PAGE));
                    Map<Long, String> texts = store.suggestions().articleTexts(page);
                    for (Long article : page) {
                        for (Map.Entry<Long, SpanPlace> span : byArticle.get(article)) {
                            SpanPlace place = span.getValue();
                            sameText.index.put(span.getKey(), texts.get(article).substring(place.start(), place.end()), place.label());
                            sameText.indexed.put(span.getKey(), place);
                        }
                    }
                }
                sameText.fingerprint = fingerprint;
            }
            return sameText.index.suggest(text);
        }
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
