package io.veritag.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a saved web page says about itself: title, outlet, author, url and publication date. Each comes from the
 * most specific place that has it: schema.org {@code NewsArticle} JSON-LD, then Open Graph and {@code article:*}
 * tags, then other common meta tags, then {@code <title>} and {@code <link rel=canonical>}. Values are plain text
 * (never interpreted), with spacing collapsed; any may be null.
 */
record PageMetadata(String title, String outlet, String author, String url, String published) {
    private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle", "blogposting", "report", "webpage");

    static PageMetadata of(Document page) {
        JsonNode ld = articleJsonLd(page);
        String outlet = first(ldName(ld, "publisher"), meta(page, "property", "og:site_name"),
                meta(page, "name", "application-name"), meta(page, "name", "publisher"));
        String title = first(ldText(ld, "headline"), meta(page, "property", "og:title"),
                meta(page, "name", "twitter:title"), withoutOutlet(clean(page.title()), outlet));
        String author = first(ldName(ld, "author"), meta(page, "name", "author"), meta(page, "name", "byl"),
                meta(page, "name", "parsely-author"), nonUrl(meta(page, "property", "article:author")));
        String url = first(canonical(page), ldUrl(ld), meta(page, "property", "og:url"));
        String published = first(ldText(ld, "datePublished"), meta(page, "property", "article:published_time"),
                meta(page, "name", "article:published_time"), meta(page, "itemprop", "datePublished"),
                meta(page, "name", "pubdate"), meta(page, "name", "publish-date"), meta(page, "name", "date"),
                meta(page, "name", "dc.date"), timeDatetime(page));
        return new PageMetadata(title, outlet, author, url, published);
    }

    /** The first schema.org object of an article type in the page's JSON-LD scripts (arrays and {@code @graph} looked into). */
    private static JsonNode articleJsonLd(Document page) {
        JsonNode fallback = null;
        for (Element script : page.select("script[type=application/ld+json]")) {
            JsonNode root;
            try {
                root = Json.MAPPER.readTree(script.data());
            } catch (java.io.IOException | RuntimeException e) {
                continue; // a broken block of metadata does not make the page unreadable
            }
            List<JsonNode> objects = new ArrayList<>();
            flatten(root, objects, 0);
            for (JsonNode object : objects) {
                if (isType(object, "webpage")) {
                    fallback = fallback == null ? object : fallback;
                } else if (ARTICLE_TYPES.stream().anyMatch(type -> isType(object, type))) {
                    return object;
                }
            }
        }
        return fallback;
    }

    private static void flatten(JsonNode node, List<JsonNode> into, int depth) {
        if (node == null || depth > 4) {
            return;
        }
        if (node.isArray()) {
            node.forEach(item -> flatten(item, into, depth + 1));
        } else if (node.isObject()) {
            into.add(node);
            flatten(node.get("@graph"), into, depth + 1);
        }
    }

    private static boolean isType(JsonNode node, String type) {
        JsonNode types = node.get("@type");
        if (types == null) {
            return false;
        }
        for (JsonNode t : types.isArray() ? types : List.of(types)) {
            if (t.isTextual() && t.textValue().toLowerCase(Locale.ROOT).equals(type)) {
                return true;
            }
        }
        return false;
    }

    private static String ldText(JsonNode ld, String field) {
        JsonNode value = ld == null ? null : ld.get(field);
        return value != null && value.isTextual() ? clean(value.textValue()) : null;
    }

    /** A person or organisation: a name, an object with "name", or a list of them (joined with commas). */
    private static String ldName(JsonNode ld, String field) {
        JsonNode value = ld == null ? null : ld.get(field);
        if (value == null) {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (JsonNode one : value.isArray() ? value : List.of(value)) {
            JsonNode name = one.isObject() ? one.get("name") : one;
            String text = name != null && name.isTextual() ? clean(name.textValue()) : null;
            if (text != null && !names.contains(text)) {
                names.add(text);
            }
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    private static String ldUrl(JsonNode ld) {
        String url = ldText(ld, "url");
        if (url != null) {
            return url;
        }
        JsonNode page = ld == null ? null : ld.get("mainEntityOfPage");
        if (page != null && page.isObject()) {
            JsonNode id = page.get("@id");
            return id != null && id.isTextual() ? clean(id.textValue()) : null;
        }
        return page != null && page.isTextual() ? clean(page.textValue()) : null;
    }

    private static String meta(Document page, String attribute, String name) {
        for (Element meta : page.select("meta[" + attribute + "]")) {
            if (meta.attr(attribute).equalsIgnoreCase(name)) {
                String content = clean(meta.attr("content"));
                if (content != null) {
                    return content;
                }
            }
        }
        return null;
    }

    private static String canonical(Document page) {
        for (Element link : page.select("link[rel][href]")) {
            if (link.attr("rel").equalsIgnoreCase("canonical")) {
                return clean(link.attr("href"));
            }
        }
        return null;
    }

    private static String timeDatetime(Document page) {
        Element time = page.selectFirst("article time[datetime], time[datetime]");
        return time == null ? null : clean(time.attr("datetime"));
    }

    /** "Kherson retaken | The Daily Post" → "Kherson retaken" when the outlet is "The Daily Post". */
    private static String withoutOutlet(String title, String outlet) {
        if (title == null || outlet == null) {
            return title;
        }
        for (String separator : List.of(" | ", " - ", " – ", " — ", " :: ")) {
            if (title.endsWith(separator + outlet)) {
                return title.substring(0, title.length() - separator.length() - outlet.length()).strip();
            }
        }
        return title;
    }

    /** Article authors are often a profile URL in Open Graph: that is not a name. */
    private static String nonUrl(String value) {
        return value == null || value.startsWith("http://") || value.startsWith("https://") ? null : value;
    }

    private static String first(String... values) {
        for (String value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /** Spacing (line breaks, tabs, runs of spaces) collapsed to single spaces; control characters dropped; blank → null. */
    static String clean(String value) {
        if (value == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(value.length());
        boolean space = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                space = out.length() > 0;
            } else if (!Character.isISOControl(c)) {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.length() == 0 ? null : out.toString();
    }
}
