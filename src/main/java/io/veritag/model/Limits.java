package io.veritag.model;

/**
 * Every size limit of Veritag, stated once. Column sizes are those of {@code schema/V1__init.sql}; readers check
 * them before the database does (so that a message names the file and line, not a column), and writers that
 * produce files Veritag reads back refuse what its readers would refuse.
 */
public final class Limits {
    /** Largest article text, in UTF-16 characters. */
    public static final int ARTICLE_TEXT_CHARS = 16 * 1024 * 1024;
    /**
     * Longest line of a JSON Lines file, in UTF-16 characters: read by both jsonl readers, and refused by the jsonl
     * export (an article with a very large number of spans, each carrying its text, can exceed it).
     */
    public static final int JSONL_LINE_CHARS = 2 * ARTICLE_TEXT_CHARS + (1 << 20);
    /** {@code article.external_id}. */
    public static final int EXTERNAL_ID = 255;
    /** {@code article.title}. */
    public static final int TITLE = 500;
    /** {@code article.source}. */
    public static final int SOURCE = 255;
    /** {@code article.url}. */
    public static final int URL = 2000;
    /** {@code article.published}. */
    public static final int PUBLISHED = 40;
    /** {@code article_origin.author}. */
    public static final int AUTHOR = 500;
    /** {@code article_origin.file_name}. */
    public static final int FILE_NAME = 1000;
    /** {@code span.note}. */
    public static final int NOTE = 4000;
    /** {@code annotator.name}. */
    public static final int ANNOTATOR_NAME = 100;

    private Limits() {
    }

    /** What is too long in an article's metadata (null values are fine), or null. */
    public static String articleProblem(String id, String title, String source, String url, String published) {
        String problem = tooLong("\"id\"", id, EXTERNAL_ID);
        problem = problem != null ? problem : tooLong("\"title\"", title, TITLE);
        problem = problem != null ? problem : tooLong("\"source\"", source, SOURCE);
        problem = problem != null ? problem : tooLong("\"url\"", url, URL);
        return problem != null ? problem : tooLong("\"published\"", published, PUBLISHED);
    }

    /** "… is longer than N characters", or null. */
    public static String tooLong(String what, String value, int max) {
        return value != null && value.length() > max ? what + " is longer than " + max + " characters" : null;
    }
}
