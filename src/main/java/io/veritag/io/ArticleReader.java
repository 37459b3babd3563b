package io.veritag.io;

import io.veritag.model.NewArticle;
import java.io.InputStream;
import java.util.function.Consumer;

/** Reads articles from one file (or resource), handing each to {@code sink} as it is read. */
public interface ArticleReader {
    /** Largest article text accepted: larger files are refused with this limit in the message. */
    int MAX_ARTICLE_CHARS = io.veritag.model.Limits.ARTICLE_TEXT_CHARS;

    /**
     * @param sourceName how the file is named in messages, and what external ids default to
     * @throws InputProblem on the first problem; articles already handed to {@code sink} must then be discarded
     */
    void read(String sourceName, InputStream in, Consumer<NewArticle> sink);

    /**
     * The reader for a file name ({@code .txt}, {@code .jsonl}, {@code .html}/{@code .htm}, {@code .pdf}, {@code .docx},
     * {@code .odt}), or null if the ending is not an article format.
     */
    static ArticleReader forFileName(String fileName) {
        String lower = fileName.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith(".txt")) {
            return new TxtArticleReader();
        }
        if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
            return new JsonlArticleReader();
        }
        if (lower.endsWith(".html") || lower.endsWith(".htm")) {
            return new HtmlArticleReader();
        }
        if (lower.endsWith(".pdf")) {
            return new PdfArticleReader();
        }
        if (lower.endsWith(".docx")) {
            return new DocxArticleReader();
        }
        if (lower.endsWith(".odt")) {
            return new OdtArticleReader();
        }
        return null;
    }

    /** The endings {@link #forFileName} reads, for messages. */
    String ENDINGS = ".txt, .jsonl, .html, .htm, .pdf, .docx or .odt";

    /** File name without folder and ending: {@code 000_9b7b.txt} → {@code 000_9b7b}. */
    static String stem(String sourceName) {
        String name = sourceName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
