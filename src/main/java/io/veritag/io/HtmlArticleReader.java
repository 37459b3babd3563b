package io.veritag.io;

import io.veritag.model.Limits;
import io.veritag.model.NewArticle;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A saved web page ({@code .html}, {@code .htm}) is one article: its main text ({@link MainContent}) with the
 * page's own title, outlet, author, url and date ({@link PageMetadata}). The character set is the one the page
 * declares (byte-order mark, {@code <meta charset>}), UTF-8 otherwise. Nothing of the page is run or fetched:
 * jsoup only parses it.
 */
public final class HtmlArticleReader implements ArticleReader {
    @Override
    public void read(String sourceName, InputStream in, Consumer<NewArticle> sink) {
        byte[] bytes = FileBytes.readAll(in, sourceName);
        if (looksBinary(bytes)) {
            throw new InputProblem(sourceName, 0, "binary data, not a web page");
        }
        Document page;
        try {
            page = Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new InputProblem(sourceName, 0, "cannot read the page: " + PageMetadata.clean(e.getMessage()));
        }
        PageMetadata metadata = PageMetadata.of(page);
        List<String> paragraphs = MainContent.paragraphs(page.body());
        String text = FileBytes.articleText(paragraphs, sourceName);
        if (text.isBlank()) {
            throw new InputProblem(sourceName, 0, "no article text found in the page");
        }
        String title = metadata.title() != null ? FileBytes.fit(metadata.title(), Limits.TITLE) : Titles.fromText(text);
        String url = metadata.url() != null && metadata.url().length() <= Limits.URL ? metadata.url() : null;
        String published = metadata.published() != null && metadata.published().length() <= Limits.PUBLISHED
                ? metadata.published() : null;
        sink.accept(new NewArticle(ArticleReader.stem(sourceName), title, FileBytes.fit(metadata.outlet(), Limits.SOURCE),
                url, published, text, FileBytes.fit(metadata.author(), Limits.AUTHOR), null));
    }

    /** NUL bytes in the first 8 KB: an image or archive saved as .html (UTF-16 pages start with a byte-order mark). */
    private static boolean looksBinary(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE) || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            return false;
        }
        for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }
}
