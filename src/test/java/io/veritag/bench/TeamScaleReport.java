package io.veritag.bench;

import io.veritag.agreement.AgreementInput;
import io.veritag.agreement.AgreementReport;
import io.veritag.agreement.PreBatchAgreementCalculator;
import io.veritag.agreement.ArticleAnnotations;
import io.veritag.agreement.LabeledExtent;
import io.veritag.model.Annotator;
import io.veritag.model.ArticleStatus;
import io.veritag.model.NewArticle;
import io.veritag.service.Progress;
import io.veritag.service.Workspace;
import io.veritag.service.agreement.AgreementSelection;
import io.veritag.service.agreement.AgreementService;
import io.veritag.service.agreement.PreBatchAgreementRead;
import io.veritag.service.agreement.SpanOrigins;
import io.veritag.store.Database;
import io.veritag.store.DatasetStore;
import io.veritag.store.ServerLocation;
import io.veritag.store.TeamAdmin;
import io.veritag.testing.PostgresServer;
import io.veritag.ui.TeamOpenProbe;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Issue 10 §5 figures on a real PostgreSQL 17 server on loopback (durable defaults, team mode on): a project
 * of N articles (default 10,000; about 3,000 characters each) that three annotators have all finished, about
 * 18 spans each per article (AgreementBenchCorpus). Measures
 * <ul>
 *   <li>opening the workbench as a fourth annotator's login to a usable window (every article listed, the
 *       first open, others' done counts shown): the first open in this JVM (classes loaded, FlatLaf started)
 *       and the median of the following ones;</li>
 *   <li>the full agreement report over the three annotators as a curator's login, read from the server and
 *       computed: the first, and the median of the following ones, with the read alone beside it.</li>
 * </ul>
 * A plain program, not JMH: each figure is one whole user action of seconds. Needs a display (xvfb-run).
 *
 * The report is also timed the way it was computed before it read a batch at a time (PreBatchAgreementRead and
 * PreBatchAgreementCalculator), alternating with the batched way, so that both figures see the same load.
 *
 * <p>Run: {@code xvfb-run -a mvn -B -Pbench test-compile exec:exec -Dbench.main=io.veritag.bench.TeamScaleReport -Dbench=10000}
 * ({@code -Dbench=2000:report} or {@code 2000:window} for one part only).
 */
public final class TeamScaleReport {
    private static final String PASSWORD = "team-scale-pw";
    private static final int RUNS = 4;

    private TeamScaleReport() {
    }

    public static void main(String[] args) throws Exception {
        // "N" or "N:report" / "N:window" (one part only, while iterating)
        String[] arg = args.length > 0 ? args[0].split(":", 2) : new String[] {""};
        int articles = !arg[0].isBlank() && arg[0].chars().allMatch(Character::isDigit) ? Integer.parseInt(arg[0]) : 10_000;
        String part = arg.length > 1 ? arg[1] : "all";
        System.setProperty("veritag.test.pg.durable", "true");
        PostgresServer server = PostgresServer.get();
        String db = server.freshDatabaseName();
        long loadStart = System.nanoTime();
        AgreementInput corpus = AgreementBenchCorpus.input(articles);
        load(server.location(db), corpus);
        System.out.printf("loaded %,d articles × %d annotators, %,d spans in %.1f s%n", articles,
                corpus.annotators().size(), spans(corpus), (System.nanoTime() - loadStart) / 1e9);

        ServerLocation curator = new ServerLocation("localhost", server.port(), db, "cora", "disable");
        if (!part.equals("window")) {
            report(curator, server.location(db), articles);
        }
        if (part.equals("report")) {
            System.exit(0);
        }
        ServerLocation annotator = new ServerLocation("localhost", server.port(), db, "dora", "disable");
        TeamOpenProbe.lookAndFeel();
        List<Double> opens = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            opens.add(TeamOpenProbe.open(() -> new Workspace(Database.openServer(annotator, PASSWORD.toCharArray(), null)),
                    "dora", articles).toNanos() / 1e9);
        }
        System.out.printf("workbench open to a usable window, annotator login: first %.2f s, median of the next %d %.2f s (all: %s)%n",
                opens.get(0), RUNS - 1, median(opens.subList(1, RUNS)), seconds(opens));
        System.exit(0);
    }

    /**
     * The full report as the curator, the batched way and the way it was before (whole selection in memory),
     * alternating in one JVM on one server so that both see the same load; then the reads alone.
     */
    private static void report(ServerLocation curator, ServerLocation admin, int articles) {
        List<Double> reports = new ArrayList<>();
        List<Double> before = new ArrayList<>();
        List<Double> reads = new ArrayList<>();
        List<Double> readsBefore = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            Database database = Database.openServer(curator, PASSWORD.toCharArray(), null);
            try (Workspace workspace = new Workspace(database)) {
                AgreementService agreement = workspace.agreement();
                long start = System.nanoTime();
                AgreementReport report = agreement.report(AgreementSelection.ALL, Progress.NONE);
                reports.add((System.nanoTime() - start) / 1e9);
                if (report.articles() != articles) {
                    throw new IllegalStateException("reported " + report.articles() + " articles, not " + articles);
                }
                start = System.nanoTime();
                PreBatchAgreementRead old = new PreBatchAgreementRead(database.store(), SpanOrigins.ALL);
                AgreementReport oldReport = PreBatchAgreementCalculator.compute(old.load(AgreementSelection.ALL, Progress.NONE));
                before.add((System.nanoTime() - start) / 1e9);
                if (oldReport.articles() != articles) {
                    throw new IllegalStateException("the old path reported " + oldReport.articles() + " articles");
                }
                start = System.nanoTime();
                agreement.load(AgreementSelection.ALL, Progress.NONE);
                reads.add((System.nanoTime() - start) / 1e9);
                start = System.nanoTime();
                old.load(AgreementSelection.ALL, Progress.NONE);
                readsBefore.add((System.nanoTime() - start) / 1e9);
            }
        }
        System.out.printf("agreement report (read + compute), curator login: first %.2f s, median of the next %d %.2f s (all: %s)%n",
                reports.get(0), RUNS - 1, median(reports.subList(1, RUNS)), seconds(reports));
        System.out.printf("  the same before batching (whole selection in memory): first %.2f s, median %.2f s (all: %s)%n",
                before.get(0), median(before.subList(1, RUNS)), seconds(before));
        System.out.printf("  reading alone, batched: median %.2f s; before batching: median %.2f s%n",
                median(reads.subList(1, RUNS)), median(readsBefore.subList(1, RUNS)));

        List<Double> adminReads = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            try (Workspace workspace = new Workspace(Database.openServer(admin, null, null))) {
                long start = System.nanoTime();
                workspace.agreement().load(AgreementSelection.ALL, Progress.NONE);
                adminReads.add((System.nanoTime() - start) / 1e9);
            }
        }
        System.out.printf("  the batched read as the server's superuser (no row-level security): first %.2f s, median %.2f s%n",
                adminReads.get(0), median(adminReads.subList(1, RUNS)));
    }

    /** The corpus onto the server as its administrator: team rules, logins, articles, spans, all finished. */
    private static void load(ServerLocation admin, AgreementInput corpus) {
        try (Database database = Database.openServer(admin, null, null)) {
            TeamAdmin team = database.team();
            team.init();
            for (String name : corpus.annotators()) {
                team.addLogin(name, TeamAdmin.Role.ANNOTATOR, PASSWORD.toCharArray());
            }
            team.addLogin("dora", TeamAdmin.Role.ANNOTATOR, PASSWORD.toCharArray());
            team.addLogin("cora", TeamAdmin.Role.CURATOR, PASSWORD.toCharArray());
            List<Annotator> annotators = corpus.annotators().stream().map(n -> database.store().annotators().getOrCreate(n)).toList();
            database.store().annotators().getOrCreate("dora");
            List<ArticleAnnotations> all = corpus.articles();
            for (int from = 0; from < all.size(); from += 500) {
                List<ArticleAnnotations> chunk = all.subList(from, Math.min(all.size(), from + 500));
                database.store().inTransaction(store -> {
                    List<DatasetStore.SpanRow> spans = new ArrayList<>();
                    List<DatasetStore.StatusRow> statuses = new ArrayList<>();
                    for (ArticleAnnotations a : chunk) {
                        long id = store.articles().insert(new NewArticle("a" + a.articleId(), a.title(), "Outlet", null, null,
                                a.text()), "sha-" + a.articleId());
                        for (int r = 0; r < annotators.size(); r++) {
                            for (LabeledExtent e : a.spansByAnnotator().get(r)) {
                                spans.add(new DatasetStore.SpanRow(id, a.text().length(), annotators.get(r).id(),
                                        new DatasetStore.NewSpan(e.start(), e.end(), e.label(), null)));
                            }
                            statuses.add(new DatasetStore.StatusRow(id, annotators.get(r).id(), ArticleStatus.DONE));
                        }
                    }
                    store.datasets().insertSpanRows(spans);
                    store.datasets().insertStatusRows(statuses);
                });
            }
        }
    }

    private static long spans(AgreementInput corpus) {
        return corpus.articles().stream().mapToLong(a -> a.spansByAnnotator().stream().mapToLong(List::size).sum()).sum();
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    private static String seconds(List<Double> values) {
        return Arrays.toString(values.stream().map(v -> String.format("%.2f", v)).toArray());
    }
}
