package io.veritag.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Writes brat standoff, one .txt/.ann pair per document, a folder per annotator. */
final class BratWriter implements DatasetWriter {

    private final ExportFolder folder;
    private final String prefix;
    private final byte[] conf;
    private final Set<String> annotators = new HashSet<>();
    private final Map<String, String> shortened = new LinkedHashMap<>();
    private int onlyLineBreaks;
    private int notesFlattened;
    private int edgesTrimmed;

    BratWriter(ExportFolder folder, String prefix, List<String> labels) {
        this.folder = folder;
        this.prefix = prefix;
        StringBuilder conf = new StringBuilder("[entities]\n");
        labels.forEach(label -> conf.append(label).append('\n'));
        conf.append("\n[relations]\n<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>\n\n[events]\n\n[attributes]\n");
        this.conf = conf.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void write(AnnotatedDocument document) throws IOException {
        String annotator = prefix + name(BratNames.folderName(document.annotator()), document.annotator()) + "/";
        if (annotators.add(annotator)) {
            folder.write(annotator + BratFormat.CONF, conf);
        }
        ArticleData article = document.article();
        String stem = annotator + name(BratNames.fileName(article.externalId()), article.externalId());
        folder.write(stem + ".txt", article.text().getBytes(StandardCharsets.UTF_8));
        folder.write(stem + ".ann", ann(article, document.spans()).getBytes(StandardCharsets.UTF_8));
    }

    /** Records a shortened name for the manifest. */
    private String name(String fileName, String original) {
        if (BratNames.isShortened(fileName)) {
            shortened.put(fileName, original);
        }
        return fileName;
    }

    @Override
    public Map<String, String> fileNames() {
        return shortened;
    }

    private String ann(ArticleData article, List<LabeledSpan> spans) {
        StringBuilder ann = new StringBuilder();
        StringBuilder notes = new StringBuilder();
        int number = 0;
        for (LabeledSpan span : spans) {
            List<int[]> fragments = BratFragments.of(article.text(), span.start(), span.end());
            if (fragments.isEmpty()) {
                onlyLineBreaks++;
                continue;
            }
            number++;
            if (fragments.get(0)[0] != span.start() || fragments.get(fragments.size() - 1)[1] != span.end()) {
                edgesTrimmed++;
            }
            ann.append('T').append(number).append('\t').append(span.label()).append(' ');
            StringBuilder covered = new StringBuilder();
            for (int i = 0; i < fragments.size(); i++) {
                int[] fragment = fragments.get(i);
                if (i > 0) {
                    ann.append(';');
                    covered.append(' ');
                }
                ann.append(article.offsets().toCodePoint(fragment[0])).append(' ')
                        .append(article.offsets().toCodePoint(fragment[1]));
                covered.append(article.text(), fragment[0], fragment[1]);
            }
            ann.append('\t').append(covered).append('\n');
            if (span.note() != null && !span.note().isEmpty()) {
                String note = BratFragments.oneLine(span.note());
                if (!note.equals(span.note())) {
                    notesFlattened++;
                }
                notes.append('#').append(number).append("\tAnnotatorNotes T").append(number).append('\t')
                        .append(note).append('\n');
            }
        }
        return ann.append(notes).toString();
    }

    @Override
    public Map<Adjustment, Integer> finish() {
        Map<Adjustment, Integer> lost = new EnumMap<>(Adjustment.class);
        if (onlyLineBreaks > 0) {
            lost.put(Adjustment.LINE_BREAK_ONLY_SPANS, onlyLineBreaks);
        }
        if (edgesTrimmed > 0) {
            lost.put(Adjustment.LINE_BREAK_EDGES_TRIMMED, edgesTrimmed);
        }
        if (notesFlattened > 0) {
            lost.put(Adjustment.NOTES_FLATTENED, notesFlattened);
        }
        return lost;
    }

    @Override
    public void close() {
        // every file is closed as soon as it is written
    }
}
