package io.veritag.service.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.veritag.store.Database;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.FeatureStructure;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.fit.factory.CollectionReaderFactory;
import org.apache.uima.fit.factory.TypeSystemDescriptionFactory;
import org.apache.uima.fit.pipeline.SimplePipeline;
import org.apache.uima.fit.util.CasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.metadata.TypeDescription;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.resource.metadata.impl.TypeSystemDescription_impl;
import org.apache.uima.util.CasCreationUtils;
import de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData;
import org.dkpro.core.io.brat.BratReader;
import org.dkpro.core.io.brat.internal.model.BratAnnotation;
import org.dkpro.core.io.brat.internal.model.BratAnnotationDocument;
import org.dkpro.core.io.brat.internal.model.BratAttribute;
import org.dkpro.core.io.brat.internal.model.BratRelationAnnotation;
import org.dkpro.core.io.brat.internal.model.BratTextAnnotation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The brat export read by a third-party reader, DKPro Core's {@code BratReader}: relations arrive as relation feature
 * structures whose two arguments are the right entities, source types as a feature of the SOURCE entities; DKPro's
 * standoff parser sees the Unsure flags on the right spans. (DKPro takes brat offsets as they stand, which are code
 * points: the offsets it reports are compared with code point offsets.)
 */
class BratRelationsDkproTest {
    private static final String NS = "veritag.test.";

    @TempDir
    Path temp;

    @Test
    void dkprosBratReaderReadsTheRelationsWithTheirArguments() throws Exception {
        ExportResult brat = export();
        Map<String, String> entityTypes = Map.of("CLAIM", "Claim", "DENIAL", "Denial", "SPECULATION", "Speculation",
                "SOURCE", "Source");
        Map<String, String> relationTypes = Map.of("SaidBy", "SaidBy", "Denies", "Denies", "Hedges", "Hedges");
        var reader = CollectionReaderFactory.createReaderDescription(BratReader.class, typeSystem(),
                BratReader.PARAM_SOURCE_LOCATION, brat.folder().resolve("anna").toString(),
                BratReader.PARAM_PATTERNS, "kherson.ann",
                BratReader.PARAM_TEXT_ANNOTATION_TYPE_MAPPINGS, entityTypes.entrySet().stream()
                        .map(e -> e.getKey() + " -> " + NS + e.getValue()).toArray(String[]::new),
                BratReader.PARAM_RELATION_TYPE_MAPPINGS, relationTypes.keySet().stream()
                        .map(r -> r + " -> " + NS + r).toArray(String[]::new),
                BratReader.PARAM_RELATION_TYPES, relationTypes.keySet().stream()
                        .map(r -> NS + r + ":Arg1:Arg2{A}").toArray(String[]::new));

        List<JCas> read = new ArrayList<>();
        List<Object> relations = new ArrayList<>();
        List<Object> sources = new ArrayList<>();
        String text = LinkRoundTripTest.TEXT;
        for (JCas jcas : SimplePipeline.iteratePipeline(reader)) {
            read.add(jcas);
            CAS cas = jcas.getCas();
            assertThat(cas.getDocumentText()).isEqualTo(text);
            assertThat(DocumentMetaData.get(jcas).getDocumentTitle()).isEqualTo("kherson.ann");
            for (String relation : relationTypes.values()) {
                Type type = cas.getTypeSystem().getType(NS + relation);
                for (FeatureStructure fs : CasUtil.selectFS(cas, type)) {
                    AnnotationFS from = (AnnotationFS) fs.getFeatureValue(type.getFeatureByBaseName("Arg1"));
                    AnnotationFS to = (AnnotationFS) fs.getFeatureValue(type.getFeatureByBaseName("Arg2"));
                    relations.add(tuple(relation, from.getType().getShortName(), from.getBegin(), from.getEnd(),
                            to.getType().getShortName(), to.getBegin(), to.getEnd()));
                }
            }
            Type source = cas.getTypeSystem().getType(NS + "Source");
            Feature sourceType = source.getFeatureByBaseName("SourceType");
            for (AnnotationFS fs : CasUtil.select(cas, source)) {
                sources.add(tuple(fs.getBegin(), fs.getEnd(), fs.getStringValue(sourceType)));
            }
        }
        assertThat(read).hasSize(1);
        int officials = codePoint(text, "Officials");
        int denialEnd = codePoint(text, ", Shoigu");
        int claim = codePoint(text, "the pullout");
        int shoigu = codePoint(text, "Shoigu");
        int hedge = codePoint(text, "it may");
        assertThat(relations).containsExactlyInAnyOrder(
                tuple("SaidBy", "Denial", officials, denialEnd, "Source", officials, officials + 9),
                tuple("Denies", "Denial", officials, denialEnd, "Claim", claim, denialEnd),
                tuple("SaidBy", "Claim", claim, denialEnd, "Source", shoigu, shoigu + 6),
                tuple("Hedges", "Speculation", hedge, hedge + 17, "Claim", claim, denialEnd));
        assertThat(sources).containsExactlyInAnyOrder(tuple(officials, officials + 9, "OFFICIAL"),
                tuple(shoigu, shoigu + 6, "MILITARY"));
    }

    @Test
    void dkprosStandoffParserSeesTheFlagsAndSourceTypesOnTheRightSpans() throws Exception {
        ExportResult brat = export();
        for (String annotator : List.of("anna", "ben")) {
            try (var files = Files.list(brat.folder().resolve(annotator))) {
                for (Path ann : files.filter(f -> f.toString().endsWith(".ann")).toList()) {
                    BratAnnotationDocument document = BratAnnotationDocument.read(new StringReader(Files.readString(ann)));
                    for (BratAnnotation annotation : document.getAnnotations()) {
                        if (annotation instanceof BratRelationAnnotation relation) {
                            assertThat(document.getAnnotation(relation.getArg1Target())).isInstanceOf(BratTextAnnotation.class);
                            assertThat(document.getAnnotation(relation.getArg2Target())).isInstanceOf(BratTextAnnotation.class);
                        }
                    }
                }
            }
        }
        BratAnnotationDocument kherson = BratAnnotationDocument.read(new StringReader(
                Files.readString(brat.folder().resolve("anna/kherson.ann"))));
        List<Object> flagged = new ArrayList<>();
        for (BratAnnotation annotation : kherson.getAnnotations()) {
            if (annotation instanceof BratTextAnnotation text) {
                for (BratAttribute attribute : text.getAttributes()) {
                    flagged.add(tuple(text.getType(), String.join(" ", text.getText()), attribute.getName(), List.of(attribute.getValues())));
                }
            }
        }
        assertThat(flagged).containsExactlyInAnyOrder(
                tuple("SOURCE", "Officials", "SourceType", List.of("OFFICIAL")),
                tuple("SOURCE", "Shoigu", "SourceType", List.of("MILITARY")),
                tuple("SOURCE", "Shoigu", "Unsure", List.of()),
                tuple("SPECULATION", "it may be a feint", "Unsure", List.of()));
    }

    private ExportResult export() {
        try (Database db = io.veritag.testing.TestDatabase.fresh()) {
            LinkRoundTripTest.labelSample(db.store());
            return Datasets.export(db.store(), temp.resolve("brat"), "brat", true, List.of(), List.of(), null);
        }
    }

    /** DKPro's own types (document metadata) and one type per entity and relation, features named as the attributes. */
    private static TypeSystemDescription typeSystem() throws Exception {
        TypeSystemDescription mine = new TypeSystemDescription_impl();
        for (String entity : List.of("Claim", "Denial", "Speculation", "Source")) {
            TypeDescription type = mine.addType(NS + entity, "", CAS.TYPE_NAME_ANNOTATION);
            type.addFeature("Unsure", "", CAS.TYPE_NAME_BOOLEAN);
            if (entity.equals("Source")) {
                type.addFeature("SourceType", "", CAS.TYPE_NAME_STRING);
            }
        }
        for (String relation : List.of("SaidBy", "Denies", "Hedges")) {
            TypeDescription type = mine.addType(NS + relation, "", CAS.TYPE_NAME_ANNOTATION); // DKPro creates relations as annotations
            type.addFeature("Arg1", "", CAS.TYPE_NAME_ANNOTATION);
            type.addFeature("Arg2", "", CAS.TYPE_NAME_ANNOTATION);
        }
        return CasCreationUtils.mergeTypeSystems(List.of(TypeSystemDescriptionFactory.createTypeSystemDescription(), mine));
    }

    private static int codePoint(String text, String part) {
        int index = text.indexOf(part);
        assertThat(index).as(part).isNotNegative();
        return text.codePointCount(0, index);
    }
}
