package io.veritag.io;

/** Derives a title from article text: the first line with letters, cut at a sentence end or about 120 characters. */
public final class Titles {
    static final int MAX_LENGTH = 120;

    private Titles() {
    }

    public static String fromText(String text) {
        for (String line : text.split("\n", -1)) {
            String stripped = line.strip();
            if (stripped.codePoints().anyMatch(Character::isLetter)) {
                return shorten(stripped);
            }
        }
        return "(untitled)";
    }

    private static String shorten(String line) {
        int sentenceEnd = firstSentenceEnd(line);
        if (sentenceEnd > 0 && sentenceEnd <= MAX_LENGTH) {
            return line.substring(0, sentenceEnd);
        }
        if (line.length() <= MAX_LENGTH) {
            return line;
        }
        int cut = line.lastIndexOf(' ', MAX_LENGTH);
        if (cut < MAX_LENGTH / 2) {
            cut = MAX_LENGTH;
        }
        if (Character.isHighSurrogate(line.charAt(cut - 1))) {
            cut--;
        }
        return line.substring(0, cut).strip() + "…";
    }

    /** Index just after the first '.', '!' or '?' that is followed by a space (or ends the line), or -1. */
    private static int firstSentenceEnd(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && (i + 1 == line.length() || line.charAt(i + 1) == ' ')) {
                return i + 1 == line.length() ? -1 : i + 1;
            }
        }
        return -1;
    }
}
