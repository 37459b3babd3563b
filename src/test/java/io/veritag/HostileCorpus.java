package io.veritag;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Veritag JSONL corpus of hostile strings: HTML that would load an image or draw a fake interface, terminal
 * escapes, C1 controls, bidi overrides, line separators inside spans and notes, spreadsheet formulas, report
 * separators in names, and ids too long or too awkward for a file name. Tests import it through the real import.
 */
public final class HostileCorpus {
    /** Where the HTML images point: a test listens there and counts requests. */
    private final int port;
    private final List<String> lines = new ArrayList<>();

    public HostileCorpus(int port) {
        this.port = port;
    }

    public String img() {
        return "<html><img src=http://127.0.0.1:" + port + "/x>";
    }

    public static final String FAKE = "<html><h1 style='color:red'>FAKE";
    public static final String ESCAPES = "\u001b[31mred\u001b]0;title\u0007\u009b2J";
    public static final String BIDI = "\u202eexe.txt\u2066x\u2069";
    public static final String LONG_ASCII = "a".repeat(255);
    public static final String LONG_CJK = "漢".repeat(255);
    public static final String SLASHES = "/".repeat(100);

    /** The standard hostile set: five articles, three annotators (one called manifest.json). */
    public HostileCorpus standard() {
        add("html-img", img() + " title", "anna", "Officials said the bridge\u2028was closed.", "bridge\u2028was", img() + " note");
        add("fake\u0085" + ESCAPES, FAKE, "manifest.json", "Officials denied\u2029it all. " + BIDI, "denied\u2029it",
                "=HYPERLINK(\"http://127.0.0.1:" + port + "/f\",\"click\")");
        add(LONG_ASCII, "Long ASCII " + BIDI, "ben", "A story with a long id \u0085 and NEL.", "long id \u0085 and", "@SUM(1+1)\u2028line");
        add(LONG_CJK, "长 " + ESCAPES, "anna", "記者は橋が閉鎖されたと述べた。", "橋が閉鎖", "-2+3");
        add(SLASHES, "Slashes <b>bold</b> & <i>", "ben", "Slashes everywhere 🇺🇦 said nobody.", "everywhere 🇺🇦", "+cmd|' /C calc'!A0");
        return this;
    }

    /** One document with one CLAIM span over the first occurrence of {@code spanText}. */
    public HostileCorpus add(String id, String title, String annotator, String text, String spanText, String note) {
        int from = text.indexOf(spanText);
        if (from < 0) {
            throw new IllegalArgumentException(spanText + " not in " + text);
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("id", id);
        doc.put("title", title);
        doc.put("source", "<script>alert(1)</script>");
        doc.put("url", "javascript:alert(1)");
        doc.put("published", null);
        doc.put("text", text);
        doc.put("annotator", annotator);
        doc.put("status", "done");
        Map<String, Object> span = new LinkedHashMap<>();
        span.put("start", text.codePointCount(0, from));
        span.put("end", text.codePointCount(0, from + spanText.length()));
        span.put("label", "CLAIM");
        span.put("text", spanText);
        span.put("note", note);
        doc.put("spans", List.of(span));
        try {
            lines.add(new ObjectMapper().writeValueAsString(doc));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    public Path write(Path file) {
        try {
            return Files.writeString(file, String.join("\n", lines) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
