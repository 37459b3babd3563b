package io.veritag.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
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
    private int linksLeftOut;

    BratWriter(ExportFolder folder, String prefix, List<String> labels) {
        this.folder = folder;
        this.prefix = prefix;
        this.conf = BratConf.of(labels).getBytes(StandardCharsets.UTF_8);
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
        folder.write(stem + ".ann", ann(article, document).getBytes(StandardCharsets.UTF_8));
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

    /** T lines, then relations (R), attributes (A) and notes (#), each numbered from 1 in span order. */
    private String ann(ArticleData article, AnnotatedDocument document) {
        StringBuilder ann = new StringBuilder();
        StringBuilder attributes = new StringBuilder();
        StringBuilder notes = new StringBuilder();
        Map<Long, Integer> numbers = new HashMap<>();
        int number = 0;
        int attribute = 0;
        for (LabeledSpan span : document.spans()) {
            List<int[]> fragments = BratFragments.of(article.text(), span.start(), span.end());
            if (fragments.isEmpty()) {
                onlyLineBreaks++;
                continue;
            }
            number++;
            if (span.key() != 0) {
                numbers.put(span.key(), number);
            }
            if (span.sourceType() != null) {
                attributes.append('A').append(++attribute).append('\t').append(BratConf.SOURCE_TYPE).append(" T")
                        .append(number).append(' ').append(span.sourceType().name()).append('\n');
            }
            if (span.unsure()) {
                attributes.append('A').append(++attribute).append('\t').append(BratConf.UNSURE).append(" T")
                        .append(number).append('\n');
            }
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
        int relation = 0;
        int[] dropped = new int[1];
        for (NumberedLinks.Numbered link : NumberedLinks.of(document.links(), numbers, dropped)) {
            ann.append('R').append(++relation).append('\t').append(link.type().bratName()).append(" Arg1:T")
                    .append(link.from()).append(" Arg2:T").append(link.to()).append('\n');
        }
        linksLeftOut += dropped[0];
        return ann.append(attributes).append(notes).toString();
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
        if (linksLeftOut > 0) {
            lost.put(Adjustment.LINKS_TO_UNWRITTEN_SPANS, linksLeftOut);
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
