package io.veritag.service.dataset;

/** "1 span", "2 spans": counts in messages read as English. */
final class Counted {
    private Counted() {
    }

    static String of(long count, String singular) {
        return count + " " + (count == 1 ? singular : singular + "s");
    }
}
