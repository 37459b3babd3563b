package io.veritag.cli;

import io.veritag.service.Workspace;
import io.veritag.service.suggest.SuggestEvaluationService;
import io.veritag.suggest.Algorithm;
import io.veritag.suggest.LabelScore;
import io.veritag.suggest.Recommenders;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code veritag suggest --evaluate}: how good each recommender is on a layer, cross-validated by article. */
@Command(name = "suggest", mixinStandardHelpOptions = true,
        description = "Suggestions (pre-annotation). --evaluate prints precision, recall and F1 per recommender and label, "
                + "cross-validated by article on a layer's done articles.")
final class SuggestCommand implements Callable<Integer> {
    @ParentCommand
    VeritagCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--evaluate", required = true, description = "Evaluate the recommenders (the only action so far).")
    boolean evaluate;

    @Option(names = "--layer", paramLabel = "gold|ANNOTATOR", defaultValue = "gold",
            description = "gold (articles whose adjudication is done) or an annotator's name (articles they marked done). Default: ${DEFAULT-VALUE}.")
    String layer;

    @Option(names = "--folds", paramLabel = "N", defaultValue = "5", description = "Cross-validation folds (default: ${DEFAULT-VALUE}).")
    int folds;

    @Option(names = "--algorithm", paramLabel = "NAME", defaultValue = "PERCEPTRON",
            description = "The model's learner: perceptron or maxent (default: perceptron, as in the window).")
    Algorithm algorithm;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Workspace workspace = parent.openWorkspace()) {
            SuggestEvaluationService.Evaluation result = workspace.suggestEvaluation()
                    .evaluate(layer, folds, algorithm, () -> false);
            out.println("Layer " + result.layer() + ": " + result.articles() + " done articles, " + result.spans()
                    + " spans, " + result.folds() + "-fold cross-validation by article (model: "
                    + algorithm.name().toLowerCase(Locale.ROOT) + ")");
            TextTable table = new TextTable(40, "recommender", "label", "suggested", "expected", "precision", "recall", "F1",
                    "overlap P", "overlap R");
            for (LabelScore s : result.scores()) {
                table.row(Recommenders.title(s.recommender()), s.label(), s.suggested(), s.expected(), f(s.precision()),
                        f(s.recall()), f(s.f1()), f(s.overlapPrecision()), f(s.overlapRecall()));
            }
            table.print(out);
            out.println("Exact match: same start, end and label. Overlap: same label, any shared character. "
                    + "'undefined': nothing to divide by.");
            out.flush();
        }
        return 0;
    }

    private static String f(OptionalDouble value) {
        return value.isPresent() ? String.format(Locale.ROOT, "%.3f", value.getAsDouble()) : "undefined";
    }
}
