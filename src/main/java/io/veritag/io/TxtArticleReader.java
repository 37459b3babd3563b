package io.veritag.io;

import io.veritag.model.NewArticle;
import java.io.InputStream;
import java.util.function.Consumer;

/** A UTF-8 {@code .txt} file is one article; its id is the file name stem, its title comes from the text. */
public final class TxtArticleReader implements ArticleReader {
    @Override
    public void read(String sourceName, InputStream in, Consumer<NewArticle> sink) {
        String text = TextNormalizer.normalize(new StrictUtf8(in, sourceName, MAX_ARTICLE_CHARS).readAll());
        if (text.isBlank()) {
            throw new InputProblem(sourceName, 0, "empty file: no text to annotate");
        }
        sink.accept(new NewArticle(ArticleReader.stem(sourceName), Titles.fromText(text), null, null, null, text));
    }
}
