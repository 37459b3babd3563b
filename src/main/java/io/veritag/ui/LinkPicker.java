package io.veritag.ui;

import io.veritag.model.LinkType;
import io.veritag.model.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Link mode, started with L on a selected span: the arrows step through the spans that the current link type
 * can join to it (nearest first), T switches the type, Enter links (or unlinks, if that link exists), Esc
 * leaves. A click on a span links to it with the type its label calls for. No Swing here: tested without a
 * window; the window only shows it and routes keys to it.
 */
final class LinkPicker {
    private final LabelingModel model;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private Span from;
    private LinkType type;
    private List<Span> candidates = List.of();
    private int index;

    LinkPicker(LabelingModel model) {
        this.model = model;
    }

    boolean active() {
        return from != null;
    }

    Optional<Span> from() {
        return Optional.ofNullable(from);
    }

    LinkType type() {
        return type;
    }

    Optional<Span> target() {
        return active() && !candidates.isEmpty() ? Optional.of(candidates.get(index)) : Optional.empty();
    }

    List<Span> candidates() {
        return candidates;
    }

    /** The link types a span of this label can be at one end of, in their order. */
    static List<LinkType> typesFor(String label) {
        List<LinkType> types = new ArrayList<>(Arrays.stream(LinkType.values()).filter(t -> t.involves(label)).toList());
        if (types.size() > 1 && !label.equals(io.veritag.model.Label.CLAIM)) {
            types.remove(LinkType.SAID_BY); // a denial is first about the claim it denies, a speculation the one it hedges
            types.add(LinkType.SAID_BY);
        }
        return types;
    }

    /** Starts link mode from the selected span of mine; false (with a message) if there is none. */
    boolean start() {
        Optional<Span> selected = model.selectedSpan().filter(s -> model.hasEditableSelection());
        if (selected.isEmpty()) {
            return model.refuse("Click one of your spans first, then press L to link it");
        }
        from = selected.get();
        List<LinkType> types = typesFor(from.label());
        type = types.stream().filter(t -> !candidatesFor(t).isEmpty()).findFirst().orElse(types.get(0));
        choose(type);
        return true;
    }

    /** T: the next link type this span can have; the targets follow the type. */
    void cycleType() {
        if (!active()) {
            return;
        }
        List<LinkType> types = typesFor(from.label());
        choose(types.get((types.indexOf(type) + 1) % types.size()));
    }

    /** Arrows: the next (+1) or previous (-1) target, wrapping around. */
    void step(int direction) {
        if (active() && !candidates.isEmpty()) {
            index = Math.floorMod(index + direction, candidates.size());
            fire();
        }
    }

    /** Enter: links the span to the target (or removes that link if it exists), and leaves link mode. */
    boolean commit() {
        Optional<Span> target = target();
        if (!active()) {
            return false;
        }
        if (target.isEmpty()) {
            cancel();
            return model.refuse("Nothing " + type.displayName().toLowerCase(java.util.Locale.ROOT) + " can link to here: T tries another link type");
        }
        long fromId = from.id();
        LinkType chosen = type;
        cancel();
        return model.toggleLink(fromId, target.get().id(), chosen);
    }

    /** A click on a span in link mode: link to it with the type the two labels call for. */
    boolean pick(Span span) {
        if (!active()) {
            return false;
        }
        Span start = from;
        Optional<LinkType> fits = LinkType.between(start.label(), span.label()).or(() -> LinkType.between(span.label(), start.label()));
        if (span.id() == start.id() || fits.isEmpty() || span.annotatorId() != start.annotatorId()) {
            return model.refuse("A " + start.label() + " cannot link to a " + span.label() + " (Esc leaves link mode)");
        }
        LinkType chosen = candidatesFor(type).contains(span) ? type : fits.get();
        cancel();
        return model.toggleLink(start.id(), span.id(), chosen);
    }

    void cancel() {
        if (active()) {
            from = null;
            candidates = List.of();
            index = 0;
            fire();
        }
    }

    /** "Link mode: Denies → CLAIM “…” (2 of 3) …", for the status bar. */
    String describe(String articleText) {
        if (!active()) {
            return "";
        }
        String arrow = target().map(t -> (type.allows(from.label(), t.label()) ? " → " : " ← ") + t.label() + " “"
                + SpanTableModel.shorten(t.end() <= articleText.length() ? t.textIn(articleText) : "") + "” ("
                + (index + 1) + " of " + candidates.size() + ")").orElse(": nothing to link");
        return "Link " + type.displayName() + arrow + "   ←/→ target · T type · Enter link/unlink · Esc cancel";
    }

    private void choose(LinkType newType) {
        type = newType;
        candidates = candidatesFor(newType);
        index = nearest(candidates);
        fire();
    }

    private List<Span> candidatesFor(LinkType t) {
        List<Span> found = new ArrayList<>();
        for (Span s : model.spans()) {
            if (s.id() != from.id() && (t.allows(from.label(), s.label()) || t.allows(s.label(), from.label()))) {
                found.add(s);
            }
        }
        return found; // already in text order
    }

    /** The candidate nearest to the span being linked, by distance in the text. */
    private int nearest(List<Span> list) {
        int best = 0;
        int bestDistance = Integer.MAX_VALUE;
        for (int i = 0; i < list.size(); i++) {
            Span s = list.get(i);
            int distance = s.end() <= from.start() ? from.start() - s.end() : Math.max(0, s.start() - from.end());
            if (distance < bestDistance) {
                best = i;
                bestDistance = distance;
            }
        }
        return best;
    }

    void addListener(Runnable listener) {
        listeners.add(listener);
    }

    private void fire() {
        listeners.forEach(Runnable::run);
    }
}
