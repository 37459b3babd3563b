package io.veritag.model;

import java.util.List;

/**
 * The matches of a corpus search in reading order, the number of articles that match ({@code articlesAtLeast}:
 * the search stopped early and there may be more), and whether more matches exist than the lines listed.
 */
public record SearchResult(List<SearchHit> lines, int articles, boolean articlesAtLeast, boolean truncated) {
    public SearchResult {
        lines = List.copyOf(lines);
    }
}
