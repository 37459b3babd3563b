package io.veritag.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import io.veritag.bench.LinkBenchCorpus;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The span and link measures bit for bit as they were before the link measures were made cheaper: every number
 * of the span and link levels (pooled and per article, every pair, both pairings) of generated corpora, hashed.
 * {@link LinkMeasuresOracleTest} checks them against their definition; this test catches any change at all,
 * down to the last bit of a double or the wording of an undefined reason. A change that is meant to alter a
 * measure must say so and record the new digest.
 */
class LinkMeasuresUnchangedTest {
    @Test
    void theMeasuresOfTheEdgeCaseCorporaAreUnchanged() {
        StringBuilder dump = new StringBuilder();
        for (int seed = 11; seed <= 14; seed++) {
            boolean sourcesAsLabel = seed % 2 == 0;
            List<String> annotators = RandomCorpus.annotators(2 + seed % 3);
            List<ArticleAnnotations> articles = RandomLinkCorpus.articles(new Random(seed), 150, annotators.size(),
                    sourcesAsLabel);
            dump(AgreementCalculator.compute(new AgreementInput(annotators,
                    new LabelSet(sourcesAsLabel ? RandomLinkCorpus.LABELS_WITH_SOURCE : RandomLinkCorpus.LABELS), articles)), dump);
        }

        assertThat(sha256(dump)).isEqualTo("a2dd73841aff0c6d3209d9773e5268cdcdebc0893170af591129c820ee12dd9b");
    }

    @Test
    void theMeasuresOfTheBenchmarkCorpusAreUnchanged() {
        StringBuilder dump = new StringBuilder();
        dump(AgreementCalculator.compute(LinkBenchCorpus.input(120, true)), dump);

        assertThat(sha256(dump)).isEqualTo("48d58a317b81227c5d9b471473e04c8776202f5c32b8862c75594ec673a2b153");
    }

    private static void dump(AgreementReport report, StringBuilder out) {
        write(report.spanLevel(), out);
        write(report.linkLevel(), out);
        for (ArticleAgreement article : report.perArticle()) {
            out.append("article ").append(article.articleId()).append('\n');
            write(article.spanLevel(), out);
            write(article.linkLevel(), out);
        }
    }

    /** Records field by field, maps in their order, doubles as their bits, undefined scores with their reason. */
    private static void write(Object value, StringBuilder out) {
        if (value instanceof Score score) {
            out.append(score.isDefined() ? Long.toHexString(Double.doubleToLongBits(score.value()))
                    : "undefined: " + score.undefinedReason()).append('\n');
        } else if (value instanceof Map<?, ?> map) {
            out.append('{').append(map.size()).append('\n');
            map.forEach((key, v) -> {
                out.append(key).append('=');
                write(v, out);
            });
            out.append("}\n");
        } else if (value instanceof Record record) {
            out.append(record.getClass().getSimpleName()).append('(');
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                try {
                    out.append(component.getName()).append(':');
                    write(component.getAccessor().invoke(record), out);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
            out.append(")\n");
        } else {
            out.append(value).append('\n');
        }
    }

    private static String sha256(CharSequence text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
