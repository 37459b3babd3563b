package io.veritag.service.agreement.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.veritag.agreement.AgreementReport;
import io.veritag.agreement.ArticleAgreement;
import io.veritag.agreement.ConfusionMatrix;
import io.veritag.agreement.LinkScores;
import io.veritag.agreement.PairedCategories;
import io.veritag.agreement.PrecisionRecall;
import io.veritag.agreement.Score;
import io.veritag.agreement.SpanScores;
import io.veritag.agreement.TokenLevel;
import io.veritag.agreement.Unitizing;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * The report as JSON, keys in a fixed order; every measure is a number or null (undefined). Pairs are
 * keyed "a|b" (symmetric measures) or "a->b" (span level, a the reference).
 */
public final class JsonReportWriter implements ReportWriter {
    private static final JsonFactory FACTORY = new JsonFactory();

    @Override
    public void write(AgreementReport report, Writer out) throws IOException {
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.useDefaultPrettyPrinter();
            head(json, report);
            json.writeArrayFieldStart("per_article");
            for (ArticleAgreement article : report.perArticle()) {
                article(json, article);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        out.write('\n');
        out.flush();
    }

    /**
     * The rows go to a spool file as a document of their own, {@code {"per_article" : [ … ]}}, pretty-printed at
     * the depth they have in the report; at the end the pooled fields are written and the spool follows them
     * from its second character on: the same text as {@link #write}, byte for byte.
     */
    @Override
    public StreamingReport streaming(Path spoolFolder) throws IOException {
        SpoolFile spool = new SpoolFile(spoolFolder);
        try {
            // characters encoded by the same kind of writer as the output's (a title's text takes the same path)
            JsonGenerator rows = FACTORY.createGenerator(new OutputStreamWriter(spool.output(), StandardCharsets.UTF_8));
            rows.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            rows.useDefaultPrettyPrinter();
            rows.writeStartObject();
            rows.writeArrayFieldStart("per_article");
            return new StreamingReport() {
                @Override
                public void article(ArticleAgreement row) throws IOException {
                    JsonReportWriter.article(rows, row);
                }

                @Override
                public void finish(AgreementReport pooled, Writer out) throws IOException {
                    endRows();
                    out.write(head(pooled));
                    spool.copyTo(out, 1); // all but the spool's own opening brace
                    out.write('\n');
                    out.flush();
                }

                @Override
                public void finish(AgreementReport pooled, Path file) throws IOException {
                    endRows();
                    spool.writeFile(file, head(pooled), 1, "\n");
                }

                private void endRows() throws IOException {
                    rows.writeEndArray();
                    rows.writeEndObject();
                    rows.close(); // flushes the characters into the spool
                }

                @Override
                public void close() throws IOException {
                    spool.close();
                }
            };
        } catch (IOException | RuntimeException e) {
            spool.close();
            throw e;
        }
    }

    /**
     * The opening brace, the pooled fields and the comma the generator writes before the next field: the report
     * up to where "per_article" begins.
     */
    private static String head(AgreementReport pooled) throws IOException {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(text)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_JSON_CONTENT); // the spool closes the document
            json.useDefaultPrettyPrinter();
            head(json, pooled);
        }
        return text.append(',').toString();
    }

    /** The opening brace and the pooled fields, up to where "per_article" begins. */
    private static void head(JsonGenerator json, AgreementReport report) throws IOException {
        json.writeStartObject();
        json.writeArrayFieldStart("annotators");
        for (String annotator : report.annotators()) {
            json.writeString(annotator);
        }
        json.writeEndArray();
        json.writeNumberField("articles", report.articles());
        json.writeNumberField("tokens", report.tokens());
        measures(json, report.tokenLevel(), report.unitizing(), report.spanLevel());
        links(json, report.linkLevel());
    }

    private static void article(JsonGenerator json, ArticleAgreement article) throws IOException {
        json.writeStartObject();
        json.writeNumberField("article_id", article.articleId());
        json.writeStringField("title", article.title());
        json.writeNumberField("tokens", article.tokenLevel().tokens());
        measures(json, article.tokenLevel(), article.unitizing(), article.spanLevel());
        links(json, article.linkLevel());
        json.writeEndObject();
    }

    private static void measures(JsonGenerator json, TokenLevel tokens, Unitizing unitizing,
                                 Map<String, SpanScores> spans) throws IOException {
        json.writeObjectFieldStart("token_level");
        score(json, "percent_agreement", tokens.percentAgreement());
        scores(json, "percent_agreement_pairs", tokens.percentAgreementPairs());
        scores(json, "cohen_kappa_pairs", tokens.cohenKappaPairs());
        score(json, "cohen_kappa_mean_pairwise", tokens.cohenKappaMeanPairwise());
        score(json, "fleiss_kappa", tokens.fleissKappa());
        score(json, "krippendorff_alpha_nominal", tokens.krippendorffAlphaNominal());
        json.writeObjectFieldStart("confusion");
        for (Map.Entry<String, ConfusionMatrix> e : tokens.confusion().entrySet()) {
            ConfusionMatrix m = e.getValue();
            json.writeObjectFieldStart(e.getKey());
            for (int row = 0; row < m.categories().size(); row++) {
                json.writeObjectFieldStart(m.categories().get(row));
                for (int column = 0; column < m.categories().size(); column++) {
                    json.writeNumberField(m.categories().get(column), m.count(row, column));
                }
                json.writeEndObject();
            }
            json.writeEndObject();
        }
        json.writeEndObject();
        json.writeEndObject();

        json.writeObjectFieldStart("unitizing");
        score(json, "alpha_u_overall", unitizing.alphaUOverall());
        scores(json, "alpha_u_per_label", unitizing.alphaUPerLabel());
        json.writeEndObject();

        json.writeObjectFieldStart("span_level");
        for (Map.Entry<String, SpanScores> e : spans.entrySet()) {
            json.writeObjectFieldStart(e.getKey());
            spanScores(json, e.getValue());
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    /**
     * "link_level": per ordered pair, for span pairs matched exactly and by overlap: link precision/recall/F1
     * over all types and per type, and agreement on source types and on the unsure flag of matched spans.
     */
    private static void links(JsonGenerator json, Map<String, LinkScores> links) throws IOException {
        if (links.isEmpty()) {
            return; // the report was computed without link measures
        }
        json.writeObjectFieldStart("link_level");
        for (Map.Entry<String, LinkScores> e : links.entrySet()) {
            json.writeObjectFieldStart(e.getKey());
            matched(json, "exact", e.getValue().exact());
            matched(json, "overlap", e.getValue().overlap());
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    private static void matched(JsonGenerator json, String name, LinkScores.Matched m) throws IOException {
        json.writeObjectFieldStart(name);
        prf(json, "links", m.links());
        json.writeObjectFieldStart("per_type");
        for (Map.Entry<String, PrecisionRecall> t : m.perType().entrySet()) {
            prf(json, t.getKey(), t.getValue());
        }
        json.writeEndObject();
        categories(json, "source_types", m.sourceTypes());
        categories(json, "unsure", m.unsure());
        json.writeEndObject();
    }

    private static void categories(JsonGenerator json, String name, PairedCategories c) throws IOException {
        json.writeObjectFieldStart(name);
        json.writeNumberField("compared", c.compared());
        json.writeNumberField("agreeing", c.agreeing());
        score(json, "percent_agreement", c.percentAgreement());
        score(json, "cohen_kappa", c.cohenKappa());
        json.writeEndObject();
    }

    /**
     * The span-level fields of one comparison (exact, exact_unlabeled, overlap, overlap_unlabeled, per_label)
     * into the object being written; also used for annotators against gold.
     */
    public static void spanScores(JsonGenerator json, SpanScores s) throws IOException {
        prf(json, "exact", s.exact());
        prf(json, "exact_unlabeled", s.exactUnlabeled());
        prf(json, "overlap", s.overlap());
        prf(json, "overlap_unlabeled", s.overlapUnlabeled());
        json.writeObjectFieldStart("per_label");
        for (Map.Entry<String, SpanScores.LabelScores> l : s.perLabel().entrySet()) {
            json.writeObjectFieldStart(l.getKey());
            prf(json, "exact", l.getValue().exact());
            prf(json, "overlap", l.getValue().overlap());
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    private static void prf(JsonGenerator json, String name, PrecisionRecall prf) throws IOException {
        json.writeObjectFieldStart(name);
        score(json, "precision", prf.precision());
        score(json, "recall", prf.recall());
        score(json, "f1", prf.f1());
        json.writeEndObject();
    }

    private static void scores(JsonGenerator json, String name, Map<String, Score> scores) throws IOException {
        json.writeObjectFieldStart(name);
        for (Map.Entry<String, Score> e : scores.entrySet()) {
            score(json, e.getKey(), e.getValue());
        }
        json.writeEndObject();
    }

    private static void score(JsonGenerator json, String name, Score score) throws IOException {
        if (score.isDefined()) {
            json.writeNumberField(name, score.value());
        } else {
            json.writeNullField(name);
        }
    }
}
