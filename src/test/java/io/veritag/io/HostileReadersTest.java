package io.veritag.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** brat files as other tools write them: a BOM, names with broken %XX, names that are not valid annotators. */
class HostileReadersTest {
    @TempDir
    Path temp;

    private List<AnnotatedDocument> read(Path folder) throws Exception {
        List<AnnotatedDocument> read = new ArrayList<>();
        BratReader reader = new BratReader();
        for (Path unit : reader.units(folder)) {
            reader.read(unit, GoldenFiles.LABELS, d -> read.add(d.document()));
        }
        return read;
    }

    @Test
    void anAnnFileStartingWithABomIsRead() throws Exception {
        Path anna = Files.createDirectories(temp.resolve("anna"));
        Files.writeString(anna.resolve("a.txt"), "The mayor said so.");
        Files.writeString(anna.resolve("a.ann"), "\uFEFFT1\tCLAIM 0 9\tThe mayor\n#1\tAnnotatorNotes T1\tok\n");
        assertThat(read(temp)).singleElement().satisfies(d -> {
            assertThat(d.spans()).extracting(LabeledSpan::label, LabeledSpan::note).containsExactly(
                    org.assertj.core.api.Assertions.tuple("CLAIM", "ok"));
        });
    }

    @Test
    void aFileNameWhosePercentEscapesAreNotUtf8IsRefusedNotGuessed() throws Exception {
        Path anna = Files.createDirectories(temp.resolve("anna"));
        Files.writeString(anna.resolve("caf%C3.txt"), "The mayor said so.");
        Path ann = Files.writeString(anna.resolve("caf%C3.ann"), "T1\tCLAIM 0 9\tThe mayor\n");
        assertThatThrownBy(() -> read(temp)).isInstanceOf(DatasetFormatException.class)
                .hasMessage(ann + ": file name 'caf%C3': its %XX sequences are not UTF-8");
        // a correct escape decodes
        Files.move(anna.resolve("caf%C3.txt"), anna.resolve("caf%C3%A9.txt"));
        Files.move(ann, anna.resolve("caf%C3%A9.ann"));
        assertThat(read(temp)).singleElement().satisfies(d -> assertThat(d.article().externalId()).isEqualTo("café"));
    }

    @Test
    void aFolderNameThatIsNotAValidAnnotatorNameIsRefused() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("anna%7Cben"));
        Files.writeString(folder.resolve("a.txt"), "The mayor said so.");
        Path ann = Files.writeString(folder.resolve("a.ann"), "T1\tCLAIM 0 9\tThe mayor\n");
        assertThatThrownBy(() -> read(temp)).hasMessageStartingWith(ann + ": folder 'anna%7Cben': annotator name contains '|'");
    }

    @Test
    void aShortenedNameWithoutItsManifestIsRefused() throws Exception {
        String shortened = BratNames.fileName("x".repeat(300));
        assertThat(shortened.length()).isLessThan(120);
        assertThat(BratNames.isShortened(shortened)).isTrue();
        assertThat(BratNames.fileName("x".repeat(300))).isEqualTo(shortened);
        assertThat(BratNames.fileName("x".repeat(299))).isNotEqualTo(shortened);
        Path anna = Files.createDirectories(temp.resolve("anna"));
        Files.writeString(anna.resolve(shortened + ".txt"), "The mayor said so.");
        Path ann = Files.writeString(anna.resolve(shortened + ".ann"), "T1\tCLAIM 0 9\tThe mayor\n");
        assertThatThrownBy(() -> read(temp)).hasMessage(ann + ": '" + shortened
                + "' is a name shortened by a Veritag export, and no manifest.json above it says what it stands for");
    }

    @Test
    void aTildeInAnIdIsEscapedSoThatNoIdLooksShortened() {
        String id = "x~0123456789abcdef";
        assertThat(BratNames.fileName(id)).isEqualTo("x%7E0123456789abcdef");
        assertThat(BratNames.isShortened(BratNames.fileName(id))).isFalse();
        assertThat(BratNames.decode(BratNames.fileName(id))).isEqualTo(id);
    }

    @Test
    void annotationImportsSkipHiddenFoldersAndSymbolicLinks() throws Exception {
        Path root = temp.resolve("root");
        Path anna = Files.createDirectories(root.resolve("anna"));
        Files.writeString(anna.resolve("a.txt"), "The mayor said so.");
        Path kept = Files.writeString(anna.resolve("a.ann"), "T1\tCLAIM 0 9\tThe mayor\n");
        Path leftover = Files.createDirectories(root.resolve(".brat.partial-0123abcd/anna"));
        Files.writeString(leftover.resolve("b.ann"), "");
        Files.writeString(Files.createDirectories(root.resolve(".git")).resolve("c.jsonl"), "{}\n");
        Path outside = Files.createDirectories(temp.resolve("outside"));
        Files.writeString(outside.resolve("d.ann"), "");
        Files.writeString(outside.resolve("e.jsonl"), "{}\n");
        Files.createSymbolicLink(root.resolve("linked"), outside);
        Files.createSymbolicLink(anna.resolve("f.ann"), outside.resolve("d.ann"));

        assertThat(new BratReader().units(root)).containsExactly(kept);
        assertThat(new JsonlReader().units(root)).isEmpty();
    }
}
