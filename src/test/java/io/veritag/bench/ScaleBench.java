package io.veritag.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.veritag.io.AnnotatedDocument;
import io.veritag.io.ArticleData;
import io.veritag.io.DatasetFormats;
import io.veritag.io.DatasetWriter;
import io.veritag.io.ExportFolder;
import io.veritag.io.ExportSettings;
import io.veritag.io.LabeledSpan;
import io.veritag.io.SpanOrder;
import io.veritag.model.ArticleStatus;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

/**
 * A desk's whole archive (issue 17): generates N articles × 3 annotators (about 3.5 spans each, so about
 * 10 spans an article: a million spans at 100,000 articles) as JSONL, then runs each command as a user does,
 * every one in a fresh JVM with the heap capped at 256 MB, one after the other on the same file database:
 * {@code import}, {@code import-annotations}, {@code agreement --format json}, {@code adjudicate --auto},
 * the listings, the exports. For each it prints the wall time, MB/s (of the file read or written), the peak
 * resident memory (from {@code /usr/bin/time}), and the database file's size after the command's clean close.
 *
 * <p>{@code mvn -B -Pbench test-compile exec:exec -Dbench.main=io.veritag.bench.ScaleBench -Dbench=100000}
 * (the argument is N; {@code -Dscale.jfr=DIR} records each command with JFR into DIR,
 * {@code -Dscale.keep=true} keeps the work folder, {@code -Dscale.only=import,import-annotations} runs only the
 * commands whose names start with one of these, {@code -Dscale.work=DIR} works in DIR and reuses the corpus and
 * database an earlier run kept there). Last, under a display ({@code xvfb-run}), the window is opened on the
 * database and used ({@link WindowProbe}): the time to a usable article list, per key of the list's filter,
 * per Next article. A command that fails (an OutOfMemoryError at
 * the 256 MB heap) is reported on its line with its first error, and the next commands still run.
 */
public final class ScaleBench {
    static final String[] ANNOTATORS = {"anna", "boris", "carla"};
    private static final String[] WORDS = {"officials", "said", "the", "city", "of", "Kherson", "was", "liberated",
            "on", "Friday", "but", "Moscow", "denied", "any", "retreat", "and", "analysts", "think", "troops", "may",
            "return", "🇺🇦", "𝕏", "posts", "claimed", "that", "power", "is", "back", "😀", "prices", "fell", "赫尔松",
            "résumé", "naïve", "bridge", "was", "destroyed", "reports", "suggest", "otherwise"};
    private static final String[] LABELS = {"CLAIM", "DENIAL", "SPECULATION"};
    private static final int SPANS_PER_ARTICLE = 4;

    private ScaleBench() {
    }

    public static void main(String[] args) throws Exception {
        int articles = args.length > 0 && args[0].matches("\\d+") ? Integer.parseInt(args[0]) : 100_000;
        String reuse = System.getProperty("scale.work", "");
        Path work = reuse.isBlank() ? Files.createTempDirectory("veritag-scale") : Files.createDirectories(Path.of(reuse));
        try {
            run(work, articles);
        } finally {
            if (!Boolean.getBoolean("scale.keep") && reuse.isBlank()) {
                DatasetBench.delete(work);
            } else {
                System.out.println("work folder kept: " + work);
            }
        }
    }

    private static void run(Path work, int articles) throws Exception {
        Path articleFile = work.resolve("articles.jsonl");
        Path annotationFile = work.resolve("annotations/data.jsonl");
        long generated = System.nanoTime();
        boolean kept = Files.isRegularFile(articleFile) && Files.isRegularFile(annotationFile);
        if (!kept) {
            Files.createDirectories(articleFile.getParent());
        }
        String only = System.getProperty("scale.only", "");
        boolean importing = only.isBlank() || java.util.Arrays.stream(only.split(",")).anyMatch(o -> o.strip().startsWith("import"));
        // counting a kept file's spans reads all of it (a gigabyte at 100,000): only when the sizes line needs them
        int spans = !kept ? generate(articles, articleFile, annotationFile.getParent())
                : importing ? (int) spansIn(annotationFile) : -1;
        System.out.printf(Locale.ROOT, "corpus: %,d articles, %s spans of 3 annotators; articles.jsonl %.1f MB, "
                        + "annotations jsonl %.1f MB (%s in %.1f s)%n", articles,
                spans < 0 ? "(not counted)" : String.format(Locale.ROOT, "%,d", spans), mb(Files.size(articleFile)),
                mb(Files.size(annotationFile)), kept ? "kept from an earlier run" + (spans < 0 ? "" : ", spans counted") : "generated",
                (System.nanoTime() - generated) / 1e9);
        System.out.println("load: " + Files.readString(Path.of("/proc/loadavg")).strip());
        Path db = work.resolve("db/veritag");
        Files.createDirectories(db.getParent());
        System.out.printf(Locale.ROOT, "%-36s %9s %9s %9s %10s%n", "command (fresh JVM, -Xmx256m)", "wall s", "MB/s",
                "peak MB", "db MB");
        boolean imported = command(work, db, "import", Files.size(articleFile), "import", articleFile.toString());
        long afterArticles = dbSize(db);
        imported &= command(work, db, "import-annotations", Files.size(annotationFile), "import-annotations", "--format", "jsonl",
                annotationFile.toString());
        long afterSpans = dbSize(db);
        command(work, db, "agreement --format json", -1, "agreement", "--format", "json", "--out",
                work.resolve("agreement.json").toString());
        command(work, db, "adjudicate --auto", -1, "adjudicate", "--auto", "--curator", "bench");
        command(work, db, "articles --format json", -1, "articles", "--format", "json");
        command(work, db, "annotators --format json", -1, "annotators", "--format", "json");
        command(work, db, "gold --format json", -1, "gold", "--format", "json");
        for (String format : List.of("jsonl", "conll", "brat")) {
            command(work, db, "export --format " + format, -2, "export", "--format", format, "--out",
                    work.resolve("export-" + format).toString());
        }
        window(work, db);
        if (!imported) {
            System.out.printf(Locale.ROOT, "database after the last command's clean close: %.1f MB (the sizes per 1,000 "
                    + "articles and per 100,000 spans need both imports in this run)%n", mb(dbSize(db)));
            System.out.println("load: " + Files.readString(Path.of("/proc/loadavg")).strip());
            return;
        }
        System.out.printf(Locale.ROOT, "database after a clean close: %.1f MB after the articles (%.2f MB per 1,000 "
                        + "articles, articles.jsonl %.2f MB per 1,000); %.1f MB after the annotations (%.1f MB per "
                        + "100,000 spans); %.2f× the JSONL it came from (%.1f MB)%n",
                mb(afterArticles), mb(afterArticles) * 1000 / articles, mb(Files.size(articleFile)) * 1000 / articles,
                mb(afterSpans), mb(afterSpans - afterArticles) * 100_000 / spans,
                (double) afterSpans / (Files.size(articleFile) + Files.size(annotationFile)),
                mb(Files.size(articleFile) + Files.size(annotationFile)));
        System.out.println("load: " + Files.readString(Path.of("/proc/loadavg")).strip());
    }

    /**
     * Runs one command in a fresh JVM and prints its line. {@code inputBytes} gives MB/s of the file read;
     * -2 means MB/s of the folder the command wrote (an export); -1 none.
     */
    private static boolean command(Path work, Path db, String name, long inputBytes, String... args) throws Exception {
        String only = System.getProperty("scale.only", "");
        if (!only.isBlank() && java.util.Arrays.stream(only.split(",")).map(String::strip).noneMatch(name::startsWith)) {
            return false;
        }
        Path timeFile = work.resolve("time.txt");
        Path stdout = work.resolve("stdout.txt");
        List<String> line = new ArrayList<>(List.of("/usr/bin/time", "-f", "%M", "-o", timeFile.toString(),
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m"));
        String jfr = System.getProperty("scale.jfr");
        if (jfr != null && !jfr.isBlank()) {
            Files.createDirectories(Path.of(jfr));
            line.add("-XX:StartFlightRecording=settings=profile,filename="
                    + Path.of(jfr, name.replaceAll("[^a-z]+", "-") + ".jfr").toAbsolutePath());
        }
        line.addAll(List.of("-cp", System.getProperty("java.class.path"), "io.veritag.Veritag", "--db", db.toString()));
        line.addAll(List.of(args));
        Path stderr = work.resolve("stderr-" + name.replaceAll("[^a-z]+", "-") + ".txt");
        long start = System.nanoTime();
        Process process = new ProcessBuilder(line).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        int exit = process.waitFor();
        double seconds = (System.nanoTime() - start) / 1e9;
        if (exit != 0) {
            // the next commands still run on the database as it is: one failure does not hide the others' figures
            String peakKb = Files.readAllLines(timeFile).stream().filter(s -> s.matches("\\d+")).findFirst().orElse("0");
            System.out.printf(Locale.ROOT, "%-36s %9.2f %9s %9.0f %10.1f   FAILED, exit %d: %s%n", name, seconds, "-",
                    Long.parseLong(peakKb) / 1024.0, mb(dbSize(db)), exit, firstError(stderr, stdout));
            return false;
        }
        long bytes = inputBytes == -2 ? folderSize(work.resolve("export-" + args[2]))
                : inputBytes == -1 ? Files.size(stdout) + optionalSize(work.resolve("agreement.json")) * (name.startsWith("agreement") ? 1 : 0)
                : inputBytes;
        String rate = inputBytes == -1 ? "-" : String.format(Locale.ROOT, "%.1f", mb(bytes) / seconds);
        String peakKb = Files.readAllLines(timeFile).stream().filter(s -> s.matches("\\d+")).findFirst().orElse("0");
        System.out.printf(Locale.ROOT, "%-36s %9.2f %9s %9.0f %10.1f   (%s %.1f MB)%n", name, seconds, rate,
                Long.parseLong(peakKb) / 1024.0, mb(dbSize(db)), inputBytes == -2 ? "wrote" : inputBytes == -1 ? "output" : "read",
                mb(bytes));
        return true;
    }

    /**
     * The window on the database, from a fresh JVM ({@link WindowProbe}, {@link #windowJvm}, with
     * preferences of its own so that no remembered layout or name plays a part, as annotator {@code anna}): the
     * time until its article list shows the articles, painted (usable); then each key of a filter typed into
     * the list's filter box and deleted again, from the key to the list updated and painted (median and worst);
     * then Next article (Alt+Down) from the open one, from the key to the next article shown (median and worst);
     * then the probe closes the window as a user would. Needs a display ({@code xvfb-run}); without one the
     * lines say so. {@code -Dscale.jfr=DIR} records it into {@code DIR/window.jfr}.
     */
    private static void window(Path work, Path db) throws Exception {
        String only = System.getProperty("scale.only", "");
        if (!only.isBlank() && java.util.Arrays.stream(only.split(",")).map(String::strip).noneMatch("window"::startsWith)) {
            return;
        }
        String name = "window open to usable list";
        if (System.getenv("DISPLAY") == null || System.getenv("DISPLAY").isBlank()) {
            System.out.printf(Locale.ROOT, "%-36s   not run: no display (run the bench under xvfb-run)%n", name);
            return;
        }
        List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.util.prefs.userRoot=" + work.resolve("window-prefs")));
        line.addAll(List.of(windowJvm().split("\\s+")));
        String jfr = System.getProperty("scale.jfr");
        if (jfr != null && !jfr.isBlank()) {
            Files.createDirectories(Path.of(jfr));
            line.add("-XX:StartFlightRecording=settings=profile,filename=" + Path.of(jfr, "window.jfr").toAbsolutePath());
        }
        line.addAll(List.of("-cp", System.getProperty("java.class.path"), WindowProbe.class.getName(), "--db",
                db.toString(), "--annotator", ANNOTATORS[0]));
        Path stderr = work.resolve("stderr-window.txt");
        System.out.println("load: " + Files.readString(Path.of("/proc/loadavg")).strip());
        long start = System.nanoTime();
        Process process = new ProcessBuilder(line).redirectError(stderr.toFile()).start();
        double listed = -1;
        long rssKb = 0;
        List<Double> keys = new ArrayList<>();
        List<Double> nexts = new ArrayList<>();
        List<Double> keyCpu = new ArrayList<>();
        List<Double> keyGc = new ArrayList<>();
        List<Double> nextCpu = new ArrayList<>();
        List<Double> nextGc = new ArrayList<>();
        StringBuilder keyLine = new StringBuilder();
        String failed = null;
        try (var out = new java.io.BufferedReader(new java.io.InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String read; (read = out.readLine()) != null; ) {
                String[] words = read.split(" ");
                switch (words[0]) {
                    case "veritag-listed" -> listed = (System.nanoTime() - start) / 1e9;
                    case "veritag-key" -> {
                        double ms = Double.parseDouble(words[2]);
                        keys.add(ms);
                        keyCpu.add(Double.parseDouble(words[4]));
                        keyGc.add(Double.parseDouble(words[5]));
                        keyLine.append(String.format(Locale.ROOT, " %s %.0f ms (%s rows, EDT cpu %.0f, gc %s);",
                                words[1].replace('_', ' '), ms, words[3], Double.parseDouble(words[4]), words[5]));
                    }
                    case "veritag-next" -> {
                        nexts.add(Double.parseDouble(words[1]));
                        nextCpu.add(Double.parseDouble(words[2]));
                        nextGc.add(Double.parseDouble(words[3]));
                    }
                    case "veritag-rss" -> rssKb = Long.parseLong(words[1].strip());
                    case "veritag-probe-failed" -> failed = read.substring(words[0].length()).strip();
                    default -> { }
                }
            }
        }
        int exit = process.waitFor();
        if (listed < 0) {
            System.out.printf(Locale.ROOT, "%-36s   FAILED, exit %d, never listed: %s%n", name, exit,
                    failed != null ? failed : firstError(stderr, stderr));
            return;
        }
        System.out.printf(Locale.ROOT, "%-36s %9.2f %9s %9.0f %10.1f   (fresh JVM %s, from its start; closed after %.1f s)%n",
                name, listed, "-", rssKb / 1024.0, mb(dbSize(db)), windowJvm(), (System.nanoTime() - start) / 1e9);
        System.out.printf(Locale.ROOT, "%-36s %s%n", "filter-as-you-type, ms per key", keys.isEmpty() ? "not measured"
                : String.format(Locale.ROOT, "median %.1f, worst %.1f of %d keys (\"%s\" typed, then deleted)",
                median(keys), worst(keys), keys.size(), WindowProbe.FILTER));
        if (!keys.isEmpty()) {
            System.out.printf(Locale.ROOT, "  the EDT's own CPU per key: median %.1f, worst %.1f ms; collections during the keys: %.0f ms%n",
                    median(keyCpu), worst(keyCpu), keyGc.stream().mapToDouble(Double::doubleValue).sum());
            System.out.println("  keys:" + keyLine);
        }
        System.out.printf(Locale.ROOT, "%-36s %s%n", "next article (Alt+Down), ms", nexts.isEmpty() ? "not measured"
                : String.format(Locale.ROOT, "median %.1f, worst %.1f of %d moves (first %.1f)", median(nexts),
                worst(nexts), nexts.size(), nexts.get(0)));
        if (!nexts.isEmpty()) {
            System.out.printf(Locale.ROOT, "  the EDT's own CPU per move: median %.1f, worst %.1f ms; collections during the moves: %.0f ms%n",
                    median(nextCpu), worst(nextCpu), nextGc.stream().mapToDouble(Double::doubleValue).sum());
        }
        if (failed != null) {
            System.out.println("  the probe stopped early: " + failed);
        }
        System.out.println("load: " + Files.readString(Path.of("/proc/loadavg")).strip());
    }

    /**
     * The window JVM's options: the desktop launcher's ({@code src/main/launcher/veritag}: serial collector, 16 MB
     * initial heap, no maximum, so a quarter of the memory) without its class-data archive; {@code
     * -Dscale.windowJvm="-Xmx256m"} (any options) runs it as the commands run, with their capped heap.
     */
    private static String windowJvm() {
        String options = System.getProperty("scale.windowJvm", "");
        return options.isBlank() ? "-XX:+UseSerialGC -Xms16m" : options.strip();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static double worst(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }

    /** The first line that names an error (an exception, OutOfMemoryError), else the first line at all. */
    private static String firstError(Path stderr, Path stdout) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(stderr));
        lines.addAll(Files.readAllLines(stdout));
        return lines.stream().filter(l -> l.contains("Error") || l.contains("Exception") || l.startsWith("veritag:"))
                .findFirst().or(() -> lines.stream().filter(l -> !l.isBlank()).findFirst()).orElse("(no output)");
    }

    /** Spans in a kept annotations file (its lines' {@code "label"} fields), for the summary line. */
    private static long spansIn(Path annotationFile) throws IOException {
        try (Stream<String> lines = Files.lines(annotationFile)) {
            return lines.mapToLong(l -> {
                long count = 0;
                for (int at = l.indexOf("\"label\""); at >= 0; at = l.indexOf("\"label\"", at + 1)) {
                    count++;
                }
                return count;
            }).sum();
        }
    }

    private static long dbSize(Path db) throws IOException {
        return optionalSize(Path.of(db + ".mv.db"));
    }

    private static long optionalSize(Path file) throws IOException {
        return Files.exists(file) ? Files.size(file) : 0;
    }

    private static long folderSize(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).sum();
        }
    }

    private static double mb(long bytes) {
        return bytes / 1_000_000.0;
    }

    /**
     * Writes the articles (id, title, source, published, text) to one file and every annotator's spans to
     * {@code annotationFolder/data.jsonl}. Each article has four places worth marking; each annotator marks
     * each one with probability 0.85, sometimes with another label or one word longer, and now and then one
     * place of their own. Deterministic (fixed seed). Returns the number of spans.
     */
    static int generate(int articles, Path articleFile, Path annotationFolder) throws IOException {
        Random random = new Random(17);
        int spanCount = 0;
        JsonFactory json = new JsonFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        try (Writer articleOut = new BufferedWriter(Files.newBufferedWriter(articleFile, StandardCharsets.UTF_8), 1 << 16);
             DatasetWriter annotations = DatasetFormats.require("jsonl").openWriter(new ExportFolder(annotationFolder), null,
                     new ExportSettings(List.of(LABELS)))) {
            for (int a = 0; a < articles; a++) {
                StringBuilder text = new StringBuilder();
                List<int[]> words = new ArrayList<>();
                while (text.length() < 1500) {
                    int sentence = 8 + random.nextInt(12);
                    for (int w = 0; w < sentence; w++) {
                        int start = text.length();
                        text.append(WORDS[random.nextInt(WORDS.length)]);
                        words.add(new int[] {start, text.length()});
                        text.append(w == sentence - 1 ? "." : " ");
                    }
                    text.append(random.nextInt(4) == 0 ? "\n\n" : " ");
                }
                text.append("Article ").append(a).append('.');
                String id = String.format(Locale.ROOT, "scale-%06d", a);
                ArticleData article = ArticleData.of(id, "Article " + a, "Scale", null, "2022-11-11", text.toString());
                try (JsonGenerator out = json.createGenerator(articleOut)) {
                    out.writeStartObject();
                    out.writeStringField("id", id);
                    out.writeStringField("title", article.title());
                    out.writeStringField("source", "Scale");
                    out.writeStringField("published", "2022-11-11");
                    out.writeStringField("text", article.text());
                    out.writeEndObject();
                }
                articleOut.write('\n');
                int[][] places = new int[SPANS_PER_ARTICLE][];
                for (int p = 0; p < places.length; p++) {
                    int first = random.nextInt(words.size() - 6);
                    places[p] = new int[] {first, first + random.nextInt(5), random.nextInt(LABELS.length)};
                }
                for (String annotator : ANNOTATORS) {
                    java.util.Map<String, LabeledSpan> spans = new java.util.LinkedHashMap<>();
                    for (int[] place : places) {
                        if (random.nextInt(100) < 85) {
                            int last = place[1] + (random.nextInt(10) == 0 ? 1 : 0);
                            String label = LABELS[random.nextInt(10) == 0 ? random.nextInt(LABELS.length) : place[2]];
                            add(spans, words, place[0], last, label);
                        }
                    }
                    if (random.nextInt(3) == 0) {
                        int first = random.nextInt(words.size() - 6);
                        add(spans, words, first, first + random.nextInt(4), LABELS[random.nextInt(LABELS.length)]);
                    }
                    List<LabeledSpan> sorted = new ArrayList<>(spans.values());
                    sorted.sort(SpanOrder.COMPARATOR);
                    spanCount += sorted.size();
                    annotations.write(new AnnotatedDocument(article, annotator, ArticleStatus.DONE, sorted));
                }
            }
            annotations.finish();
        }
        return spanCount;
    }

    private static void add(java.util.Map<String, LabeledSpan> spans, List<int[]> words, int first, int last, String label) {
        int start = words.get(first)[0];
        int end = words.get(last)[1];
        spans.putIfAbsent(start + ":" + end + ":" + label, new LabeledSpan(start, end, label, null));
    }
}
