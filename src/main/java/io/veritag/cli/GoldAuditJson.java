package io.veritag.cli;

import io.veritag.model.TextOffsets;
import io.veritag.model.gold.Decision;
import io.veritag.model.gold.DecisionSource;
import io.veritag.model.gold.LabeledRange;
import io.veritag.service.adjudication.ArticleGold;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code veritag gold --article ID --format json}: the gold spans of one article with their histories. Offsets
 * are Unicode code points, end-exclusive, as in every file Veritag writes; each span carries its text.
 */
final class GoldAuditJson {
    private final String text;
    private final TextOffsets offsets;

    private GoldAuditJson(String text) {
        this.text = text;
        this.offsets = TextOffsets.of(text);
    }

    static Map<String, Object> of(ArticleGold gold) {
        GoldAuditJson json = new GoldAuditJson(gold.article().text());
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("article_id", gold.article().externalId());
        root.put("title", gold.article().title());
        root.put("status", gold.status().map(s -> s.done() ? "done" : "open").orElse("not_started"));
        root.put("annotators", gold.status().map(s -> s.annotators()).orElse(List.of()));
        List<Object> spans = new ArrayList<>();
        for (ArticleGold.Entry entry : gold.gold()) {
            Map<String, Object> span = json.range(entry.span().range());
            if (entry.span().isSource()) {
                span.put("source_type", entry.span().sourceType() == null ? null : entry.span().sourceType().name());
            }
            span.put("history", entry.history().stream().map(json::decision).toList());
            spans.add(span);
        }
        root.put("gold", spans);
        root.put("rejected", gold.rejected().stream().map(json::decision).toList());
        List<Object> links = new ArrayList<>();
        for (ArticleGold.LinkEntry entry : gold.links()) {
            Map<String, Object> link = new LinkedHashMap<>();
            link.put("type", entry.link().type().name());
            link.put("from", gold.span(entry.link().fromGoldSpanId()).map(s -> json.range(s.range())).orElse(null));
            link.put("to", gold.span(entry.link().toGoldSpanId()).map(s -> json.range(s.range())).orElse(null));
            link.put("history", entry.history().stream().map(json::decision).toList());
            links.add(link);
        }
        root.put("links", links);
        return root;
    }

    private Map<String, Object> decision(Decision d) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("decision_id", d.id());
        json.put("decided_at", d.decidedAt().toString());
        json.put("curator", d.curator());
        json.put("kind", d.kind().name().toLowerCase(Locale.ROOT));
        json.put("disagreement", d.disagreementKind() == null ? null : d.disagreementKind().name().toLowerCase(Locale.ROOT));
        json.put("before", d.before() == null ? null : range(d.before()));
        json.put("after", d.after() == null ? null : range(d.after()));
        json.put("reason", d.reason());
        json.put("target_decision_id", d.targetDecisionId());
        json.put("proposed_by", d.proposers());
        json.put("sources", d.sources().stream().map(this::source).toList());
        if (d.isAboutLink()) {
            json.put("link_type", d.link().type().name());
            json.put("links", d.linkSources().stream().map(this::linkSource).toList());
        }
        if (d.isAboutCluster()) {
            json.put("gold_cluster", d.cluster().id());
            json.put("gold_cluster_canonical", d.cluster().canonical());
        }
        if (d.beforeSourceType() != null || d.afterSourceType() != null) {
            json.put("source_type_before", d.beforeSourceType() == null ? null : d.beforeSourceType().name());
            json.put("source_type_after", d.afterSourceType() == null ? null : d.afterSourceType().name());
        }
        return json;
    }

    private Map<String, Object> source(DecisionSource s) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("annotator", s.annotatorName());
        json.putAll(range(s.range()));
        json.put("chosen", s.chosen());
        if (s.sourceType() != null) {
            json.put("source_type", s.sourceType().name());
        }
        return json;
    }

    private Map<String, Object> linkSource(io.veritag.model.gold.DecisionLink l) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("annotator", l.annotatorName());
        json.put("from", range(l.from()));
        json.put("to", range(l.to()));
        json.put("chosen", l.chosen());
        return json;
    }

    private Map<String, Object> range(LabeledRange r) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("start", offsets.toCodePoint(r.start()));
        json.put("end", offsets.toCodePoint(r.end()));
        json.put("label", r.label());
        json.put("text", text.substring(r.start(), r.end()));
        return json;
    }
}
