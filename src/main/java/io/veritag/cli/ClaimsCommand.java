package io.veritag.cli;

import io.veritag.agreement.ClusterScores;
import io.veritag.agreement.PrecisionRecall;
import io.veritag.agreement.Score;
import io.veritag.model.Annotator;
import io.veritag.model.ClaimSpan;
import io.veritag.service.Workspace;
import io.veritag.service.claims.ClaimEvaluation;
import io.veritag.service.claims.ClusterAgreementReport;
import io.veritag.service.claims.ClusterSummary;
import io.veritag.service.dataset.ClaimsExport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code veritag claims}: the claim clusters of each layer (text or JSON); {@code --evaluate}: recall@5 of the
 * candidates on settled clusters; {@code --export}: claims.jsonl and claim_pairs.jsonl with a manifest;
 * {@code --settle ID}: marks a cluster settled.
 */
@Command(name = "claims", mixinStandardHelpOptions = true,
        description = "Claim clusters: list them (default), --evaluate the candidates, --agreement between annotators, --export claims and claim pairs, "
                + "--settle a cluster.")
final class ClaimsCommand implements Callable<Integer> {
    @ParentCommand
    VeritagCommand parent;

    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true)
    Action action = new Action();

    static final class Action {
        @Option(names = "--evaluate", description = "Recall@1 and @5 and MRR of the right cluster among the candidates, "
                + "for each claim of a settled cluster with members in two or more articles.")
        boolean evaluate;

        @Option(names = "--export", description = "Write claims.jsonl, claim_pairs.jsonl and manifest.json into a new folder.")
        boolean export;

        @Option(names = "--agreement", description = "Cluster agreement of every two annotators (or the --layers): over the "
                + "claims both labeled, paired as span agreement pairs them, pairwise same-cluster and B-cubed precision, recall and F1.")
        boolean agreement;

        @Option(names = "--settle", paramLabel = "CLUSTER", description = "Mark a cluster of the --layer settled (checked).")
        Long settle;
    }

    @Option(names = "--layer", paramLabel = "ANNOTATOR", description = "One annotator's layer (default: every layer; "
            + "--export and --settle need one).")
    String layer;

    @Option(names = "--layers", split = ",", paramLabel = "ANNOTATOR", description = "With --agreement: these annotators "
            + "(comma-separated, at least two); the first by name is the reference.")
    List<String> layersForAgreement;

    @Option(names = "--all-clusters", description = "With --evaluate: every cluster, not only the settled ones.")
    boolean allClusters;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    OutputFormat format;

    @Option(names = "--out", paramLabel = "FOLDER", description = "With --export: the new folder (default: exports/claims-<time>).")
    Path out;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Workspace workspace = parent.openWorkspace()) {
            List<Annotator> layers = workspace.claimsOverview().layers(Optional.ofNullable(layer));
            if (layer != null && layers.isEmpty()) {
                throw new IllegalArgumentException("no annotator named " + VisibleText.visible(layer));
            }
            if (action.agreement) {
                agreement(workspace, out);
            } else if (action.evaluate) {
                evaluate(workspace, layers, out);
            } else if (action.export) {
                export(workspace, one(layers), out);
            } else if (action.settle != null) {
                Annotator annotator = one(layers);
                boolean changed = workspace.labeling(annotator).claims().settle(action.settle, true).isPresent();
                out.println("Cluster " + action.settle + (changed ? " settled" : " was already settled"));
            } else {
                list(workspace, layers, out);
            }
            out.flush();
        }
        return 0;
    }

    private Annotator one(List<Annotator> layers) {
        if (layer == null) {
            throw new IllegalArgumentException("name the layer: --layer ANNOTATOR");
        }
        return layers.get(0);
    }

    private void list(Workspace workspace, List<Annotator> layers, PrintWriter out) {
        List<ClusterSummary> all = new ArrayList<>();
        for (Annotator a : layers) {
            all.addAll(workspace.claimsOverview().summaries(a));
        }
        if (format == OutputFormat.json) {
            out.println(JsonOutput.write(all.stream().map(ClaimsCommand::toJson).toList()));
            return;
        }
        TextTable table = new TextTable(60, "ID", "LAYER", "CANONICAL WORDING", "CLAIMS", "OUTLETS", "FIRST", "LATEST",
                "DENIALS", "SPECULATIONS", "SOURCES", "SETTLED");
        for (ClusterSummary c : all) {
            table.row(c.cluster().id(), c.annotator(), c.cluster().canonical(), c.members().size(), c.outlets(),
                    orDash(c.firstDate()), orDash(c.latestDate()), c.denials(), c.speculations(),
                    c.sources().isEmpty() ? "-" : String.join("; ", c.sources()), c.cluster().settled() ? "yes" : "no");
        }
        table.print(out);
        out.println(all.size() + " cluster" + (all.size() == 1 ? "" : "s"));
    }

    private static String orDash(String s) {
        return s == null ? "-" : s;
    }

    private static Map<String, Object> toJson(ClusterSummary c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.cluster().id());
        m.put("layer", c.annotator());
        m.put("canonical", c.cluster().canonical());
        m.put("settled", c.cluster().settled());
        m.put("outlets", c.outlets());
        m.put("first_date", c.firstDate());
        m.put("latest_date", c.latestDate());
        m.put("sources", c.sources());
        m.put("members", c.members().stream().map(ClaimsCommand::span).toList());
        m.put("attached", c.attached().stream().map(ClaimsCommand::span).toList());
        return m;
    }

    private static Map<String, Object> span(ClaimSpan s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("span", s.spanId());
        m.put("label", s.label());
        m.put("article", s.articleExternalId());
        m.put("outlet", s.outlet());
        m.put("published", s.published());
        m.put("text", s.text());
        return m;
    }

    private void evaluate(Workspace workspace, List<Annotator> layers, PrintWriter out) {
        List<ClaimEvaluation.Result> results = new ArrayList<>();
        for (Annotator a : layers) {
            results.add(workspace.claimEvaluation().evaluate(a, !allClusters));
        }
        if (format == OutputFormat.json) {
            out.println(JsonOutput.write(results.stream().map(r -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("layer", r.layer());
                m.put("clusters", r.clusters());
                m.put("claims", r.queries());
                m.put("recall_at_1", r.recallAt1().isPresent() ? r.recallAt1().getAsDouble() : "undefined");
                m.put("recall_at_5", r.recallAt5().isPresent() ? r.recallAt5().getAsDouble() : "undefined");
                m.put("mrr", r.mrr().isPresent() ? r.mrr().getAsDouble() : "undefined");
                return m;
            }).toList()));
            return;
        }
        TextTable table = new TextTable(40, "LAYER", "CLUSTERS", "CLAIMS", "RECALL@1", "RECALL@5", "MRR");
        for (ClaimEvaluation.Result r : results) {
            table.row(r.layer(), r.clusters(), r.queries(), f(r.recallAt1()), f(r.recallAt5()), f(r.mrr()));
        }
        table.print(out);
        out.println((allClusters ? "Every cluster" : "Settled clusters") + " with claims in two or more articles; each claim asks for "
                + "its top 5 candidates in other articles. 'undefined': no such claim.");
    }

    private void agreement(Workspace workspace, PrintWriter out) {
        List<Annotator> chosen = workspace.claimsOverview().layers(Optional.empty());
        if (layersForAgreement != null) {
            List<Annotator> named = new ArrayList<>();
            for (String name : new java.util.LinkedHashSet<>(layersForAgreement)) {
                named.add(chosen.stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow(
                        () -> new IllegalArgumentException("no annotator named " + VisibleText.visible(name))));
            }
            chosen = named;
        }
        if (chosen.size() < 2) {
            throw new IllegalArgumentException("cluster agreement needs two annotators, there " + (chosen.size() == 1 ? "is one" : "are none"));
        }
        List<ClusterAgreementReport.Pair> pairs = workspace.clusterAgreement().pairs(chosen);
        if (format == OutputFormat.json) {
            out.println(JsonOutput.write(pairs.stream().map(ClaimsCommand::toJson).toList()));
            return;
        }
        TextTable table = new TextTable(30, "REFERENCE", "OTHER", "CLAIMS", "MATCHED", "PAIRS (REF/OTHER/BOTH)",
                "PAIRWISE P", "PAIRWISE R", "PAIRWISE F1", "B3 P", "B3 R", "B3 F1");
        List<String> reasons = new ArrayList<>();
        for (ClusterAgreementReport.Pair p : pairs) {
            ClusterScores s = p.scores();
            table.row(p.reference(), p.other(), s.referenceClaims() + "/" + s.otherClaims(), s.matchedClaims(),
                    s.referencePairs() + "/" + s.otherPairs() + "/" + s.sharedPairs(),
                    f(s.pairwise().precision(), reasons), f(s.pairwise().recall(), reasons), f(s.pairwise().f1(), reasons),
                    f(s.bcubed().precision(), reasons), f(s.bcubed().recall(), reasons), f(s.bcubed().f1(), reasons));
        }
        table.print(out);
        for (int i = 0; i < reasons.size(); i++) {
            out.println("(" + (i + 1) + ") undefined: " + reasons.get(i));
        }
        out.println("Over the CLAIM spans both annotators labeled (paired exactly, then by overlap); a claim in no cluster is "
                + "a cluster of its own; the reference (first by name) is the key.");
    }

    /** A score, or "undefined (n)" pointing at its reason below the table. */
    private static String f(Score score, List<String> reasons) {
        if (score.isDefined()) {
            return String.format(Locale.ROOT, "%.3f", score.value());
        }
        int at = reasons.indexOf(score.undefinedReason());
        if (at < 0) {
            reasons.add(score.undefinedReason());
            at = reasons.size() - 1;
        }
        return "undefined (" + (at + 1) + ")";
    }

    private static Map<String, Object> toJson(ClusterAgreementReport.Pair p) {
        ClusterScores s = p.scores();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("reference", p.reference());
        m.put("other", p.other());
        m.put("reference_claims", s.referenceClaims());
        m.put("other_claims", s.otherClaims());
        m.put("matched_claims", s.matchedClaims());
        m.put("reference_pairs", s.referencePairs());
        m.put("other_pairs", s.otherPairs());
        m.put("shared_pairs", s.sharedPairs());
        m.put("pairwise", toJson(s.pairwise()));
        m.put("bcubed", toJson(s.bcubed()));
        return m;
    }

    private static Map<String, Object> toJson(PrecisionRecall pr) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("precision", toJson(pr.precision()));
        m.put("recall", toJson(pr.recall()));
        m.put("f1", toJson(pr.f1()));
        return m;
    }

    /** A number, or {"undefined": reason}. */
    private static Object toJson(Score score) {
        return score.isDefined() ? (Object) score.value() : Map.of("undefined", score.undefinedReason());
    }

    private static String f(OptionalDouble value) {
        return value.isPresent() ? String.format(Locale.ROOT, "%.3f", value.getAsDouble()) : "undefined";
    }

    private void export(Workspace workspace, Annotator annotator, PrintWriter out) {
        ClaimsExport.Result r = workspace.claimsExport(Path.of("exports"), Clock.systemDefaultZone()).export(annotator, this.out);
        out.println("Exported " + r.clusters() + " clusters (" + r.claims() + " claims, " + r.attached() + " attached) and "
                + (r.positivePairs() + r.negativePairs()) + " claim pairs (" + r.positivePairs() + " same, " + r.negativePairs()
                + " not same) to " + r.folder());
    }
}
