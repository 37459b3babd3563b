package io.veritag.agreement.adjudication;

import io.veritag.model.gold.GroupKey;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How much of an article's adjudication is done: disagreements settled by a decision in force, out of all.
 * An article with no disagreement is done from the start.
 */
public record Settlement(int settled, int total) {
    public Settlement {
        if (settled < 0 || settled > total) {
            throw new IllegalArgumentException("settled must be between 0 and " + total + ", got " + settled);
        }
    }

    public static Settlement of(ArticleComparison comparison, DecisionReplay replay) {
        Set<GroupKey> settledKeys = replay.inForce().stream()
                .map(d -> d.disagreementKey())
                .filter(k -> k != null)
                .collect(Collectors.toSet());
        int settled = (int) comparison.disagreements().stream().filter(g -> settledKeys.contains(g.key())).count();
        return new Settlement(settled, comparison.disagreements().size());
    }

    public int left() {
        return total - settled;
    }

    public boolean done() {
        return settled == total;
    }

    /** "7 of 23 settled". */
    public String text() {
        return settled + " of " + total + " settled";
    }
}
