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
            span.put("history", entry.history().stream().map(json::decision).toList());
            spans.add(span);
        }
        root.put("gold", spans);
        root.put("rejected", gold.rejected().stream().map(json::decision).toList());
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
        return json;
    }

    private Map<String, Object> source(DecisionSource s) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("annotator", s.annotatorName());
        json.putAll(range(s.range()));
        json.put("chosen", s.chosen());
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
