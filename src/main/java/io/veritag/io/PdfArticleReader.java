package io.veritag.io;

import io.veritag.model.NewArticle;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.function.Consumer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A PDF is one article: the text of its pages in reading order (Apache PDFBox), in paragraphs as PDFBox finds them
 * from line spacing and indentation; the lines of a paragraph are joined into one. A PDF with no text (a scan)
 * is refused with a message saying so, never imported as an empty article.
 */
public final class PdfArticleReader implements ArticleReader {
    /** Marks a paragraph's end in PDFBox's output: a character that cannot occur in extracted text. */
    private static final String PARAGRAPH_END = "\u0000";

    @Override
    public void read(String sourceName, InputStream in, Consumer<NewArticle> sink) {
        byte[] bytes = FileBytes.readAll(in, sourceName);
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setParagraphEnd(PARAGRAPH_END);
            stripper.setLineSeparator("\n");
            stripper.setPageEnd(PARAGRAPH_END);
            String raw = stripper.getText(pdf);
            PDDocumentInformation info = pdf.getDocumentInformation();
            sink.accept(DocumentText.article(sourceName, paragraphs(raw), info.getTitle(), info.getAuthor(),
                    instant(info.getCreationDate()), "no text in this PDF (" + pdf.getNumberOfPages()
                            + (pdf.getNumberOfPages() == 1 ? " page" : " pages")
                            + "): it is probably a scanned image; run text recognition (OCR) on it first"));
        } catch (InvalidPasswordException e) {
            throw new InputProblem(sourceName, 0, "the PDF is protected by a password");
        } catch (IOException e) {
            throw new InputProblem(sourceName, 0, "not a readable PDF (" + PageMetadata.clean(e.getMessage()) + ")");
        }
    }

    /** Lines joined within each paragraph (a line ending in a hyphen after a letter is joined without a space). */
    static List<String> paragraphs(String raw) {
        List<String> paragraphs = new ArrayList<>();
        for (String block : raw.split(PARAGRAPH_END)) {
            StringBuilder paragraph = new StringBuilder();
            for (String line : block.split("\n")) {
                String clean = PageMetadata.clean(line);
                if (clean == null) {
                    continue;
                }
                int end = paragraph.length();
                boolean hyphenated = end >= 2 && paragraph.charAt(end - 1) == '-' && Character.isLetter(paragraph.charAt(end - 2));
                if (end > 0 && !hyphenated) {
                    paragraph.append(' ');
                }
                paragraph.append(clean);
            }
            if (paragraph.length() > 0) {
                paragraphs.add(paragraph.toString());
            }
        }
        return paragraphs;
    }

    private static Instant instant(Calendar calendar) {
        return calendar == null ? null : calendar.toInstant();
    }
}
