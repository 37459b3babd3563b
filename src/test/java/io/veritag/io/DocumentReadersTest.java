package io.veritag.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.veritag.model.NewArticle;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/** PDF, Word and OpenDocument files made in the test with the same libraries (and a zip for .odt). */
class DocumentReadersTest {
    private static NewArticle read(String name, byte[] bytes) {
        List<NewArticle> articles = new ArrayList<>();
        ArticleReader.forFileName(name).read(name, new ByteArrayInputStream(bytes), articles::add);
        assertThat(articles).hasSize(1);
        return articles.get(0);
    }

    @Test
    void pdfTextKeepsParagraphsAndTheDocumentsProperties() throws IOException {
        byte[] pdf = pdf(List.of(
                List.of("Statement of the regional administration"),
                List.of("Power was restored to the central districts of", "Kherson on Sunday, the governor said."),
                List.of("Water remains available only in some districts.")), "Statement on power", "Regional press office");
        NewArticle article = read("statement.pdf", pdf);
        assertThat(article.text()).isEqualTo("Statement of the regional administration\n\n"
                + "Power was restored to the central districts of Kherson on Sunday, the governor said.\n\n"
                + "Water remains available only in some districts.");
        assertThat(article.title()).isEqualTo("Statement on power");
        assertThat(article.author()).isEqualTo("Regional press office");
        assertThat(article.published()).isEqualTo("2022-11-20");
        assertThat(article.externalId()).isEqualTo("statement");
    }

    @Test
    void aPdfWithoutTextIsRefusedAsProbablyScannedNotImportedEmpty() throws IOException {
        byte[] scan;
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.addRect(50, 50, 400, 600); // a drawn picture, no text
                content.fill();
            }
            document.addPage(new PDPage());
            document.save(out);
            scan = out.toByteArray();
        }
        assertThatThrownBy(() -> read("scan-2022-11.pdf", scan)).isInstanceOf(InputProblem.class)
                .hasMessage("scan-2022-11.pdf: no text in this PDF (2 pages): it is probably a scanned image; run text recognition (OCR) on it first");
    }

    @Test
    void brokenPdfAndWordFilesGiveOneLineNamingTheFile() {
        byte[] junk = "%PDF-1.7 this is not really a pdf".getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> read("junk.pdf", junk)).isInstanceOf(InputProblem.class)
                .hasMessageStartingWith("junk.pdf: not a readable PDF").message().doesNotContain("\n");
        assertThatThrownBy(() -> read("junk.docx", junk)).isInstanceOf(InputProblem.class)
                .hasMessageStartingWith("junk.docx: not a").message().doesNotContain("\n");
        assertThatThrownBy(() -> read("junk.odt", junk)).isInstanceOf(InputProblem.class)
                .hasMessageStartingWith("junk.odt: not an OpenDocument text");
        assertThatThrownBy(() -> read("empty.docx", new byte[0])).isInstanceOf(InputProblem.class)
                .hasMessage("empty.docx: empty file: no text to annotate");
    }

    @Test
    void wordParagraphsHeadingsAndTablesInReadingOrder() throws IOException {
        byte[] docx;
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText("Partner report: Kherson, November");
            var body = document.createParagraph();
            body.createRun().setText("Residents said the water supply ");
            body.createRun().setText("returned on Wednesday.");
            document.createParagraph(); // an empty paragraph is no paragraph
            var table = document.createTable(1, 2);
            table.getRow(0).getCell(0).setText("Kherson");
            table.getRow(0).getCell(1).setText("<b>not markup</b> \u001B[31m");
            document.createParagraph().createRun().setText("🇺🇦 Officials deny it.");
            document.getProperties().getCoreProperties().setTitle("Microsoft Word - report.docx");
            document.getProperties().getCoreProperties().setCreator("Anna Partner");
            document.write(out);
            docx = out.toByteArray();
        }
        NewArticle article = read("report.docx", docx);
        assertThat(article.text()).isEqualTo("Partner report: Kherson, November\n\nResidents said the water supply returned on Wednesday.\n\n"
                + "Kherson\n\n<b>not markup</b> ?[31m\n\n🇺🇦 Officials deny it.");
        assertThat(article.title()).as("a program's placeholder title gives way to the first line")
                .isEqualTo("Partner report: Kherson, November");
        assertThat(article.author()).isEqualTo("Anna Partner");
    }

    @Test
    void openDocumentParagraphsWithoutNotesAndTheMetaFile() throws IOException {
        String content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\">"
                + "<office:body><office:text>"
                + "<text:h text:outline-level=\"1\">Kherson water</text:h>"
                + "<text:p>Water returned<text:s text:c=\"3\"/>on <text:span>Wednesday</text:span>"
                + "<text:note><text:note-citation>1</text:note-citation><text:note-body><text:p>A footnote.</text:p></text:note-body></text:note>.</text:p>"
                + "<text:list><text:list-item><text:p>Pressure is low.</text:p></text:list-item></text:list>"
                + "<table:table><table:table-row><table:table-cell><text:p>Cell text</text:p></table:table-cell></table:table-row></table:table>"
                + "<text:p/></office:text></office:body></office:document-content>";
        String meta = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-meta xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                + " xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
                + "<office:meta><dc:title>Water in Kherson</dc:title><meta:initial-creator>Boris Writer</meta:initial-creator>"
                + "<meta:creation-date>2022-11-23T09:10:00</meta:creation-date></office:meta></office:document-meta>";
        NewArticle article = read("water.odt", odt(content, meta));
        assertThat(article.text()).isEqualTo("Kherson water\n\nWater returned on Wednesday.\n\nPressure is low.\n\nCell text");
        assertThat(article.title()).isEqualTo("Water in Kherson");
        assertThat(article.author()).isEqualTo("Boris Writer");
        assertThat(article.published()).isEqualTo("2022-11-23");
    }

    @Test
    void openDocumentWithADocumentTypeIsRefusedSoNoEntityIsEverExpanded() {
        String entities = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY secret SYSTEM \"file:///etc/passwd\">"
                + "<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>"
                + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:text>"
                + "<text:p>&secret;&b;</text:p></office:text></office:body></office:document-content>";
        assertThatThrownBy(() -> read("hostile.odt", odt(entities, null))).isInstanceOf(InputProblem.class)
                .hasMessageStartingWith("hostile.odt: content.xml is not well-formed XML")
                .message().doesNotContain("root:").doesNotContain("\n");
    }

    static byte[] pdf(List<List<String>> paragraphs, String title, String author) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                float y = 720;
                for (List<String> paragraph : paragraphs) {
                    for (String line : paragraph) {
                        content.beginText();
                        content.setFont(font, 12);
                        content.newLineAtOffset(72, y);
                        content.showText(line);
                        content.endText();
                        y -= 15;
                    }
                    y -= 20; // paragraph spacing, as a word processor leaves it
                }
            }
            document.getDocumentInformation().setTitle(title);
            document.getDocumentInformation().setAuthor(author);
            Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            created.clear();
            created.set(2022, Calendar.NOVEMBER, 20, 10, 0);
            document.getDocumentInformation().setCreationDate(created);
            document.save(out);
            return out.toByteArray();
        }
    }

    static byte[] odt(String content, String meta) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("mimetype"));
            zip.write("application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII));
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            if (meta != null) {
                zip.putNextEntry(new ZipEntry("meta.xml"));
                zip.write(meta.getBytes(StandardCharsets.UTF_8));
            }
        }
        return bytes.toByteArray();
    }
}
