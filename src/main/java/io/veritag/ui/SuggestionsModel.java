package io.veritag.ui;

import io.veritag.model.Annotator;
import io.veritag.model.Article;
import io.veritag.service.Workspace;
import io.veritag.service.suggest.SuggestionService;
import io.veritag.suggest.Suggestion;
import io.veritag.ui.kit.UiExecutor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The suggestions of the open article and the current one (Tab / Shift+Tab), loaded in the background
 * whenever the article or the annotator's spans change. Accepting goes through {@link LabelingModel} (saved
 * at once, undoable); rejecting is remembered by the service. No Swing component: tested without a window.
 * All calls on the EDT.
 */
final class SuggestionsModel {
    private final Workspace workspace;
    private final UiExecutor executor;
    private final LabelingModel labeling;
    private final Map<Long, SuggestionService> services = new HashMap<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private List<Suggestion> suggestions = List.of();
    private long articleId = -1;
    private int current = -1;
    private int loads;
    private boolean loading;
    private boolean reloadWanted;
    private boolean closed;
    private final java.util.function.Consumer<Long> modelTrained = this::modelTrained;

    SuggestionsModel(Workspace workspace, UiExecutor executor, LabelingModel labeling) {
        this.workspace = workspace;
        this.executor = executor;
        this.labeling = labeling;
        labeling.addListener(aspect -> {
            switch (aspect) {
                case ARTICLE, SPANS -> reload();
                default -> { }
            }
        });
        workspace.suggestionModels().addListener(modelTrained);
    }

    /**
     * A model finished training (told on the training thread): the open article's suggestions are loaded again,
     * off the EDT, if it was this annotator's model. The newest load wins ({@link #reload}), so an older load
     * that finishes later never overwrites it.
     */
    private void modelTrained(long annotatorId) {
        javax.swing.SwingUtilities.invokeLater(() -> {
            if (!closed && labeling.annotator().id() == annotatorId) {
                reload();
            }
        });
    }

    /** Stops listening to the workspace's models (the window is gone). */
    void close() {
        closed = true;
        workspace.suggestionModels().removeListener(modelTrained);
    }

    /** This annotator's suggestion service (one per annotator, so its caches last). */
    SuggestionService service() {
        Annotator annotator = labeling.annotator();
        return services.computeIfAbsent(annotator.id(), id -> workspace.suggestions(annotator));
    }

    /**
     * Reloads the open article's suggestions (and asks for the model to be retrained if the done articles changed).
     * One load at a time: a load reads the annotator's spans to see whether the model is current, which on a
     * desk's archive takes a core for a while, so a reviewer going through articles quickly must not queue one per
     * article (issue 17). A reload asked for while one runs waits for it, then loads what is open then.
     */
    void reload() {
        if (loading) {
            reloadWanted = true;
            return;
        }
        Optional<Article> article = labeling.article();
        if (article.isEmpty()) {
            set(-1, List.of());
            return;
        }
        Article shown = article.get();
        SuggestionService service = service();
        int load = ++loads;
        loading = true;
        executor.read(() -> {
            service.refreshModel();
            return service.suggest(shown);
        }, found -> {
            if (loaded() && load == loads && labeling.article().map(a -> a.id() == shown.id()).orElse(false)) {
                set(shown.id(), found);
            }
        }, e -> {
            loaded();
            labeling.reportError("Suggestions not loaded: " + e.getMessage());
        });
    }

    /** A load ended: false (its result is old) when another was asked for meanwhile, which starts now. */
    private boolean loaded() {
        loading = false;
        if (reloadWanted && !closed) {
            reloadWanted = false;
            reload();
            return false;
        }
        return true;
    }

    private void set(long article, List<Suggestion> found) {
        Suggestion before = current().orElse(null);
        boolean sameArticle = article == articleId;
        articleId = article;
        suggestions = List.copyOf(found);
        current = -1;
        if (sameArticle && before != null && !suggestions.isEmpty()) {
            // stay where the reviewer was: the first suggestion at or after the one just handled
            current = 0;
            while (current < suggestions.size() - 1 && suggestions.get(current).start() < before.start()) {
                current++;
            }
            if (suggestions.get(current).start() < before.start()) {
                current = -1;
            }
        }
        fire();
    }

    List<Suggestion> suggestions() {
        return suggestions;
    }

    Optional<Suggestion> current() {
        return current >= 0 && current < suggestions.size() ? Optional.of(suggestions.get(current)) : Optional.empty();
    }

    /** Moves to the next (+1) or previous (-1) suggestion, wrapping around. False if there is none. */
    boolean move(int step) {
        if (suggestions.isEmpty()) {
            return false;
        }
        current = current < 0 ? (step > 0 ? 0 : suggestions.size() - 1)
                : Math.floorMod(current + step, suggestions.size());
        fire();
        return true;
    }

    /** Accepts the current suggestion: it becomes the annotator's span, saved at once, undoable. */
    boolean acceptCurrent() {
        Optional<Suggestion> chosen = current();
        chosen.ifPresent(s -> labeling.acceptSuggestions(articleId, List.of(s)));
        return chosen.isPresent();
    }

    /** Accepts every suggestion in the sentence of the current one (one undo step). */
    boolean acceptSentence() {
        Optional<Suggestion> chosen = current();
        Optional<Article> article = labeling.article();
        if (chosen.isEmpty() || article.isEmpty()) {
            return false;
        }
        int[] sentence = sentenceAround(article.get().text(), chosen.get().start());
        List<Suggestion> inSentence = new ArrayList<>();
        java.util.Set<String> seenExtents = new java.util.HashSet<>();
        for (Suggestion s : suggestions) {
            if (s.start() >= sentence[0] && s.end() <= sentence[1] && seenExtents.add(s.start() + ":" + s.end() + ":" + s.label())) {
                inSentence.add(s);
            }
        }
        labeling.acceptSuggestions(articleId, inSentence);
        return true;
    }

    /** Rejects the current suggestion: remembered, not suggested to this annotator again. */
    boolean rejectCurrent() {
        Optional<Suggestion> chosen = current();
        if (chosen.isEmpty()) {
            return false;
        }
        SuggestionService service = service();
        long article = articleId;
        executor.write(() -> {
            service.reject(article, chosen.get());
            return null;
        }, done -> reload(), e -> labeling.reportError("Not rejected: " + e.getMessage()));
        return true;
    }

    /** The sentence around an offset: from after the previous . ! ? or line break to the next one (inclusive). */
    static int[] sentenceAround(String text, int offset) {
        int start = offset;
        while (start > 0 && !endsSentence(text.charAt(start - 1))) {
            start--;
        }
        int end = offset;
        while (end < text.length() && !endsSentence(text.charAt(end))) {
            end++;
        }
        return new int[] {start, Math.min(text.length(), end + 1)};
    }

    private static boolean endsSentence(char c) {
        return c == '.' || c == '!' || c == '?' || c == '\n';
    }

    void addListener(Runnable listener) {
        listeners.add(listener);
    }

    private void fire() {
        listeners.forEach(Runnable::run);
    }
}
