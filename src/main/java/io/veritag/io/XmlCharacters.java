package io.veritag.io;

/**
 * Which XML version can carry a document's strings: XML 1.0 has no place for the C0 control characters other than
 * tab and line break (an article may hold them), XML 1.1 writes them as character references, and neither can
 * hold U+FFFE or U+FFFF.
 */
final class XmlCharacters {
    private XmlCharacters() {
    }

    /** "1.0", "1.1", or null when no XML version can carry the document. */
    static String versionFor(AnnotatedDocument document) {
        ArticleData article = document.article();
        int needs = needs(article.text());
        needs = Math.max(needs, needs(article.externalId()));
        needs = Math.max(needs, needs(article.title()));
        needs = Math.max(needs, needs(article.source()));
        needs = Math.max(needs, needs(article.url()));
        needs = Math.max(needs, needs(article.published()));
        needs = Math.max(needs, needs(document.annotator()));
        for (LabeledSpan span : document.spans()) {
            needs = Math.max(needs, needs(span.note()));
        }
        return switch (needs) {
            case 0 -> "1.0";
            case 1 -> "1.1";
            default -> null;
        };
    }

    /** 0: XML 1.0 holds it; 1: only XML 1.1; 2: neither. */
    private static int needs(String s) {
        if (s == null) {
            return 0;
        }
        int needs = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\uFFFE' || c == '\uFFFF') {
                return 2;
            }
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                needs = 1;
            }
        }
        return needs;
    }
}
