package io.veritag.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads a whole file that a library parses at once (a web page, PDF, Word file), refusing one beyond a size limit. */
final class FileBytes {
    /** Largest web page, PDF or Word file read (bytes): far above any article, far below the heap. */
    static final int MAX_BYTES = 128 << 20;

    private FileBytes() {
    }

    static byte[] readAll(InputStream in, String sourceName) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[1 << 16];
        try {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                out.write(buffer, 0, n);
                if (out.size() > MAX_BYTES) {
                    throw new InputProblem(sourceName, 0, "file is larger than the limit of " + (MAX_BYTES >> 20) + " MB");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (out.size() == 0) {
            throw new InputProblem(sourceName, 0, "empty file: no text to annotate");
        }
        return out.toByteArray();
    }

    /** The article text checked against the limit, normalised like every imported text. */
    static String articleText(java.util.List<String> paragraphs, String sourceName) {
        String text = TextNormalizer.normalize(String.join("\n\n", paragraphs)).strip();
        if (text.length() > MAX_ARTICLE_CHARS) {
            throw new InputProblem(sourceName, 0, "the text is longer than the limit of " + MAX_ARTICLE_CHARS + " characters");
        }
        return text;
    }

    private static final int MAX_ARTICLE_CHARS = ArticleReader.MAX_ARTICLE_CHARS;

    /** Metadata a file carries, cut to what the database column holds (a page's metadata is not the user's to fix). */
    static String fit(String value, int max) {
        if (value == null || value.length() <= max) {
            return value;
        }
        int cut = max - 1;
        if (Character.isHighSurrogate(value.charAt(cut - 1))) {
            cut--;
        }
        return value.substring(0, cut) + "…";
    }
}
