package io.veritag.io;

import io.veritag.model.NewArticle;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.IRunElement;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * A Word {@code .docx} file is one article (Apache POI): each paragraph and heading of the body is a paragraph,
 * table cells in reading order; title, author and creation date from the document's properties. Headers,
 * footers, comments and footnotes are left out.
 */
public final class DocxArticleReader implements ArticleReader {
    @Override
    public void read(String sourceName, InputStream in, Consumer<NewArticle> sink) {
        byte[] bytes = FileBytes.readAll(in, sourceName);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<String> paragraphs = new ArrayList<>();
            for (IBodyElement element : document.getBodyElements()) {
                add(element, paragraphs);
            }
            POIXMLProperties.CoreProperties core = document.getProperties().getCoreProperties();
            Instant created = core.getCreated() == null ? null : core.getCreated().toInstant();
            sink.accept(DocumentText.article(sourceName, paragraphs, core.getTitle(), core.getCreator(), created,
                    "no text in this Word document"));
        } catch (OLE2NotOfficeXmlFileException e) {
            throw new InputProblem(sourceName, 0, "an old Word .doc file (Word 97–2003) named .docx: save it as .docx first");
        } catch (NotOfficeXmlFileException e) {
            throw new InputProblem(sourceName, 0, "not a Word .docx file");
        } catch (IOException | POIXMLException | IllegalStateException | IllegalArgumentException e) {
            throw new InputProblem(sourceName, 0, "not a readable Word .docx file (" + PageMetadata.clean(e.getMessage()) + ")");
        }
    }

    /** The paragraph's runs and content controls (not its footnote references, which POI's getText() appends). */
    private static String runText(XWPFParagraph paragraph) {
        StringBuilder text = new StringBuilder();
        for (IRunElement run : paragraph.getIRuns()) {
            if (run instanceof XWPFRun plain) {
                text.append(plain.text());
            } else if (run instanceof XWPFSDT control) {
                text.append(control.getContent().getText());
            }
        }
        return text.toString();
    }

    private static void add(IBodyElement element, List<String> paragraphs) {
        if (element instanceof XWPFParagraph paragraph) {
            String text = DocumentText.paragraph(runText(paragraph));
            if (text != null) {
                paragraphs.add(text);
            }
        } else if (element instanceof XWPFTable table) {
            for (XWPFTableRow row : table.getRows()) {
                for (XWPFTableCell cell : row.getTableCells()) {
                    cell.getBodyElements().forEach(inner -> add(inner, paragraphs));
                }
            }
        }
    }
}
