package io.veritag.service.dataset;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A deterministic train/dev/test split by article. Articles are ranked by SHA-256(seed, external id) and cut
 * at the ratios (largest remainder, so 80/10/10 of 10 articles is exactly 8/1/1): the same articles and seed
 * always give the same split, whatever the database or the order they were imported in.
 */
public record DatasetSplit(int train, int dev, int test, long seed) {
    public static final List<String> PARTS = List.of("train", "dev", "test");

    public DatasetSplit {
        if (train < 0 || dev < 0 || test < 0 || train + dev + test == 0) {
            throw new IllegalArgumentException("split ratios must be >= 0 and not all 0, got " + train + "/" + dev + "/" + test);
        }
    }

    /** Parses {@code 80/10/10} (train/dev/test; any non-negative whole numbers, used as proportions). */
    public static DatasetSplit parse(String ratios, long seed) {
        String[] parts = ratios.strip().split("/");
        if (parts.length != 3) {
            throw new IllegalArgumentException("split must look like 80/10/10 (train/dev/test), got '" + ratios + "'");
        }
        try {
            return new DatasetSplit(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()),
                    Integer.parseInt(parts[2].strip()), seed);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("split must look like 80/10/10 (train/dev/test), got '" + ratios + "'");
        }
    }

    /** The parts that get articles, in train, dev, test order. */
    public List<String> usedParts() {
        List<String> used = new ArrayList<>(3);
        int[] weights = {train, dev, test};
        for (int i = 0; i < 3; i++) {
            if (weights[i] > 0) {
                used.add(PARTS.get(i));
            }
        }
        return used;
    }

    /** The part of every article: external id → train, dev or test. */
    public Map<String, String> assign(List<String> externalIds) {
        List<String> ranked = new ArrayList<>(externalIds);
        Map<String, String> keys = new HashMap<>();
        for (String id : ranked) {
            keys.put(id, key(id));
        }
        ranked.sort(Comparator.comparing((String id) -> keys.get(id)).thenComparing(Comparator.naturalOrder()));
        int[] counts = counts(ranked.size());
        Map<String, String> parts = new HashMap<>();
        int next = 0;
        for (int p = 0; p < 3; p++) {
            for (int i = 0; i < counts[p]; i++) {
                parts.put(ranked.get(next++), PARTS.get(p));
            }
        }
        return parts;
    }

    /** How many of {@code n} articles go to train, dev, test: floors, then the largest remainders. */
    int[] counts(int n) {
        int[] weights = {train, dev, test};
        long sum = (long) train + dev + test;
        int[] counts = new int[3];
        long[] remainders = new long[3];
        int given = 0;
        for (int i = 0; i < 3; i++) {
            counts[i] = (int) (n * (long) weights[i] / sum);
            remainders[i] = n * (long) weights[i] % sum;
            given += counts[i];
        }
        while (given < n) {
            int best = 0;
            for (int i = 1; i < 3; i++) {
                if (remainders[i] > remainders[best]) {
                    best = i;
                }
            }
            counts[best]++;
            remainders[best] = -1;
            given++;
        }
        return counts;
    }

    private String key(String externalId) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha.digest((seed + "\u0000" + externalId).getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return train + "/" + dev + "/" + test + " (seed " + seed + ")";
    }
}
