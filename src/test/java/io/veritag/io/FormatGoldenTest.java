package io.veritag.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each format writes its golden input (emoji, 𝕏, CJK, combining marks, tabs, line breaks, overlaps) exactly as expected. */
class FormatGoldenTest {
    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {"jsonl", "doccano", "spacy", "csv", "brat", "conll"})
    void writesTheExpectedFiles(String name) throws IOException {
        Path golden = GoldenFiles.folder(name);
        Map<Adjustment, Integer> leftOut = export(name, golden.resolve("input.jsonl"), temp);
        GoldenFiles.assertSameTree(temp, golden.resolve("expected"));
        if (!name.equals("conll") && !name.equals("brat")) {
            assertThat(leftOut).isEmpty();
        }
    }

    @Test
    void conllCountsTheOverlappingSpansItLeavesOut() throws IOException {
        Map<Adjustment, Integer> leftOut = export("conll", GoldenFiles.folder("conll").resolve("input.jsonl"), temp);
        // c-crlf: "Line two says no." and "says no" and "no.\n\nLine four" overlap "yes.\nLine two" or each other
        assertThat(leftOut).containsExactly(entry(Adjustment.OVERLAPPING_SPANS, 2));
    }

    @Test
    void bratReportsTheSpanWhoseEdgesAreLineBreaksOnlyIfThereIsOne() throws IOException {
        Map<Adjustment, Integer> leftOut = export("brat", GoldenFiles.folder("brat").resolve("input.jsonl"), temp);
        assertThat(leftOut).isEmpty();
        assertThat(Files.readString(temp.resolve("anna/c-crlf.ann")))
                .contains("T1\tCLAIM 14 18;19 27\tyes. Line two\n")
                .contains("T4\tSPECULATION 33 36;38 47\tno. Line four\n");
    }

    static Map<Adjustment, Integer> export(String format, Path input, Path folder) throws IOException {
        List<AnnotatedDocument> documents = GoldenFiles.read(input);
        try (DatasetWriter writer = DatasetFormats.require(format).openWriter(new ExportFolder(folder), null,
                new ExportSettings(GoldenFiles.LABEL_ORDER))) {
            for (AnnotatedDocument document : documents) {
                writer.write(document);
            }
            return writer.finish();
        }
    }
}
