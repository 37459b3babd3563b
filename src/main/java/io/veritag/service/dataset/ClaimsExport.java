package io.veritag.service.dataset;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.veritag.io.ExportFolder;
import io.veritag.io.Manifest;
import io.veritag.model.Annotator;
import io.veritag.model.AppVersion;
import io.veritag.model.ClaimSpan;
import io.veritag.service.claims.ClaimCandidate;
import io.veritag.service.claims.ClaimCandidates;
import io.veritag.service.claims.ClaimsOverview;
import io.veritag.service.claims.ClusterSummary;
import io.veritag.store.Store;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Exports one layer's claim clusters into a new folder: {@code claims.jsonl} (one cluster a line: wording, members
 * and attached denials with article ids, code point offsets and text), {@code claim_pairs.jsonl} (pairs of claim
 * texts, label 1 for the same cluster, 0 for hard negatives: the claims of other clusters the candidate index ranks
 * highest for a member) and {@code manifest.json} (counts and the SHA-256 of each file). Written into a hidden
 * folder first and moved into place whole.
 */
public final class ClaimsExport {
    public static final String CLAIMS = "claims.jsonl";
    public static final String PAIRS = "claim_pairs.jsonl";
    /** Hard negatives taken per member claim. */
    private static final int NEGATIVES_PER_CLAIM = 2;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final ObjectMapper JSON = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private final Store store;
    private final ClaimCandidates candidates;
    private final Path exportsRoot;
    private final Clock clock;

    public ClaimsExport(Store store, ClaimCandidates candidates, Path exportsRoot, Clock clock) {
        this.store = store;
        this.candidates = candidates;
        this.exportsRoot = exportsRoot;
        this.clock = clock;
    }

    /** What was written. */
    public record Result(Path folder, int clusters, int claims, int attached, int positivePairs, int negativePairs) {
    }

    /** {@code exports/claims-<yyyyMMdd-HHmmss>}, with {@code -2}, {@code -3}… if that folder exists. */
    public Path defaultDestination() {
        String base = "claims-" + LocalDateTime.now(clock).format(STAMP);
        Path candidate = exportsRoot.resolve(base);
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = exportsRoot.resolve(base + "-" + n);
        }
        return candidate;
    }

    public Result export(Annotator layer, Path destination) {
        Path target = destination != null ? destination : defaultDestination();
        if (Files.exists(target)) {
            throw new IllegalArgumentException("export destination " + target + " already exists");
        }
        List<ClusterSummary> clusters = new ClaimsOverview(store).summaries(layer);
        Map<Long, String> texts = new HashMap<>();
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
            PartialExport.cleanLeftovers(target.toAbsolutePath().getParent());
            try (PartialExport partial = PartialExport.create(target)) {
                ExportFolder folder = new ExportFolder(partial.folder());
                int claims = 0;
                int attached = 0;
                try (OutputStream out = folder.create(CLAIMS)) {
                    for (ClusterSummary c : clusters) {
                        if (c.members().isEmpty()) {
                            continue;
                        }
                        Map<String, Object> line = new LinkedHashMap<>();
                        line.put("cluster", c.cluster().id());
                        line.put("annotator", layer.name());
                        line.put("canonical", c.cluster().canonical());
                        line.put("settled", c.cluster().settled());
                        line.put("outlets", c.outlets());
                        line.put("first_date", c.firstDate());
                        line.put("latest_date", c.latestDate());
                        line.put("members", spans(c.members(), texts));
                        line.put("attached", spans(c.attached(), texts));
                        line.put("sources", c.sources());
                        writeLine(out, line);
                        claims += c.members().size();
                        attached += c.attached().size();
                    }
                }
                int[] pairs = writePairs(folder, clusters);
                List<Manifest.FileEntry> files = folder.files();
                writeManifest(partial.folder().resolve(Manifest.FILE_NAME), layer, clusters, claims, attached, pairs, files);
                partial.close();
                Files.move(partial.folder(), target, StandardCopyOption.ATOMIC_MOVE);
                return new Result(target, (int) clusters.stream().filter(c -> !c.members().isEmpty()).count(), claims, attached,
                        pairs[0], pairs[1]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("claims export failed: " + e.getMessage(), e);
        }
    }

    private List<Map<String, Object>> spans(List<ClaimSpan> spans, Map<Long, String> texts) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (ClaimSpan s : spans) {
            String text = texts.computeIfAbsent(s.articleId(), id -> store.articles().get(id).orElseThrow().text());
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("span", s.spanId());
            m.put("label", s.label());
            m.put("article", s.articleExternalId());
            m.put("outlet", s.outlet());
            m.put("published", s.published());
            // code points in files, UTF-16 inside (one place converts)
            m.put("start", text.codePointCount(0, s.start()));
            m.put("end", text.codePointCount(0, s.end()));
            m.put("text", s.text());
            list.add(m);
        }
        return list;
    }

    /** Every pair of claims of one cluster (label 1), and for each claim its hardest negatives (label 0). */
    private int[] writePairs(ExportFolder folder, List<ClusterSummary> clusters) throws IOException {
        int positive = 0;
        int negative = 0;
        Set<String> written = new HashSet<>();
        try (OutputStream out = folder.create(PAIRS)) {
            for (ClusterSummary c : clusters) {
                List<ClaimSpan> members = c.members();
                for (int i = 0; i < members.size(); i++) {
                    for (int j = i + 1; j < members.size(); j++) {
                        if (written.add(key(members.get(i).spanId(), members.get(j).spanId()))) {
                            writeLine(out, pair(members.get(i).text(), members.get(j).text(), 1));
                            positive++;
                        }
                    }
                }
                for (ClaimSpan member : members) {
                    int taken = 0;
                    for (ClaimCandidate candidate : candidates.forSpan(member.spanId(), ClaimCandidates.TOP)) {
                        boolean otherCluster = candidate.inCluster().map(o -> o.id() != c.cluster().id()).orElse(false);
                        if (otherCluster && taken < NEGATIVES_PER_CLAIM
                                && written.add(key(member.spanId(), candidate.span().spanId()))) {
                            writeLine(out, pair(member.text(), candidate.span().text(), 0));
                            negative++;
                            taken++;
                        }
                    }
                }
            }
        }
        return new int[] {positive, negative};
    }

    private static String key(long a, long b) {
        return Math.min(a, b) + "-" + Math.max(a, b);
    }

    private static Map<String, Object> pair(String a, String b, int label) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("text_a", a);
        m.put("text_b", b);
        m.put("label", label);
        return m;
    }

    private static void writeLine(OutputStream out, Map<String, Object> line) throws IOException {
        out.write(JSON.writeValueAsString(line).getBytes(StandardCharsets.UTF_8));
        out.write('\n');
    }

    private void writeManifest(Path file, Annotator layer, List<ClusterSummary> clusters, int claims, int attached, int[] pairs,
                               List<Manifest.FileEntry> files) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("format", "claims");
        m.put("program_version", AppVersion.program());
        m.put("schema_version", AppVersion.schema());
        m.put("created", Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString());
        m.put("selection", Map.of("layer", layer.name()));
        m.put("offsets", "unicode code points, end exclusive");
        m.put("clusters", clusters.stream().filter(c -> !c.members().isEmpty()).count());
        m.put("settled_clusters", clusters.stream().filter(c -> !c.members().isEmpty() && c.cluster().settled()).count());
        m.put("claims", claims);
        m.put("attached", attached);
        Map<String, Object> pairCounts = new LinkedHashMap<>();
        pairCounts.put("same", pairs[0]);
        pairCounts.put("not_same", pairs[1]);
        pairCounts.put("negatives", "per claim, up to " + NEGATIVES_PER_CLAIM
                + " claims of other clusters among its top " + ClaimCandidates.TOP + " candidates");
        m.put("pairs", pairCounts);
        List<Map<String, Object>> fileList = new ArrayList<>();
        for (Manifest.FileEntry f : files) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("path", f.path());
            e.put("bytes", f.bytes());
            e.put("sha256", f.sha256());
            fileList.add(e);
        }
        m.put("files", fileList);
        Files.writeString(file, JSON.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(m) + "\n");
    }
}
