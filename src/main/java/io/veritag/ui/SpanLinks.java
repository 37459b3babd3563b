package io.veritag.ui;

import io.veritag.model.Link;
import io.veritag.model.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A span's links and flags in words, for "My spans": "unsure · said by “Shoigu” (Military) · denied by “…”". */
final class SpanLinks {
    static final SpanLinks NONE = new SpanLinks(List.of(), List.of());
    private static final int MAX_WORDS = 40;

    private final Map<Long, Span> spans = new HashMap<>();
    private final Map<Long, List<Link>> bySpan = new HashMap<>();

    SpanLinks(List<Span> spanList, List<Link> links) {
        spanList.forEach(s -> spans.put(s.id(), s));
        for (Link link : links) {
            bySpan.computeIfAbsent(link.fromSpanId(), k -> new ArrayList<>()).add(link);
            bySpan.computeIfAbsent(link.toSpanId(), k -> new ArrayList<>()).add(link);
        }
    }

    String describe(Span span, String text) {
        List<String> parts = new ArrayList<>();
        if (span.isSource()) {
            parts.add(span.sourceType().displayName());
        }
        if (span.unsure()) {
            parts.add("unsure");
        }
        for (Link link : bySpan.getOrDefault(span.id(), List.of())) {
            boolean outgoing = link.fromSpanId() == span.id();
            Span other = spans.get(link.otherEnd(span.id()));
            String verb = outgoing ? link.type().displayName().toLowerCase(Locale.ROOT) : passive(link);
            parts.add(verb + " " + (other == null ? "?" : quote(other, text)));
        }
        return String.join(" · ", parts);
    }

    private static String passive(Link link) {
        return switch (link.type()) {
            case SAID_BY -> "source of";
            case DENIES -> "denied by";
            case HEDGES -> "hedged by";
        };
    }

    private static String quote(Span span, String text) {
        String words = span.end() <= text.length() ? span.textIn(text).replace('\n', ' ') : "";
        if (words.length() > MAX_WORDS) {
            int cut = Character.isHighSurrogate(words.charAt(MAX_WORDS - 1)) ? MAX_WORDS - 1 : MAX_WORDS;
            words = words.substring(0, cut) + "…";
        }
        return "“" + words + "”" + (span.isSource() ? " (" + span.sourceType().displayName() + ")" : "");
    }
}
