package io.veritag.service.adjudication;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.veritag.agreement.PrecisionRecall;
import io.veritag.agreement.Score;
import io.veritag.agreement.SpanScores;
import io.veritag.agreement.adjudication.AgainstGold;
import io.veritag.service.agreement.report.JsonReportWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a {@link GoldAgreementReport} as text or JSON. The JSON uses the agreement report's span-level keys
 * ({@code exact}, {@code exact_unlabeled}, {@code overlap}, {@code overlap_unlabeled}, {@code per_label});
 * undefined values are null.
 */
public final class GoldAgreementWriter {
    private static final JsonFactory FACTORY = new JsonFactory();

    private GoldAgreementWriter() {
    }

    public static void text(GoldAgreementReport report, Writer writer) {
        PrintWriter out = new PrintWriter(writer);
        out.printf("Annotators against gold on %d adjudicated article%s%n", report.articles(), report.articles() == 1 ? "" : "s");
        out.println("Gold is the reference: precision = share of the annotator's spans that gold has; "
                + "recall = share of gold the annotator found.");
        if (report.rows().isEmpty()) {
            out.println("No annotator finished an adjudicated article.");
        }
        for (AgainstGold.Row row : report.rows()) {
            SpanScores s = row.scores();
            out.println();
            out.printf("%s (%d article%s, %d spans; gold %d spans)%n", row.annotator(), row.articles(),
                    row.articles() == 1 ? "" : "s", row.spans(), row.goldSpans());
            prf(out, "exact", s.exact());
            prf(out, "exact unlabeled", s.exactUnlabeled());
            prf(out, "overlap", s.overlap());
            prf(out, "overlap unlabeled", s.overlapUnlabeled());
            for (Map.Entry<String, SpanScores.LabelScores> label : s.perLabel().entrySet()) {
                prf(out, label.getKey() + " exact", label.getValue().exact());
                prf(out, label.getKey() + " overlap", label.getValue().overlap());
            }
        }
        out.flush();
    }

    public static void json(GoldAgreementReport report, Writer out) throws IOException {
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("reference", "gold");
            json.writeNumberField("articles", report.articles());
            json.writeArrayFieldStart("labels");
            for (String label : report.labels()) {
                json.writeString(label);
            }
            json.writeEndArray();
            json.writeObjectFieldStart("annotators");
            for (AgainstGold.Row row : report.rows()) {
                json.writeObjectFieldStart(row.annotator());
                json.writeNumberField("articles", row.articles());
                json.writeNumberField("spans", row.spans());
                json.writeNumberField("gold_spans", row.goldSpans());
                JsonReportWriter.spanScores(json, row.scores());
                json.writeEndObject();
            }
            json.writeEndObject();
            json.writeEndObject();
        }
        out.write('\n');
        out.flush();
    }

    private static void prf(PrintWriter out, String name, PrecisionRecall prf) {
        out.printf(Locale.ROOT, "  %-24s P %-8s R %-8s F1 %s%n", name, brief(prf.precision()), brief(prf.recall()),
                prf.f1().format(4));
    }

    private static String brief(Score score) {
        return score.isDefined() ? score.format(4) : "undefined";
    }
}
