package io.veritag.ui.adjudication;

import io.veritag.model.Counted;
import io.veritag.model.gold.GroupKey;
import io.veritag.agreement.adjudication.Settlement;
import io.veritag.agreement.adjudication.SpanGroup;
import io.veritag.agreement.adjudication.SpanVersion;
import io.veritag.model.Annotator;
import io.veritag.model.Label;
import io.veritag.model.gold.Decision;
import io.veritag.model.gold.GoldSpan;
import io.veritag.model.gold.LabeledRange;
import io.veritag.service.Progress;
import io.veritag.ui.kit.UiExecutor;
import io.veritag.service.adjudication.ArticleAdjudication;
import io.veritag.service.adjudication.ArticleProgress;
import io.veritag.service.adjudication.CurationSession;
import io.veritag.service.adjudication.StaleViewException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import io.veritag.service.adjudication.GoldClusterCuration;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What the adjudication window shows and does, without Swing: the finished articles and how far each is
 * settled, the open article, the current disagreement, the selected gold span and its history, blind
 * names. Database work runs on the {@link UiExecutor} (decisions in order); the window listens for
 * {@link Aspect}s and repaints.
 */
final class AdjudicationModel {
    enum Aspect { ARTICLES, ARTICLE, CURRENT, GOLD_SELECTION, BLIND, BUSY, MESSAGE }

    private final CurationSession session;
    private final List<Label> labels;
    private final UiExecutor executor;
    private final List<Consumer<Aspect>> listeners = new CopyOnWriteArrayList<>();

    private List<ArticleProgress> articles = List.of();
    private ArticleAdjudication state;
    private int current = -1;
    private Long selectedGold;
    private List<Decision> history = List.of();
    private boolean blind;
    private boolean busy;
    private boolean picking;
    private String message = "";
    private boolean messageIsError;

    AdjudicationModel(CurationSession session, List<Label> labels, boolean blind, UiExecutor executor) {
        this.session = session;
        this.executor = executor;
        this.labels = List.copyOf(labels);
        this.blind = blind;
    }

    void addListener(Consumer<Aspect> listener) {
        listeners.add(listener);
    }

    // --- reading -------------------------------------------------------------------------------------

    List<Annotator> annotators() {
        return session.annotators();
    }

    List<Label> labels() {
        return labels;
    }

    String curator() {
        return session.curator().name();
    }

    List<ArticleProgress> articles() {
        return articles;
    }

    Optional<ArticleAdjudication> state() {
        return Optional.ofNullable(state);
    }

    int currentIndex() {
        return current;
    }

    Optional<SpanGroup> currentDisagreement() {
        if (state == null || current < 0 || current >= state.disagreements().size()) {
            return Optional.empty();
        }
        return Optional.of(state.disagreements().get(current));
    }

    /** One row of the current disagreement: an annotator's version, or that annotator having marked nothing. */
    record Choice(Annotator annotator, Optional<SpanVersion> version) {
    }

    /**
     * The rows of the current disagreement, in annotator order: every version each annotator proposed (one
     * annotator may have several overlapping spans in a group, e.g. a sentence and a phrase inside it), or one
     * "nothing" row. Every span of the group is in some row, so a curator can choose any of them.
     */
    List<Choice> choices() {
        Optional<SpanGroup> group = currentDisagreement();
        if (group.isEmpty()) {
            return List.of();
        }
        List<Choice> rows = new ArrayList<>();
        for (Annotator annotator : annotators()) {
            List<SpanVersion> own = group.get().versions().stream().filter(v -> v.proposedBy(annotator.id())).toList();
            if (own.isEmpty()) {
                rows.add(new Choice(annotator, Optional.empty()));
            }
            own.forEach(v -> rows.add(new Choice(annotator, Optional.of(v))));
        }
        return rows;
    }

    boolean currentSettled() {
        return currentDisagreement().map(g -> state.isSettled(g.key())).orElse(false);
    }

    Optional<GoldSpan> selectedGold() {
        if (state == null || selectedGold == null) {
            return Optional.empty();
        }
        return state.gold().stream().filter(g -> g.id() == selectedGold).findFirst();
    }

    List<Decision> history() {
        return history;
    }

    boolean blind() {
        return blind;
    }

    boolean busy() {
        return busy;
    }

    String message() {
        return message;
    }

    boolean messageIsError() {
        return messageIsError;
    }

    /** "Annotator A" in blind curation, else the name. */
    String annotatorName(long annotatorId) {
        List<Annotator> all = annotators();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).id() == annotatorId) {
                return blind ? "Annotator " + letter(i) : all.get(i).name();
            }
        }
        return blind ? "another annotator" : "annotator " + annotatorId;
    }

    static String letter(int index) {
        return index < 26 ? String.valueOf((char) ('A' + index)) : "#" + (index + 1);
    }

    /** Over the whole batch: "7 of 23 settled · 1 of 4 articles done". */
    String batchText() {
        int settled = articles.stream().mapToInt(a -> a.settlement().settled()).sum();
        int total = articles.stream().mapToInt(a -> a.settlement().total()).sum();
        long done = articles.stream().filter(a -> a.settlement().done()).count();
        return new Settlement(settled, total).text() + " · " + done + " of " + Counted.of(articles.size(), "article") + " done";
    }

    int openArticleIndex() {
        if (state == null) {
            return -1;
        }
        for (int i = 0; i < articles.size(); i++) {
            if (articles.get(i).article().id() == state.article().id()) {
                return i;
            }
        }
        return -1;
    }

    boolean canUndo() {
        return state != null && state.nextUndo().isPresent() && !busy;
    }

    boolean canRedo() {
        return state != null && state.nextRedo().isPresent() && !busy;
    }

    boolean canDecide() {
        return currentDisagreement().isPresent() && !busy;
    }

    // --- navigation ----------------------------------------------------------------------------------

    /** Reads the finished articles (nothing is written) and opens the first one that is not done. */
    void loadArticles() {
        say("Reading the articles " + annotatorList() + " have finished…", false);
        run(() -> session.service().preview(annotators(), Progress.NONE), rows -> {
            articles = rows;
            fire(Aspect.ARTICLES);
            if (rows.isEmpty()) {
                say("No article is finished by all of " + annotatorList() + " yet.", false);
            } else {
                int first = 0;
                for (int i = 0; i < rows.size(); i++) {
                    if (!rows.get(i).settlement().done()) {
                        first = i;
                        break;
                    }
                }
                openArticle(rows.get(first).article().id());
            }
        });
    }

    /** Opens an article: its unanimous spans are pre-accepted (committed) and the first open disagreement shown. */
    void openArticle(long articleId) {
        if (state != null && state.article().id() == articleId) {
            return;
        }
        if (busy) {
            fire(Aspect.ARTICLES); // one thing at a time: the list goes back to the open article
            return;
        }
        run(() -> session.open(articleId), opened -> {
            state = opened;
            selectedGold = null;
            history = List.of();
            current = opened.disagreements().isEmpty() ? -1 : Math.max(0, opened.nextOpen(0));
            updateArticleRow();
            fire(Aspect.ARTICLE);
            say(opened.done() ? "Nothing to settle here." : "", false);
        });
    }

    void nextArticle(int step) {
        int index = openArticleIndex();
        int target = index + step;
        if (target >= 0 && target < articles.size()) {
            openArticle(articles.get(target).article().id());
        }
    }

    void next() {
        move(1);
    }

    void previous() {
        move(-1);
    }

    private void move(int step) {
        if (state == null || state.disagreements().isEmpty()) {
            return;
        }
        current = Math.floorMod(current + step, state.disagreements().size());
        fire(Aspect.CURRENT);
    }

    void select(int disagreementIndex) {
        if (state != null && disagreementIndex >= 0 && disagreementIndex < state.disagreements().size()) {
            current = disagreementIndex;
            fire(Aspect.CURRENT);
        }
    }

    void selectGold(Long goldSpanId) {
        selectedGold = goldSpanId;
        if (goldSpanId == null) {
            history = List.of();
            fire(Aspect.GOLD_SELECTION);
            return;
        }
        long id = goldSpanId;
        executor.read(() -> session.service().history(id), h -> {
            if (selectedGold != null && selectedGold == id) {
                history = h;
                fire(Aspect.GOLD_SELECTION);
            }
        }, this::failed);
    }

    void setBlind(boolean blind) {
        this.blind = blind;
        fire(Aspect.BLIND);
    }

    // --- decisions -----------------------------------------------------------------------------------

    /** Accepts the version in row {@code row} of {@link #choices()}; a "nothing" row is a rejection. */
    void acceptChoice(int row, String reason) {
        Optional<SpanGroup> group = currentDisagreement();
        List<Choice> choices = choices();
        if (group.isEmpty() || row < 0 || row >= choices.size()) {
            return;
        }
        Annotator annotator = choices.get(row).annotator();
        Optional<SpanVersion> version = choices.get(row).version();
        GroupKey key = group.get().key();
        long article = state.article().id();
        if (version.isPresent()) {
            LabeledRange range = version.get().range();
            decide(() -> session.accept(article, key, range, reason),
                    "Accepted " + annotatorName(annotator.id()) + "'s " + range.label(), true);
        } else {
            decide(() -> session.reject(article, key, reason),
                    "Rejected: " + annotatorName(annotator.id()) + " marked nothing here", true);
        }
    }

    void reject(String reason) {
        currentDisagreement().ifPresent(g -> {
            long article = state.article().id();
            decide(() -> session.reject(article, g.key(), reason), "Rejected", true);
        });
    }

    void edit(LabeledRange basedOn, LabeledRange result, String reason) {
        currentDisagreement().ifPresent(g -> {
            long article = state.article().id();
            decide(() -> session.edit(article, g.key(), basedOn, result, reason), "Edited into gold: " + result.label(), true);
        });
    }

    void addGold(LabeledRange range, String reason) {
        if (state != null) {
            long article = state.article().id();
            decide(() -> session.add(article, range, reason), "Added to gold: " + range.label(), false);
        }
    }

    void editGold(long goldSpanId, LabeledRange range, String reason) {
        if (state != null) {
            long article = state.article().id();
            decide(() -> session.editGold(article, goldSpanId, range, reason), "Gold span changed", false);
        }
    }

    /** Takes a candidate link into gold (one the links list shows). */
    void acceptLink(io.veritag.model.gold.LinkEnds ends, String reason) {
        if (state != null) {
            long article = state.article().id();
            decide(() -> session.acceptLink(article, ends, reason), "Link accepted into gold: " + ends.type().displayName(), false);
        }
    }

    void removeLink(long goldLinkId, String reason) {
        if (state != null) {
            long article = state.article().id();
            decide(() -> session.removeLink(article, goldLinkId, reason), "Link taken out of gold", false);
        }
    }

    void setSourceType(long goldSpanId, io.veritag.model.SourceType type, String reason) {
        if (state != null) {
            long article = state.article().id();
            decide(() -> session.setSourceType(article, goldSpanId, type, reason), "Source type set: " + type.displayName(), false);
        }
    }

    void removeGold(long goldSpanId, String reason) {
        if (state != null) {
            long article = state.article().id();
            decide(() -> session.remove(article, goldSpanId, reason), "Removed from gold", false);
        }
    }

    /** Reads what can be done with the selected gold span's claim cluster, then gives it to {@code then}. */
    void clusterChoices(Consumer<List<GoldClusterCuration.Choice>> then) {
        Optional<GoldSpan> gold = selectedGold();
        if (state == null || gold.isEmpty() || busy || picking) {
            return; // one picker at a time: a second C while the first is read or shown does nothing
        }
        long article = state.article().id();
        long id = gold.get().id();
        picking = true;
        fire(Aspect.BUSY);
        executor.read(() -> session.clusters().choices(article, id), choices -> {
            try {
                then.accept(choices);
            } finally {
                picking = false;
                fire(Aspect.BUSY);
            }
        }, e -> {
            picking = false;
            fire(Aspect.BUSY);
            failed(e);
        });
    }

    /** Whether the claim cluster picker is being read or is open (C is off until it is closed). */
    boolean picking() {
        return picking;
    }

    /** Takes a claim cluster decision about the selected gold span. */
    void cluster(GoldClusterCuration.Choice choice, String reason) {
        Optional<GoldSpan> gold = selectedGold();
        if (state == null || gold.isEmpty()) {
            return;
        }
        long article = state.article().id();
        long id = gold.get().id();
        GoldClusterCuration clusters = session.clusters();
        if (choice instanceof GoldClusterCuration.Start) {
            decide(() -> clusters.start(article, id, reason), "Started a gold claim cluster", false);
        } else if (choice instanceof GoldClusterCuration.Join join) {
            decide(() -> clusters.join(article, id, join.cluster().id(), reason),
                    "Put into gold claim cluster “" + join.cluster().canonical() + "”", false);
        } else if (choice instanceof GoldClusterCuration.Leave leave) {
            decide(() -> clusters.leave(article, id, reason),
                    "Taken out of gold claim cluster “" + leave.cluster().canonical() + "”", false);
        } else if (choice instanceof GoldClusterCuration.Accept accept && !busy) {
            run(() -> clusters.accept(accept.cluster().id(), article, reason), done -> {
                state = done.shown();
                updateArticleRow();
                if (selectedGold != null) {
                    selectGold(selectedGold);
                }
                fire(Aspect.ARTICLE);
                say("Accepted into gold claim cluster “" + done.cluster().canonical() + "”: "
                        + io.veritag.model.Counted.of(done.joined(), "gold span") + " put in"
                        + (done.notInGold() > 0 ? ", " + done.notInGold() + " of the cluster's spans not in gold yet" : ""), false);
            });
        }
    }

    void undo() {
        if (canUndo()) {
            Decision target = state.nextUndo().orElseThrow();
            long article = state.article().id();
            decide(() -> session.undo(article), "Undid: " + target.kind().pastTense(), false);
        }
    }

    void redo() {
        if (canRedo()) {
            Decision target = state.nextRedo().orElseThrow();
            long article = state.article().id();
            decide(() -> session.redo(article), "Redid: " + target.kind().pastTense(), false);
        }
    }

    /** The version a curator would most likely start an edit from: the first annotator's in this group. */
    Optional<SpanVersion> editBase() {
        return currentDisagreement().map(g -> g.versions().get(0));
    }

    private void decide(Supplier<ArticleAdjudication> decision, String done, boolean advance) {
        if (busy) {
            return;
        }
        run(decision, after -> {
            int previous = current;
            state = after;
            if (current >= after.disagreements().size()) {
                current = after.disagreements().size() - 1;
            }
            if (advance && !after.disagreements().isEmpty()) {
                int next = after.nextOpen(previous + 1);
                current = next >= 0 ? next : previous;
            }
            updateArticleRow();
            if (selectedGold != null) {
                selectGold(selectedGold);
            }
            fire(Aspect.ARTICLE);
            say(after.done() ? done + ". Article done: " + after.settlement().text()
                    + (openArticleIndex() + 1 < articles.size() ? " — Ctrl+PgDn for the next article." : ".")
                    : done + ".", false);
        });
    }

    private <T> void run(Supplier<T> work, Consumer<T> onDone) {
        busy = true;
        fire(Aspect.BUSY);
        executor.write(work::get, result -> {
            busy = false;
            onDone.accept(result);
            fire(Aspect.BUSY);
        }, e -> {
            busy = false;
            if (e instanceof StaleViewException stale) {
                showCurrent(stale.current());
            }
            failed(e);
            fire(Aspect.BUSY);
        });
    }

    /**
     * Another curator decided on the open article after it was shown here (nothing of this decision was
     * recorded): the view shows the article as it is now, and the next decision is taken on that.
     */
    private void showCurrent(ArticleAdjudication now) {
        if (state == null || now == null || state.article().id() != now.article().id()) {
            return;
        }
        session.shown(now);
        int previous = current;
        state = now;
        current = now.disagreements().isEmpty() ? -1 : Math.min(Math.max(previous, 0), now.disagreements().size() - 1);
        updateArticleRow();
        if (selectedGold != null && now.gold().stream().noneMatch(g -> g.id() == selectedGold)) {
            selectedGold = null;
            history = List.of();
            fire(Aspect.GOLD_SELECTION);
        }
        fire(Aspect.ARTICLE);
    }

    private void failed(Exception e) {
        say(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse(""), true);
    }

    private void updateArticleRow() {
        List<ArticleProgress> rows = new ArrayList<>(articles);
        int index = openArticleIndex();
        if (index >= 0) {
            rows.set(index, ArticleProgress.of(state, rows.get(index).preAccepted()));
            articles = List.copyOf(rows);
            fire(Aspect.ARTICLES);
        }
    }

    private void say(String text, boolean error) {
        message = text;
        messageIsError = error;
        fire(Aspect.MESSAGE);
    }

    private String annotatorList() {
        return String.join(", ", annotators().stream().map(a -> annotatorName(a.id())).toList());
    }

    private void fire(Aspect aspect) {
        for (Consumer<Aspect> listener : listeners) {
            listener.accept(aspect);
        }
    }
}
