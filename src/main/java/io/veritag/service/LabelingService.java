package io.veritag.service;

import io.veritag.model.Annotator;
import io.veritag.model.Article;
import io.veritag.model.ArticleStatus;
import io.veritag.model.ArticleSummary;
import io.veritag.model.Guideline;
import io.veritag.model.Label;
import io.veritag.model.Link;
import io.veritag.model.LinkType;
import io.veritag.model.SourceType;
import io.veritag.model.Span;
import io.veritag.store.Constraint;
import io.veritag.store.Store;
import io.veritag.store.StoreException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Labeling for one annotator: the article overview, opening an article, and every span edit. Each edit is a
 * command object committed before the method returns, and can be undone and redone; the database always
 * follows. Blind by default: {@link #open} returns only this annotator's spans; {@link #othersSpans} is the
 * explicit, read-only way to see everyone else's. Edits are meant to be called from one thread (the UI's).
 */
public final class LabelingService {
    private final Store store;
    private final Annotator annotator;
    private final List<Label> labels;
    private final Label sourceLabel;
    private final UndoHistory history = new UndoHistory();
    private final List<Consumer<SpanChange>> listeners = new CopyOnWriteArrayList<>();

    public LabelingService(Store store, Annotator annotator) {
        this.store = Objects.requireNonNull(store, "store");
        this.annotator = Objects.requireNonNull(annotator, "annotator");
        this.labels = List.copyOf(store.labels().all());
        this.sourceLabel = store.labels().source();
    }

    /** The label of the source layer (SOURCE), with its key and colour. */
    public Label sourceLabel() {
        return sourceLabel;
    }

    public Annotator annotator() {
        return annotator;
    }

    /** The labels in display order. */
    public List<Label> labels() {
        return labels;
    }

    public Optional<Label> label(String name) {
        return labels.stream().filter(l -> l.name().equals(name)).findFirst();
    }

    /** Every article with this annotator's status and span count, in import order. */
    public List<ArticleRow> overview() {
        Map<Long, ArticleStatus> statuses = store.statuses().forAnnotator(annotator.id());
        Map<Long, Integer> counts = store.spans().countsByArticle(annotator.id());
        Map<Long, long[]> closest = store.nearDuplicates().closestByArticle();
        List<ArticleSummary> summaries = store.articles().summaries();
        Map<Long, ArticleSummary> byId = new java.util.HashMap<>();
        summaries.forEach(a -> byId.put(a.id(), a));
        List<ArticleRow> rows = new ArrayList<>();
        for (ArticleSummary a : summaries) {
            long[] pair = closest.get(a.id());
            ArticleSummary other = pair == null ? null : byId.get(pair[0]);
            rows.add(new ArticleRow(a.id(), a.externalId(), a.title(), a.source(),
                    statuses.getOrDefault(a.id(), ArticleStatus.TODO), counts.getOrDefault(a.id(), 0),
                    other == null ? null : new ArticleRow.AlikeArticle(other.externalId(), other.title(), (int) pair[1])));
        }
        return rows;
    }

    /** For each article, how many other annotators have marked it done (articles none has finished left out). */
    public Map<Long, Integer> othersDone() {
        return store.statuses().doneByOthers(annotator.id());
    }

    /** The same for these articles only, each listed (0 when nobody else has marked it done). */
    public Map<Long, Integer> othersDone(java.util.Collection<Long> articleIds) {
        Map<Long, Integer> counts = new java.util.HashMap<>();
        articleIds.forEach(id -> counts.put(id, 0));
        counts.putAll(store.statuses().doneByOthers(annotator.id(), articleIds));
        return counts;
    }

    public LabelingProgress progress() {
        return LabelingProgress.of(overview());
    }

    /**
     * Loads an article with this annotator's spans. Opening a to-do article that already has spans of theirs
     * moves it to in progress (committed here; not an undoable edit).
     */
    public OpenedArticle open(long articleId) {
        Article article = store.articles().get(articleId)
                .orElseThrow(() -> new LabelingException("Article " + articleId + " does not exist"));
        List<Span> spans = store.spans().forArticle(articleId, annotator.id());
        ArticleStatus status = store.statuses().get(articleId, annotator.id());
        if (status == ArticleStatus.TODO && !spans.isEmpty()) {
            store.statuses().set(articleId, annotator.id(), ArticleStatus.IN_PROGRESS);
            status = ArticleStatus.IN_PROGRESS;
        }
        return new OpenedArticle(article, spans, status, store.links().forArticle(articleId, annotator.id()));
    }

    /** This annotator's spans in an article, by start. */
    public List<Span> spans(long articleId) {
        return store.spans().forArticle(articleId, annotator.id());
    }

    /** Everyone else's spans in an article, by start: read-only, only when the annotator asks for them. */
    public List<Span> othersSpans(long articleId) {
        return store.spans().forArticle(articleId).stream()
                .filter(s -> s.annotatorId() != annotator.id())
                .toList();
    }

    /** Annotator names by id, to tell others' spans apart. */
    public Map<Long, String> annotatorNames() {
        return store.annotators().all().stream().collect(Collectors.toMap(Annotator::id, Annotator::name));
    }

    /**
     * Creates and commits a span over the selection [start, end) of the article's text.
     *
     * @param snapToWords trim whitespace and punctuation and extend to whole words; otherwise keep the
     *                    selection (only whitespace trimmed, never splitting a character)
     * @throws LabelingException if the selection holds no text, or this span already exists
     */
    public SpanChange createSpan(Article article, int start, int end, String label, boolean snapToWords) {
        requireLabel(label);
        TextRange range = (snapToWords ? WordSnapper.snap(article.text(), start, end) : WordSnapper.exact(article.text(), start, end))
                .orElseThrow(() -> new LabelingException("Select some words first"));
        return perform(new CreateSpanEdit(article.id(), annotator.id(), range, label), label);
    }

    /**
     * Accepts suggestions (one undo step): each becomes this annotator's span, committed at once, and keeps
     * the recommender it came from.
     *
     * @throws LabelingException if one of them is already this annotator's span
     */
    public SpanChange acceptSuggestions(long articleId, java.util.List<io.veritag.suggest.Suggestion> suggestions) {
        suggestions.forEach(s -> requireLabel(s.label()));
        return perform(new AcceptSuggestionsEdit(articleId, annotator.id(), suggestions), null);
    }

    /** Gives a span another label. Returns empty if it already has that label. */
    public Optional<SpanChange> relabel(long spanId, String label) {
        requireLabel(label);
        Span span = mine(spanId);
        if (span.isSource()) {
            throw new LabelingException("A source stays a source: delete it (Delete) to tag its text otherwise");
        }
        if (span.label().equals(label)) {
            return Optional.empty();
        }
        return Optional.of(perform(new UpdateSpanEdit("relabel " + span.label() + " as " + label, span,
                span.start(), span.end(), label, span.note()), label));
    }

    public SpanChange delete(long spanId) {
        return perform(new DeleteSpanEdit(mine(spanId)), null);
    }

    /** Sets or clears (blank) a span's note. Returns empty if the note is unchanged. */
    public Optional<SpanChange> editNote(long spanId, String note) {
        Span span = mine(spanId);
        String cleaned = note == null || note.isBlank() ? null : note.strip();
        if (Objects.equals(cleaned, span.note())) {
            return Optional.empty();
        }
        if (cleaned != null && cleaned.length() > io.veritag.model.Limits.NOTE) {
            throw new LabelingException("A note can have at most " + io.veritag.model.Limits.NOTE + " characters");
        }
        return Optional.of(perform(new UpdateSpanEdit(cleaned == null ? "clear note" : "edit note", span,
                span.start(), span.end(), span.label(), cleaned), null));
    }

    /** Moves one boundary of a span. Returns empty if the move is impossible (edge of text, span would vanish). */
    public Optional<SpanChange> adjust(Article article, long spanId, BoundaryMove move) {
        Span span = mine(spanId);
        Optional<TextRange> moved = move.apply(article.text(), new TextRange(span.start(), span.end()));
        if (moved.isEmpty()) {
            return Optional.empty();
        }
        TextRange r = moved.get();
        return Optional.of(perform(new UpdateSpanEdit("adjust span", span, r.start(), r.end(), span.label(), span.note()),
                span.label()));
    }

    // ---- sources, links and flags -------------------------------------------------------------------------

    /**
     * Creates a source span over the selection and, if {@code statementId} is one of this annotator's labeled
     * spans, a SAID_BY link from it to the new source: one edit, one undo.
     */
    public SpanChange createSource(Article article, int start, int end, SourceType type, Long statementId, boolean snapToWords) {
        Objects.requireNonNull(type, "type");
        if (statementId != null && mine(statementId).isSource()) {
            statementId = null; // a source is not said by a source: just create it
        }
        TextRange range = (snapToWords ? WordSnapper.snap(article.text(), start, end) : WordSnapper.exact(article.text(), start, end))
                .orElseThrow(() -> new LabelingException("Select some words first"));
        return perform(new CreateSourceEdit(article.id(), annotator.id(), range, type, statementId), Label.SOURCE);
    }

    /** This annotator's links in an article. */
    public List<Link> links(long articleId) {
        return store.links().forArticle(articleId, annotator.id());
    }

    /**
     * Links two of this annotator's spans with {@code type}, in whichever direction the type allows; if that
     * link exists already, removes it instead (the same key links and unlinks).
     *
     * @throws LabelingException if the type cannot join the two labels
     */
    public SpanChange toggleLink(long spanA, long spanB, LinkType type) {
        List<Span> both = store.spans().get(spanA, spanB); // one query: this is on the key-to-commit path
        Span a = mine(both, spanA);
        Span b = mine(both, spanB);
        Span from;
        Span to;
        if (type.allows(a.label(), b.label())) {
            from = a;
            to = b;
        } else if (type.allows(b.label(), a.label())) {
            from = b;
            to = a;
        } else {
            throw new LabelingException(type.displayName() + " cannot link " + a.label() + " and " + b.label());
        }
        Optional<Link> existing = store.links().find(from.id(), to.id(), type);
        return perform(existing.<Edit>map(LinkEdit::remove).orElseGet(() -> LinkEdit.create(from, to, type)), null);
    }

    /** Removes one of this annotator's links. */
    public SpanChange unlink(long linkId) {
        Link link = store.links().get(linkId).orElseThrow(() -> new LabelingException("That link no longer exists"));
        if (link.annotatorId() != annotator.id()) {
            throw new LabelingException("That link belongs to another annotator and is read-only");
        }
        return perform(LinkEdit.remove(link), null);
    }

    /** Marks a span unsure (the annotator's own doubt) or sure again. Returns empty if unchanged. */
    public Optional<SpanChange> setUnsure(long spanId, boolean unsure) {
        Span span = mine(spanId);
        if (span.unsure() == unsure) {
            return Optional.empty();
        }
        return Optional.of(perform(new FlagsEdit(unsure ? "mark unsure" : "mark sure", span, span.sourceType(), unsure), null));
    }

    /** Changes a source span's type. Returns empty if unchanged. */
    public Optional<SpanChange> setSourceType(long spanId, SourceType type) {
        Span span = mine(spanId);
        if (!span.isSource()) {
            throw new LabelingException("Only a source has a source type");
        }
        if (span.sourceType() == type) {
            return Optional.empty();
        }
        return Optional.of(perform(new FlagsEdit("source type " + type.displayName(), span, type, span.unsure()), null));
    }

    /** This annotator's claim clusters; every change is a step of this same undo history. */
    public ClaimClusters claims() {
        return new ClaimClusters(store, annotator, edit -> perform(edit, null));
    }

    /** The current guideline of every label and link type. */
    public List<Guideline> guidelines() {
        return store.guidelines().current();
    }

    /** Sets this annotator's status of an article. Returns empty if it already has that status. */
    public Optional<SpanChange> setStatus(long articleId, ArticleStatus status) {
        ArticleStatus before = store.statuses().get(articleId, annotator.id());
        if (before == status) {
            return Optional.empty();
        }
        return Optional.of(perform(new StatusEdit(articleId, annotator.id(), before, status), null));
    }

    public boolean canUndo() {
        return history.undoDescription().isPresent();
    }

    public boolean canRedo() {
        return history.redoDescription().isPresent();
    }

    public Optional<String> undoDescription() {
        return history.undoDescription();
    }

    public Optional<String> redoDescription() {
        return history.redoDescription();
    }

    public SpanChange undo() {
        return notifyListeners(translate(() -> history.undo(store), null));
    }

    public SpanChange redo() {
        return notifyListeners(translate(() -> history.redo(store), null));
    }

    /** Called after every committed edit, undo and redo, on the calling thread. */
    public void addListener(Consumer<SpanChange> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<SpanChange> listener) {
        listeners.remove(listener);
    }

    private SpanChange perform(Edit edit, String label) {
        return notifyListeners(translate(() -> history.perform(store, edit), label));
    }

    private SpanChange notifyListeners(SpanChange change) {
        for (Consumer<SpanChange> listener : listeners) {
            listener.accept(change);
        }
        return change;
    }

    private static SpanChange translate(java.util.function.Supplier<SpanChange> work, String label) {
        try {
            return work.get();
        } catch (StoreException e) {
            if (e.constraint() == Constraint.UQ_SPAN_IDENTITY) {
                throw new LabelingException("You already have a " + (label == null ? "" : label + " ") + "span on exactly that text", e);
            }
            if (e.constraint() == Constraint.UQ_SPAN_LINK_PAIR) {
                throw new LabelingException("Those two spans already have that link", e);
            }
            if (e.constraint() == Constraint.CK_SPAN_LINK_KIND) {
                throw new LabelingException("Those labels cannot be linked that way", e);
            }
            if (e.constraint() == Constraint.CK_CLAIM_MEMBER_ROLE) {
                throw new LabelingException("That span is in a claim cluster: take it out of the cluster before giving it that label", e);
            }
            if (e.constraint() == Constraint.PK_CLAIM_MEMBER) {
                throw new LabelingException("That span is already in a claim cluster", e);
            }
            throw new LabelingException("Not saved: " + e.getMessage(), e);
        }
    }

    private Span mine(List<Span> read, long spanId) {
        Span span = read.stream().filter(s -> s.id() == spanId).findFirst()
                .orElseThrow(() -> new LabelingException("That span no longer exists"));
        if (span.annotatorId() != annotator.id()) {
            throw new LabelingException("That span belongs to another annotator and is read-only");
        }
        return span;
    }

    private Span mine(long spanId) {
        Span span = store.spans().get(spanId).orElseThrow(() -> new LabelingException("That span no longer exists"));
        if (span.annotatorId() != annotator.id()) {
            throw new LabelingException("That span belongs to another annotator and is read-only");
        }
        return span;
    }

    private void requireLabel(String label) {
        if (label(label).isEmpty()) {
            throw new LabelingException("Unknown label " + label);
        }
    }
}
