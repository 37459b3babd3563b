package io.veritag.service.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData;
import io.veritag.io.DatasetFormats;
import io.veritag.io.ExportWarning;
import io.veritag.service.Progress;
import io.veritag.store.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.fit.factory.CollectionReaderFactory;
import org.apache.uima.fit.factory.TypeSystemDescriptionFactory;
import org.apache.uima.fit.pipeline.SimplePipeline;
import org.apache.uima.fit.util.CasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.util.CasCreationUtils;
import org.dkpro.core.io.xmi.XmiReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The XMI export read by a third party, DKPro Core's {@code XmiReader} (UIMA underneath, as in INCEpTION): every span
 * at its UTF-16 offsets with its covered text (flags, combined emoji before them), links with the right ends, the
 * hostile text with control characters (written as XML 1.1); then imported back into an empty database, identical.
 */
class XmiInterchangeTest {
    @TempDir
    Path temp;

    @Test
    void dkprosXmiReaderReadsEverySpanAtItsOffsets() throws Exception {
        ExportResult xmi;
        try (Database db = io.veritag.testing.TestDatabase.fresh()) {
            LinkRoundTripTest.labelSample(db.store());
            xmi = Datasets.export(db.store(), temp.resolve("xmi"), "xmi", true, List.of(), List.of(), null);
        }
        assertThat(xmi.folder().resolve("typesystem.xml")).exists();
        // both hostile texts and anna's hostile note hold an escape character: XML 1.1; ben's kherson is plain
        assertThat(Files.readString(xmi.folder().resolve("ben/hostile.xmi"))).startsWith("<?xml version=\"1.1\"");
        assertThat(Files.readString(xmi.folder().resolve("anna/kherson.xmi"))).startsWith("<?xml version=\"1.1\"");
        assertThat(Files.readString(xmi.folder().resolve("ben/kherson.xmi"))).startsWith("<?xml version=\"1.0\"")
                .doesNotContain("tcas:DocumentAnnotation").contains("documentId=\"kherson\"", "🇺🇦");
        var reader = CollectionReaderFactory.createReaderDescription(XmiReader.class,
                CasCreationUtils.mergeTypeSystems(List.of(TypeSystemDescriptionFactory.createTypeSystemDescription(),
                        TypeSystemDescriptionFactory.createTypeSystemDescriptionFromPath(
                                xmi.folder().resolve("typesystem.xml").toUri().toString()))),
                XmiReader.PARAM_SOURCE_LOCATION, xmi.folder().toString(),
                XmiReader.PARAM_PATTERNS, "**/*.xmi");

        List<Object> spans = new ArrayList<>();
        List<Object> links = new ArrayList<>();
        List<String> documents = new ArrayList<>();
        for (JCas jcas : SimplePipeline.iteratePipeline(reader)) {
            CAS cas = jcas.getCas();
            String id = DocumentMetaData.get(jcas).getDocumentId();
            documents.add(id);
            assertThat(cas.getDocumentText()).isEqualTo(id.equals("kherson") ? LinkRoundTripTest.TEXT
                    : LinkRoundTripTest.HOSTILE_TEXT);
            Type span = cas.getTypeSystem().getType("io.veritag.type.Span");
            Feature label = span.getFeatureByBaseName("label");
            Feature sourceType = span.getFeatureByBaseName("sourceType");
            Feature unsure = span.getFeatureByBaseName("unsure");
            Feature note = span.getFeatureByBaseName("note");
            for (AnnotationFS fs : CasUtil.select(cas, span)) {
                spans.add(tuple(id, fs.getBegin(), fs.getEnd(), fs.getStringValue(label), fs.getCoveredText(),
                        fs.getStringValue(sourceType), fs.getBooleanValue(unsure), fs.getStringValue(note)));
            }
            Type link = cas.getTypeSystem().getType("io.veritag.type.Link");
            for (AnnotationFS fs : CasUtil.select(cas, link)) {
                AnnotationFS from = (AnnotationFS) fs.getFeatureValue(link.getFeatureByBaseName("Governor"));
                AnnotationFS to = (AnnotationFS) fs.getFeatureValue(link.getFeatureByBaseName("Dependent"));
                links.add(tuple(id, from.getCoveredText(), fs.getStringValue(link.getFeatureByBaseName("linkType")),
                        to.getCoveredText()));
            }
        }
        assertThat(documents).containsExactlyInAnyOrder("kherson", "kherson", "hostile", "hostile");
        String text = LinkRoundTripTest.TEXT;
        int officials = text.indexOf("Officials");
        // UTF-16: the flag and the family take 12 code units before it (7 code points: jsonl says 9)
        assertThat(officials).isEqualTo(14);
        int claim = text.indexOf("the pullout");
        int shoigu = text.indexOf("Shoigu");
        int hedge = text.indexOf("it may");
        int denialEnd = text.indexOf(", Shoigu");
        String hostile = LinkRoundTripTest.HOSTILE_TEXT;
        String ministry = "\u202Egnp.exe\u202C <b>Ministry</b> \u001B[31m";
        assertThat(spans).containsExactlyInAnyOrder(
                tuple("kherson", officials, officials + 9, "SOURCE", "Officials", "OFFICIAL", false, null),
                tuple("kherson", officials, denialEnd, "DENIAL", text.substring(officials, denialEnd), null, false, null),
                tuple("kherson", claim, denialEnd, "CLAIM", "the pullout was a retreat", null, false, null),
                tuple("kherson", shoigu, shoigu + 6, "SOURCE", "Shoigu", "MILITARY", true, null),
                tuple("kherson", hedge, hedge + 17, "SPECULATION", "it may be a feint", null, true,
                        LinkRoundTripTest.HOSTILE_NOTE),
                tuple("kherson", claim, denialEnd, "CLAIM", "the pullout was a retreat", null, false, null),
                tuple("kherson", shoigu, shoigu + 6, "SOURCE", "Shoigu", "POLITICIAN", false, null),
                tuple("hostile", 0, ministry.length(), "SOURCE", ministry, "ANONYMOUS", false,
                        LinkRoundTripTest.HOSTILE_NOTE),
                tuple("hostile", hostile.indexOf("it is"), hostile.length() - 1, "CLAIM", "it is over\u2028now", null,
                        false, "=HYPERLINK(\"x\")"));
        assertThat(links).containsExactlyInAnyOrder(
                tuple("kherson", text.substring(officials, denialEnd), "SAID_BY", "Officials"),
                tuple("kherson", text.substring(officials, denialEnd), "DENIES", "the pullout was a retreat"),
                tuple("kherson", "the pullout was a retreat", "SAID_BY", "Shoigu"),
                tuple("kherson", "it may be a feint", "HEDGES", "the pullout was a retreat"),
                tuple("kherson", "the pullout was a retreat", "SAID_BY", "Shoigu"),
                tuple("hostile", "it is over\u2028now", "SAID_BY", ministry));
        assertThat(xmi.warnings()).containsExactly(entry(ExportWarning.XML_1_1_DOCUMENTS, 3));
    }

    @Test
    void importingTheExportBackGivesIdenticalSpansLinksAndFiles() throws Exception {
        try (Database first = io.veritag.testing.TestDatabase.fresh(); Database second = io.veritag.testing.TestDatabase.fresh()) {
            LinkRoundTripTest.labelSample(first.store());
            ExportResult one = Datasets.export(first.store(), temp.resolve("one"), "xmi", true, List.of(), List.of(), null);

            AnnotationImportSummary imported = new AnnotationImportService(second.store())
                    .importAnnotations(DatasetFormats.require("xmi"), one.folder(), Progress.NONE);
            assertThat(imported.errors()).isEmpty();
            assertThat(imported.spansAdded()).isEqualTo(9);
            assertThat(imported.linksAdded()).isEqualTo(6);
            assertThat(imported.ignoredAnnotations()).isZero();
            assertThat(LinkRoundTripTest.content(second.store())).isEqualTo(LinkRoundTripTest.content(first.store()));
            assertThat(second.store().articles().summaries()).extracting("externalId", "title")
                    .containsExactlyInAnyOrderElementsOf(first.store().articles().summaries().stream()
                            .map(s -> tuple(s.externalId(), s.title())).toList());

            ExportResult two = Datasets.export(second.store(), temp.resolve("two"), "xmi", true, List.of(), List.of(), null);
            Datasets.assertSameFiles(two.folder(), one.folder());
        }
    }
}
