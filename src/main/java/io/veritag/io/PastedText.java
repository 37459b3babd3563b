package io.veritag.io;

import io.veritag.model.Limits;
import io.veritag.model.NewArticle;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** An article made from pasted text: normalised like an imported file, its title from the first line with letters. */
public final class PastedText {
    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private PastedText() {
    }

    /**
     * @param source the outlet, or blank
     * @param url    where it was read, or blank
     * @throws IllegalArgumentException with a one-line reason (empty text, a field too long)
     */
    public static NewArticle article(String text, String source, String url) {
        String normalized = TextNormalizer.normalize(text == null ? "" : text);
        if (normalized.isBlank()) {
            throw new IllegalArgumentException("nothing to paste: the text is empty");
        }
        if (normalized.length() > Limits.ARTICLE_TEXT_CHARS) {
            throw new IllegalArgumentException("the text is longer than the limit of " + Limits.ARTICLE_TEXT_CHARS + " characters");
        }
        String outlet = blankToNull(source);
        String address = blankToNull(url);
        String tooLong = Limits.articleProblem(null, null, outlet, address, null);
        if (tooLong != null) {
            throw new IllegalArgumentException(tooLong.replace("\"source\"", "the source").replace("\"url\"", "the url"));
        }
        String id = "pasted-" + LocalDateTime.now(ZoneOffset.UTC).format(ID_TIME);
        return new NewArticle(id, Titles.fromText(normalized), outlet, address, null, normalized);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
