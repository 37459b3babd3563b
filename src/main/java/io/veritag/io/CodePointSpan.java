package io.veritag.io;

/** A span in file units: Unicode code point offsets (end-exclusive) and the text they cover. */
public record CodePointSpan(int start, int end, String text) {
    /** Converts a span whose UTF-16 offsets do not cut a surrogate pair (see {@link SpanAlignment}). */
    public static CodePointSpan of(ArticleData article, LabeledSpan span) {
        return new CodePointSpan(article.offsets().toCodePoint(span.start()), article.offsets().toCodePoint(span.end()),
                article.text().substring(span.start(), span.end()));
    }
}
