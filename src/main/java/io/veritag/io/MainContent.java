package io.veritag.io;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The main text of a web page, as paragraphs, found the way Mozilla's Readability finds it: drop what is never
 * article text (scripts, navigation, forms, asides, footers, hidden parts, blocks whose class or id says
 * comments, cookie banner, related links, share buttons, ads…); score every block of running text by its length
 * and commas and credit its parent and grandparent; weight each candidate by the share of its text that is not
 * link text; take the best candidate with those of its siblings that score close to it or read as prose; in what
 * is taken, drop link lists and blocks that are mostly links. Headings and list items inside the text are kept as
 * paragraphs of their own.
 */
final class MainContent {
    private static final String NEVER_TEXT = "script, style, noscript, template, iframe, object, embed, svg, canvas, "
            + "form, button, input, select, textarea, nav, aside, footer, header, figure, figcaption, picture, video, "
            + "audio, dialog, menu, [hidden], [aria-hidden=true], [role=navigation], [role=banner], [role=contentinfo], "
            + "[role=complementary], [role=dialog], [role=alertdialog], [role=search], [role=menu]";
    private static final Pattern UNLIKELY = Pattern.compile("-ad-|\\bads?\\b|ad-slot|advert|banner|breadcrumb|combx|comment"
            + "|community|consent|cookie|disqus|extra|footer|gdpr|header|masthead|menu|modal|navbar|newsletter|outbrain"
            + "|pager|pagination|paywall|popup|promo|related|remark|replies|rss|share|sharing|shoutbox|sidebar|skyscraper"
            + "|social|sponsor|subscribe|supplemental|taboola|tags|tag-list|topic-list|toolbar|trending|most-read|mostread|more-from"
            + "|read-more|read-next|adsbygoogle|byline|dateline|contributor|author-info",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MAYBE = Pattern.compile("article|body|column|content|main|story|entry|post-text|text-block",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern POSITIVE = Pattern.compile("article|body|content|entry|hentry|h-entry|main|page|post|text"
            + "|blog|story|paragraph", Pattern.CASE_INSENSITIVE);
    private static final Pattern NEGATIVE = Pattern.compile("-ad-|hidden|\\bhid\\b|banner|combx|comment|com-|contact|foot"
            + "|footer|footnote|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper"
            + "|sponsor|shopping|tags|tool|widget|newsletter|cookie|byline|caption|credit", Pattern.CASE_INSENSITIVE);
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3", "h4",
            "h5", "h6", "ul", "ol", "li", "blockquote", "pre", "table", "thead", "tbody", "tr", "td", "th", "dl", "dt",
            "dd", "hr", "address", "details", "summary", "center", "body");
    private static final Set<String> SCORED = Set.of("p", "pre", "td", "blockquote");
    private static final int MIN_PARAGRAPH = 25;

    private MainContent() {
    }

    /** The paragraphs of the page's main text, in order; empty when the page has no running text. */
    static List<String> paragraphs(Element body) {
        Element root = body.clone();
        root.select(NEVER_TEXT).remove();
        removeUnlikely(root);
        Map<Element, Double> scores = score(root);
        Element top = null;
        for (Map.Entry<Element, Double> candidate : scores.entrySet()) {
            if (top == null || candidate.getValue() > scores.get(top)) {
                top = candidate.getKey();
            }
        }
        if (top == null) {
            return new ArrayList<>();
        }
        top = commonAncestorOfAlternatives(top, scores);
        List<String> paragraphs = new ArrayList<>();
        for (Element part : withSiblings(top, scores)) {
            clean(part, part == top);
            flatten(part, new StringBuilder(), paragraphs);
        }
        paragraphs.removeIf(String::isBlank);
        return paragraphs;
    }

    private static void removeUnlikely(Element root) {
        List<Element> unlikely = new ArrayList<>();
        for (Element element : root.getAllElements()) {
            String tag = element.normalName();
            if (element == root || tag.equals("article") || tag.equals("main") || tag.equals("a") || tag.equals("p")) {
                continue;
            }
            String names = names(element);
            if (UNLIKELY.matcher(names).find() && !MAYBE.matcher(names).find()) {
                unlikely.add(element);
            }
        }
        unlikely.forEach(Node::remove);
    }

    /**
     * What a block is called: its class and id, and the component name modern sites put in {@code data-component}
     * or {@code data-testid} ("byline-block", "links-block", "ad-slot").
     */
    private static String names(Element element) {
        return element.className() + " " + element.id() + " " + element.attr("data-component") + " " + element.attr("data-testid");
    }

    /** Readability's scores: each paragraph credits its parent fully, its grandparent half, the next a third. */
    private static Map<Element, Double> score(Element root) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Element element : root.getAllElements()) {
            if (!SCORED.contains(element.normalName()) && !isTextDiv(element)) {
                continue;
            }
            String text = element.text();
            if (text.length() < MIN_PARAGRAPH) {
                continue;
            }
            double points = 1 + commas(text) + Math.min(text.length() / 100, 3);
            Element ancestor = element.parent();
            for (int level = 0; level < 3 && ancestor != null; level++, ancestor = ancestor.parent()) {
                scores.putIfAbsent(ancestor, initialScore(ancestor));
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                scores.merge(ancestor, points / divider, Double::sum);
            }
        }
        scores.replaceAll((element, points) -> points * (1 - linkDensity(element)));
        return scores;
    }

    /** A div holding only inline content is a paragraph written without {@code <p>} (wire services do this). */
    private static boolean isTextDiv(Element element) {
        if (!element.normalName().equals("div")) {
            return false;
        }
        for (Element child : element.children()) {
            if (BLOCKS.contains(child.normalName())) {
                return false;
            }
        }
        return true;
    }

    private static double initialScore(Element element) {
        double points = switch (element.normalName()) {
            case "div", "article", "main", "section" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return points + classWeight(element);
    }

    private static double classWeight(Element element) {
        double weight = 0;
        for (String name : new String[] {element.className(), element.id(), element.attr("data-component")}) {
            if (!name.isEmpty()) {
                weight += NEGATIVE.matcher(name).find() ? -25 : 0;
                weight += POSITIVE.matcher(name).find() ? 25 : 0;
            }
        }
        return weight;
    }

    private static int commas(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            count += c == ',' || c == '，' || c == '、' ? 1 : 0;
        }
        return count;
    }

    /** The share of an element's text that is inside links. */
    static double linkDensity(Element element) {
        int length = element.text().length();
        if (length == 0) {
            return 0;
        }
        int linked = 0;
        for (Element link : element.select("a")) {
            linked += link.text().length();
        }
        return Math.min(1, (double) linked / length);
    }

    /**
     * Readability's rule for text cut into one wrapper per paragraph: when at least three other candidates score
     * close to the top one (three quarters of it), the nearest ancestor of the top holding three of them is the text.
     */
    private static Element commonAncestorOfAlternatives(Element top, Map<Element, Double> scores) {
        double best = scores.get(top);
        List<Element> alternatives = new ArrayList<>();
        scores.forEach((element, score) -> {
            if (element != top && score >= 0.75 * best) {
                alternatives.add(element);
            }
        });
        if (alternatives.size() < 3) {
            return top;
        }
        for (Element ancestor = top.parent(); ancestor != null && ancestor.parent() != null; ancestor = ancestor.parent()) {
            int inside = 0;
            for (Element alternative : alternatives) {
                inside += alternative.parents().contains(ancestor) ? 1 : 0;
            }
            if (inside >= 3) {
                scores.putIfAbsent(ancestor, initialScore(ancestor));
                return ancestor;
            }
        }
        return top;
    }

    /** The top candidate and the siblings that belong with it (Readability's rule), in page order. */
    private static List<Element> withSiblings(Element top, Map<Element, Double> scores) {
        Element parent = top.parent();
        if (parent == null) {
            return List.of(top);
        }
        double threshold = Math.max(10, scores.get(top) * 0.2);
        List<Element> taken = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top) {
                taken.add(sibling);
                continue;
            }
            double bonus = !top.className().isEmpty() && top.className().equals(sibling.className()) ? scores.get(top) * 0.2 : 0;
            Double score = scores.get(sibling);
            if (score != null && score + bonus >= threshold) {
                taken.add(sibling);
            } else if (sibling.normalName().equals("p")) {
                String text = sibling.text();
                double density = linkDensity(sibling);
                if ((text.length() > 80 && density < 0.25)
                        || (!text.isEmpty() && text.length() <= 80 && density == 0 && text.matches("(?s).*\\.( |$).*"))) {
                    taken.add(sibling);
                }
            }
        }
        return taken;
    }

    /** Drops, inside the taken text, link lists and blocks that are mostly links or say they are not text. */
    private static void clean(Element part, boolean isTop) {
        List<Element> all = part.getAllElements();
        for (int i = all.size() - 1; i >= 0; i--) { // inner blocks first
            Element element = all.get(i);
            if (element == part || element.parent() == null) {
                continue;
            }
            String tag = element.normalName();
            boolean container = Set.of("div", "section", "ul", "ol", "table", "p", "li", "dl").contains(tag);
            if (!container) {
                continue;
            }
            double weight = classWeight(element);
            double density = linkDensity(element);
            int length = element.text().length();
            if (weight < 0 || (density > 0.5 && length > 0) || (tag.matches("ul|ol|dl") && density > 0.3)) {
                element.remove();
            }
        }
        if (!isTop && linkDensity(part) > 0.5) {
            part.empty();
        }
    }

    /** Writes the block structure as paragraphs: each block ends a paragraph, {@code <br>} is a line break inside one. */
    private static void flatten(Node node, StringBuilder current, List<String> paragraphs) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode text) {
                current.append(text.getWholeText());
            } else if (child instanceof Element element) {
                String tag = element.normalName();
                if (tag.equals("br")) {
                    current.append('\n');
                } else if (tag.equals("pre")) {
                    flush(current, paragraphs);
                    paragraphs.add(element.wholeText().strip());
                } else if (BLOCKS.contains(tag)) {
                    flush(current, paragraphs);
                    flatten(element, current, paragraphs);
                    flush(current, paragraphs);
                } else {
                    flatten(element, current, paragraphs);
                }
            }
        }
    }

    private static void flush(StringBuilder current, List<String> paragraphs) {
        if (current.length() == 0) {
            return;
        }
        List<String> lines = new ArrayList<>();
        for (String line : current.toString().split("\n", -1)) {
            String clean = PageMetadata.clean(line);
            if (clean != null) {
                lines.add(clean);
            }
        }
        if (!lines.isEmpty()) {
            paragraphs.add(String.join("\n", lines));
        }
        current.setLength(0);
    }
}
