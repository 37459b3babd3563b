package io.veritag.model;

/**
 * One match of a corpus search, keyword in context: {@code before + match + after} is a window of the
 * article's text (line breaks shown as spaces); {@code start}/{@code end} are the match's UTF-16 offsets.
 */
public record SearchHit(long articleId, String title, int start, int end, String before, String match, String after) {
}
