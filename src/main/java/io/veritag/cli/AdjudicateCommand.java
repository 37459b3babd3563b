package io.veritag.cli;

import io.veritag.model.Counted;
import io.veritag.model.Annotator;
import io.veritag.model.gold.DisagreementKind;
import io.veritag.service.adjudication.AdjudicationService;
import io.veritag.service.adjudication.ArticleProgress;
import io.veritag.service.adjudication.GoldClusterCuration;
import io.veritag.service.Progress;
import io.veritag.service.Workspace;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code veritag adjudicate}: pre-accepts unanimous spans over finished articles and shows what is left. */
@Command(name = "adjudicate", mixinStandardHelpOptions = true,
        description = {"Show what is left to settle in the articles the chosen annotators have all finished.",
                "With --auto, first pre-accept into gold every span on which they all agree exactly."})
final class AdjudicateCommand implements Callable<Integer> {
    @ParentCommand
    VeritagCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--auto", description = "Pre-accept unanimous spans into gold (recorded as decisions of the curator).")
    boolean auto;

    @Option(names = "--annotators", split = ",", paramLabel = "NAME",
            description = "Annotators to compare, comma-separated (default: everyone who has spans).")
    List<String> annotators = new ArrayList<>();

    @Option(names = "--curator", paramLabel = "NAME", description = "Who decides (default: your user name).")
    String curator = System.getProperty("user.name", "curator");

    @Option(names = "--accept-cluster", paramLabel = "CLUSTER",
            description = "Accept this claim cluster of a compared annotator into gold: its spans that are in gold go into one gold claim cluster.")
    Long acceptCluster;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Why (recorded with --accept-cluster's decisions).")
    String reason;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Workspace workspace = parent.openWorkspace()) {
            AdjudicationService service = workspace.adjudication();
            List<Annotator> chosen = service.annotators(annotators);
            if (acceptCluster != null) {
                GoldClusterCuration.Acceptance done = service.session(chosen, curator).clusters()
                        .accept(acceptCluster, null, reason);
                out.println("gold claim cluster " + done.cluster().id() + " “" + VisibleText.visible(done.cluster().canonical())
                        + "”: " + Counted.of(done.joined(), "gold span") + " put in"
                        + (done.notInGold() > 0 ? "; " + done.notInGold() + " of the cluster's spans not in gold yet" : ""));
                out.flush();
                return 0;
            }
            List<ArticleProgress> rows = auto
                    ? service.autoPreAccept(chosen, curator, Progress.NONE)
                    : service.preview(chosen, Progress.NONE);
            out.println("annotators: " + chosen.stream().map(Annotator::name).collect(Collectors.joining(", "))
                    + (auto ? "; curator: " + curator : ""));
            if (rows.isEmpty()) {
                out.println("no article is finished by all of them");
            }
            int width = rows.stream().mapToInt(r -> r.article().externalId().length()).max().orElse(0);
            for (ArticleProgress row : rows) {
                out.println(String.format("%-" + width + "s  %-18s  %s%s", row.article().externalId(),
                        row.settlement().text(), left(row), auto ? "  (pre-accepted " + row.preAccepted()
                        + (row.linksCarried() > 0 ? ", " + Counted.of(row.linksCarried(), "link") : "") + ")" : "")
                        + (row.goldStale() ? "  " + GoldCommand.STALE : ""));
            }
            int preAccepted = rows.stream().mapToInt(ArticleProgress::preAccepted).sum();
            int linksCarried = rows.stream().mapToInt(ArticleProgress::linksCarried).sum();
            int left = rows.stream().mapToInt(r -> r.settlement().left()).sum();
            long done = rows.stream().filter(r -> r.settlement().done()).count();
            long stale = rows.stream().filter(ArticleProgress::goldStale).count();
            out.println(Counted.of(rows.size(), "article") + ", " + done + " done; " + Counted.of(left, "disagreement") + " left"
                    + (auto ? "; " + preAccepted + " spans pre-accepted" : "")
                    + (linksCarried > 0 ? "; " + Counted.of(linksCarried, "link") + " all agree on carried into gold" : "")
                    + (stale > 0 ? "; " + stale + " with " + GoldCommand.STALE : ""));
            out.flush();
        }
        return 0;
    }

    private static String left(ArticleProgress row) {
        if (row.settlement().done()) {
            return "done";
        }
        List<String> parts = new ArrayList<>();
        for (DisagreementKind kind : DisagreementKind.values()) {
            Integer count = row.openByKind().get(kind);
            if (count != null) {
                parts.add(count + " " + kind.text());
            }
        }
        return "left: " + String.join(", ", parts);
    }
}
