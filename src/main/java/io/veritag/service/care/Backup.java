package io.veritag.service.care;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * One backup file and what it holds (unknown, -1, when its note was lost).
 */
public record Backup(Path file, Instant taken, long articles, long spans, long annotators, long goldDecisions) {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    /** E.g. "taken 2 hours ago (2026-11-30 10:15): 120 articles, 830 spans by 3 annotators, 0 gold decisions". */
    public String describe(Instant now) {
        String when = "taken " + age(Duration.between(taken, now)) + " (" + WHEN.format(taken) + ")";
        if (articles < 0) {
            return when;
        }
        return when + ": " + holds();
    }

    /** E.g. "120 articles, 830 spans by 3 annotators, 0 gold decisions" ("contents unknown" without its note). */
    public String holds() {
        if (articles < 0) {
            return "contents unknown";
        }
        return count(articles, "article") + ", " + count(spans, "span") + " by " + count(annotators, "annotator")
                + ", " + count(goldDecisions, "gold decision");
    }

    static String age(Duration age) {
        long minutes = Math.max(0, age.toMinutes());
        if (minutes < 1) {
            return "less than a minute ago";
        }
        if (minutes < 60) {
            return count(minutes, "minute") + " ago";
        }
        long hours = minutes / 60;
        if (hours < 48) {
            return count(hours, "hour") + " ago";
        }
        return count(hours / 24, "day") + " ago";
    }

    private static String count(long n, String noun) {
        return String.format("%,d %s%s", n, noun, n == 1 ? "" : "s");
    }
}
