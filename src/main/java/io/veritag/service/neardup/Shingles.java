package io.veritag.service.neardup;

import java.util.Arrays;
import java.util.Locale;

/**
 * The word shingles of a text, as 64-bit hashes: the text is lower-cased, cut into words (runs of letters and
 * digits; punctuation, spacing and line breaks do not count) and every run of {@value #WORDS} consecutive words is
 * one shingle. Headlines, bylines and a changed paragraph touch only the shingles around them.
 */
public final class Shingles {
    static final int WORDS = 5;

    private final long[] hashes;

    private Shingles(long[] hashes) {
        this.hashes = hashes;
    }

    /** The distinct shingles of {@code text}, sorted; a text of fewer than five words is one shingle. */
    public static Shingles of(String text) {
        long[] words = wordHashes(text);
        if (words.length == 0) {
            return new Shingles(new long[0]);
        }
        int count = Math.max(1, words.length - WORDS + 1);
        long[] shingles = new long[count];
        for (int i = 0; i < count; i++) {
            long h = 0x9E3779B97F4A7C15L;
            for (int j = i; j < Math.min(words.length, i + WORDS); j++) {
                h = MinHash.mix(h ^ words[j]);
            }
            shingles[i] = h;
        }
        Arrays.sort(shingles);
        return new Shingles(Arrays.stream(shingles).distinct().toArray());
    }

    public int size() {
        return hashes.length;
    }

    long[] hashes() {
        return hashes;
    }

    /** Shared shingles over all shingles of the two (Jaccard), 0 when both are empty. */
    public double jaccard(Shingles other) {
        int shared = 0;
        int i = 0;
        int j = 0;
        while (i < hashes.length && j < other.hashes.length) {
            long a = hashes[i];
            long b = other.hashes[j];
            if (a == b) {
                shared++;
                i++;
                j++;
            } else if (a < b) {
                i++;
            } else {
                j++;
            }
        }
        int union = hashes.length + other.hashes.length - shared;
        return union == 0 ? 0 : (double) shared / union;
    }

    private static long[] wordHashes(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        long[] words = new long[16];
        int count = 0;
        long h = 0;
        boolean inWord = false;
        for (int i = 0; i < lower.length(); ) {
            int cp = lower.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                h = (inWord ? h : 0xCBF29CE484222325L) ^ cp; // FNV-1a over code points
                h *= 0x100000001B3L;
                inWord = true;
            } else if (inWord) {
                words = add(words, count++, h);
                inWord = false;
            }
        }
        if (inWord) {
            words = add(words, count++, h);
        }
        return Arrays.copyOf(words, count);
    }

    private static long[] add(long[] words, int at, long hash) {
        long[] room = at < words.length ? words : Arrays.copyOf(words, words.length * 2);
        room[at] = hash;
        return room;
    }
}
