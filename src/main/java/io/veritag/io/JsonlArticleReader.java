package io.veritag.io;

import com.fasterxml.jackson.databind.JsonNode;
import io.veritag.model.Limits;
import io.veritag.model.NewArticle;
import java.io.InputStream;
import java.util.function.Consumer;

/**
 * One article per line: {@code {"id","title","source","url","published","text"}}. Only {@code text} is
 * required; other fields (such as the {@code spans} of an annotation export) are ignored here.
 */
public final class JsonlArticleReader implements ArticleReader {
    @Override
    public void read(String sourceName, InputStream in, Consumer<NewArticle> sink) {
        StrictUtf8 lines = new StrictUtf8(in, sourceName, Limits.JSONL_LINE_CHARS); // reads what the jsonl export writes
        int articles = 0;
        String line;
        while ((line = lines.readLine()) != null) {
            if (lines.lineNumber() == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isBlank()) {
                continue;
            }
            sink.accept(parse(line, sourceName, lines.lineNumber()));
            articles++;
        }
        if (articles == 0) {
            throw new InputProblem(sourceName, 0, "empty file: no JSON lines");
        }
    }

    private static NewArticle parse(String line, String source, int lineNumber) {
        JsonNode node;
        try {
            node = Json.strictObject(line);
        } catch (IllegalArgumentException e) {
            throw new InputProblem(source, lineNumber, e.getMessage());
        }
        String text = string(node, "text", source, lineNumber);
        if (text == null || text.isBlank()) {
            throw new InputProblem(source, lineNumber, "missing or empty \"text\"");
        }
        if (text.length() > Limits.ARTICLE_TEXT_CHARS) {
            throw new InputProblem(source, lineNumber, "\"text\" is longer than the limit of " + Limits.ARTICLE_TEXT_CHARS + " characters");
        }
        text = TextNormalizer.normalize(text);
        String id = string(node, "id", source, lineNumber);
        String title = string(node, "title", source, lineNumber);
        String published = string(node, "published", source, lineNumber);
        String tooLong = Limits.articleProblem(id == null ? null : id.strip(), title == null ? null : title.strip(),
                string(node, "source", source, lineNumber), string(node, "url", source, lineNumber), published);
        if (tooLong != null) {
            throw new InputProblem(source, lineNumber, tooLong);
        }
        return new NewArticle(
                id == null || id.isBlank() ? ArticleReader.stem(source) + "-" + lineNumber : id.strip(),
                title == null || title.isBlank() ? Titles.fromText(text) : title.strip(),
                string(node, "source", source, lineNumber),
                string(node, "url", source, lineNumber),
                published,
                text);
    }

    /** A string field, or null if absent or null; numbers are accepted for "id". */
    private static String string(JsonNode node, String field, String source, int lineNumber) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isTextual()) {
            return value.textValue();
        }
        if (field.equals("id") && value.isIntegralNumber()) {
            return value.asText();
        }
        throw new InputProblem(source, lineNumber, "\"" + field + "\" must be a string");
    }
}
