package io.veritag.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.veritag.model.ArticleStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BratReaderTest {
    private static final String TEXT = "Kherson 🇺🇦 is free.\nOfficials deny it.";

    @TempDir
    Path temp;

    @Test
    void readsTheGoldenExportBackToTheSameDocuments() throws IOException {
        Path golden = GoldenFiles.folder("brat");
        List<AnnotatedDocument> expected = GoldenFiles.read(golden.resolve("input.jsonl")).stream()
                .map(d -> new AnnotatedDocument(d.article(), d.annotator(), ArticleStatus.DONE, d.spans())).toList();
        List<AnnotatedDocument> read = new ArrayList<>();
        BratReader reader = new BratReader();
        for (Path unit : reader.units(golden.resolve("expected"))) {
            reader.read(unit, GoldenFiles.LABELS, d -> read.add(d.document()));
        }
        assertThat(read).extracting(d -> d.article().externalId(), AnnotatedDocument::annotator)
                .containsExactly(tuple("a-emoji", "anna"), tuple("b-cjk", "anna"), tuple("c-crlf", "anna"),
                        tuple("d-empty", "anna"), tuple("a-emoji", "ben"));
        for (AnnotatedDocument document : read) {
            AnnotatedDocument original = expected.stream()
                    .filter(e -> e.annotator().equals(document.annotator())
                            && e.article().externalId().equals(document.article().externalId()))
                    .findFirst().orElseThrow();
            assertThat(document.article().text()).isEqualTo(original.article().text());
            assertThat(document.spans()).isEqualTo(original.spans());
        }
    }

    @Test
    void joinsFragmentsAndCountsAnnotationsItCannotHold() throws IOException {
        Path ann = folder("T1\tCLAIM 8 19;20 29\t🇺🇦 is free. Officials\n"
                + "R1\tCause Arg1:T1 Arg2:T1\n"
                + "A1\tNegated T1\n"
                + "#1\tAnnotatorNotes T1\tspans a line break\n");
        List<ImportedDocument> read = read(ann);
        assertThat(read).singleElement().satisfies(d -> {
            assertThat(d.ignoredAnnotations()).isEqualTo(2);
            assertThat(d.document().annotator()).isEqualTo("anna");
            assertThat(d.document().article().externalId()).isEqualTo("art/1");
            assertThat(d.document().spans()).extracting(LabeledSpan::start, LabeledSpan::end, LabeledSpan::note)
                    .containsExactly(tuple(8, 31, "spans a line break"));
            assertThat(TEXT.substring(8, 31)).isEqualTo("🇺🇦 is free.\nOfficials");
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
            "text mismatch | T1\tCLAIM 0 7\tKharkiv | span text \"Kharkiv\" does not match the article text at [0, 7): \"Kherson\"",
            "UTF-16 offsets | T1\tCLAIM 13 20\tis free | span text \"is free\" does not match the article text at [13, 20): \" free.\\n\"",
            "unknown label | T1\tRUMOUR 0 7\tKherson | unknown label 'RUMOUR'",
            "start >= end | T1\tCLAIM 7 7\tx | start 7 >= end 7",
            "outside | T1\tCLAIM 30 60\tdeny it. | offsets [30, 60) are outside the text (0..38 code points)",
            "malformed offsets | T1\tCLAIM 0 x\tKherson | malformed offsets '0 x'",
            "missing text column | T1\tCLAIM 0 7 | malformed T line",
            "discontinuous | T1\tCLAIM 0 7;11 13\tKherson is | discontinuous span",
            "not an id | hello world | malformed line",
            "note to nothing | #1\tAnnotatorNotes T9\tlost | AnnotatorNotes refers to unknown annotation T9",
    })
    void refusesBadLinesNamingFileAndLine(String problem, String line, String message) throws IOException {
        Path ann = folder("T7\tCLAIM 0 7\tKherson\n\n" + line + "\n");
        assertThatThrownBy(() -> read(ann))
                .isInstanceOf(DatasetFormatException.class)
                .hasMessageStartingWith(ann + ":3: ")
                .hasMessageContaining(message);
    }

    @Test
    void refusesAnnWithoutTextAndTextFromCrlf() throws IOException {
        Path ann = folder("");
        Files.delete(ann.resolveSibling("art%2F1.txt"));
        assertThatThrownBy(() -> read(ann)).hasMessage(ann + ": no art%2F1.txt beside it");
        Files.writeString(ann.resolveSibling("art%2F1.txt"), "Kherson\r\nfree");
        assertThatThrownBy(() -> read(ann)).hasMessageContaining("art%2F1.txt: text is not normalised");
    }

    private Path folder(String ann) throws IOException {
        Path folder = Files.createDirectories(temp.resolve("anna"));
        Files.writeString(folder.resolve("art%2F1.txt"), TEXT);
        return Files.writeString(folder.resolve("art%2F1.ann"), ann);
    }

    private static List<ImportedDocument> read(Path ann) throws IOException {
        List<ImportedDocument> documents = new ArrayList<>();
        new BratReader().read(ann, GoldenFiles.LABELS, documents::add);
        return documents;
    }
}
