package io.veritag.io;

import io.veritag.model.Limits;
import io.veritag.model.NewArticle;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** What the PDF and office readers share: paragraphs and a document's own properties made into an article. */
final class DocumentText {
    private DocumentText() {
    }

    /**
     * The article for a document's paragraphs. The title is the document's own unless it is empty or a
     * program's placeholder ("Microsoft Word - report.docx", "untitled"); otherwise the first line of text.
     */
    static NewArticle article(String sourceName, List<String> paragraphs, String title, String author, Instant created,
                              String emptyProblem) {
        String text = FileBytes.articleText(paragraphs, sourceName);
        if (text.isBlank()) {
            throw new InputProblem(sourceName, 0, emptyProblem);
        }
        String ownTitle = PageMetadata.clean(title);
        if (ownTitle != null && isPlaceholder(ownTitle)) {
            ownTitle = null;
        }
        String date = created == null ? null : created.atOffset(ZoneOffset.UTC).toLocalDate().toString();
        return new NewArticle(ArticleReader.stem(sourceName),
                ownTitle != null ? FileBytes.fit(ownTitle, Limits.TITLE) : Titles.fromText(text),
                null, null, date, text, FileBytes.fit(PageMetadata.clean(author), Limits.AUTHOR), null);
    }

    private static boolean isPlaceholder(String title) {
        String lower = title.toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("microsoft word - ") || lower.equals("untitled") || lower.equals("title")
                || lower.matches(".*\\.(docx?|odt|pdf|rtf|txt)");
    }

    /** A paragraph's lines as one line of running text; spacing collapsed, blank → null. */
    static String paragraph(String raw) {
        return PageMetadata.clean(raw);
    }
}
