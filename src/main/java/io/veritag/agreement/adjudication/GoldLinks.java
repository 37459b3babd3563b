package io.veritag.agreement.adjudication;

import io.veritag.model.Link;
import io.veritag.model.SourceType;
import io.veritag.model.Span;
import io.veritag.model.gold.Decision;
import io.veritag.model.gold.GoldLink;
import io.veritag.model.gold.GoldSpan;
import io.veritag.model.gold.GroupKey;
import io.veritag.model.gold.LabeledRange;
import io.veritag.model.gold.LinkEnds;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The annotators' links and source types seen against the gold layer. An annotator span stands for the gold span
 * with its exact offsets and label; failing that, for the one gold span taken from its group by a decision in
 * force (a curator who accepted another annotator's boundaries). A link whose two ends stand for gold spans is a
 * candidate gold link between them; links that name the same gold ends and type are one candidate, proposed by
 * each of their annotators.
 */
public final class GoldLinks {
    private final Map<Long, GoldSpan> goldOfSpan;
    private final List<Candidate> candidates;
    private final List<Link> unplaced;
    private final Map<Long, List<Span>> sourcesOfGold;

    /**
     * One possible gold link.
     *
     * @param proposals  the annotator links that propose it, in annotator order
     * @param goldLinkId the gold link that has these ends, or null while it is not in gold
     * @param unanimous  every compared annotator proposed it
     */
    public record Candidate(LinkEnds ends, List<Link> proposals, Long goldLinkId, boolean unanimous) {
        public Candidate {
            Objects.requireNonNull(ends, "ends");
            proposals = List.copyOf(proposals);
        }

        public boolean inGold() {
            return goldLinkId != null;
        }
    }

    private GoldLinks(Map<Long, GoldSpan> goldOfSpan, List<Candidate> candidates, List<Link> unplaced,
                      Map<Long, List<Span>> sourcesOfGold) {
        this.goldOfSpan = goldOfSpan;
        this.candidates = List.copyOf(candidates);
        this.unplaced = List.copyOf(unplaced);
        this.sourcesOfGold = sourcesOfGold;
    }

    /**
     * @param inForce   the decisions in force, oldest first
     * @param links     the compared annotators' links in this article
     */
    public static GoldLinks of(ArticleComparison comparison, List<GoldSpan> gold, List<GoldLink> goldLinks,
                               List<Decision> inForce, List<Link> links) {
        Map<Long, Span> spans = new HashMap<>();
        Map<Long, GroupKey> groupOfSpan = new HashMap<>();
        for (List<SpanGroup> groups : List.of(comparison.unanimous(), comparison.disagreements())) {
            for (SpanGroup group : groups) {
                for (Span span : group.spans()) {
                    spans.put(span.id(), span);
                    groupOfSpan.put(span.id(), group.key());
                }
            }
        }
        Map<LabeledRange, GoldSpan> goldByRange = new HashMap<>();
        Map<Long, GoldSpan> goldById = new HashMap<>();
        gold.forEach(g -> {
            goldByRange.put(g.range(), g);
            goldById.put(g.id(), g);
        });
        Map<GroupKey, Set<Long>> goldOfGroup = new HashMap<>();
        for (Decision d : inForce) {
            if (d.disagreementKey() != null && d.goldSpanId() != null && goldById.containsKey(d.goldSpanId())) {
                goldOfGroup.computeIfAbsent(d.disagreementKey(), k -> new java.util.HashSet<>()).add(d.goldSpanId());
            }
        }
        Map<Long, GoldSpan> goldOfSpan = new HashMap<>();
        for (Span span : spans.values()) {
            GoldSpan exact = goldByRange.get(new LabeledRange(span.start(), span.end(), span.label()));
            if (exact != null) {
                goldOfSpan.put(span.id(), exact);
                continue;
            }
            Set<Long> fromGroup = goldOfGroup.getOrDefault(groupOfSpan.get(span.id()), Set.of());
            if (fromGroup.size() == 1) {
                GoldSpan taken = goldById.get(fromGroup.iterator().next());
                if (taken.label().equals(span.label())) { // a relabelled end would not make the same link
                    goldOfSpan.put(span.id(), taken);
                }
            }
        }
        Map<LinkEnds, List<Link>> proposals = new LinkedHashMap<>();
        List<Link> unplaced = new ArrayList<>();
        for (Link link : links) {
            GoldSpan from = goldOfSpan.get(link.fromSpanId());
            GoldSpan to = goldOfSpan.get(link.toSpanId());
            if (from == null || to == null || !link.type().allows(from.label(), to.label())) {
                unplaced.add(link);
            } else {
                proposals.computeIfAbsent(new LinkEnds(from.id(), to.id(), link.type()), k -> new ArrayList<>()).add(link);
            }
        }
        Map<LinkEnds, Long> inGold = goldLinks.stream().collect(Collectors.toMap(GoldLink::ends, GoldLink::id, (a, b) -> a));
        List<Candidate> candidates = new ArrayList<>();
        Set<Long> annotators = Set.copyOf(comparison.annotatorIds());
        proposals.forEach((ends, proposing) -> {
            Set<Long> who = proposing.stream().map(Link::annotatorId).collect(Collectors.toSet());
            candidates.add(new Candidate(ends, proposing, inGold.get(ends), who.containsAll(annotators)));
        });
        goldLinks.stream().filter(g -> !proposals.containsKey(g.ends()))
                .forEach(g -> candidates.add(new Candidate(g.ends(), List.of(), g.id(), false)));
        Comparator<Candidate> byPosition = Comparator
                .comparingInt((Candidate c) -> goldById.get(c.ends().fromGoldSpanId()).start())
                .thenComparingInt(c -> goldById.get(c.ends().toGoldSpanId()).start())
                .thenComparing(c -> c.ends().type());
        candidates.sort(byPosition);
        Map<Long, List<Span>> sourcesOfGold = new HashMap<>();
        goldOfSpan.forEach((spanId, g) -> {
            Span span = spans.get(spanId);
            if (span.isSource() && g.isSource()) {
                sourcesOfGold.computeIfAbsent(g.id(), k -> new ArrayList<>()).add(span);
            }
        });
        sourcesOfGold.values().forEach(list -> list.sort(Comparator.comparingLong(Span::annotatorId)));
        return new GoldLinks(goldOfSpan, candidates, unplaced, sourcesOfGold);
    }

    /** Every candidate gold link and every gold link, by the position of its ends. */
    public List<Candidate> candidates() {
        return candidates;
    }

    public Optional<Candidate> candidate(LinkEnds ends) {
        return candidates.stream().filter(c -> c.ends().equals(ends)).findFirst();
    }

    /** Annotator links that cannot become gold yet: an end is not in gold (or is in gold with another label). */
    public List<Link> unplaced() {
        return unplaced;
    }

    /** The gold span an annotator span stands for, if any. */
    public Optional<GoldSpan> goldOf(long spanId) {
        return Optional.ofNullable(goldOfSpan.get(spanId));
    }

    /** The annotators' source spans that stand for this gold SOURCE span, in annotator order. */
    public List<Span> sourcesOf(long goldSpanId) {
        return sourcesOfGold.getOrDefault(goldSpanId, List.of());
    }

    /** The source type every annotator with a source span here gave it, if they all agree (and there is one). */
    public Optional<SourceType> agreedSourceType(long goldSpanId, int annotatorCount) {
        List<Span> sources = sourcesOf(goldSpanId);
        Set<Long> who = sources.stream().map(Span::annotatorId).collect(Collectors.toSet());
        Set<SourceType> types = sources.stream().map(Span::sourceType).collect(Collectors.toSet());
        return who.size() == annotatorCount && types.size() == 1 ? Optional.of(types.iterator().next()) : Optional.empty();
    }
}
