package io.veritag.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * CoNLL IOB2: {@code token<TAB>B-CLAIM} per line, a blank line after each sentence, and
 * {@code -DOCSTART-<TAB>O} plus a blank line before each document (two columns like every token line, as
 * CoNLL readers such as DKPro Core's require; which article and annotator each document is, in order, is in
 * the manifest's {@code documents}). A span opens with
 * {@code B-}, also where it continues into a new sentence. Overlapping spans cannot be written: the earliest
 * (then longest) is kept and the others are counted as left out.
 */
public final class ConllFormat implements DatasetFormat {

    @Override
    public String name() {
        return "conll";
    }

    @Override
    public String description() {
        return "CoNLL IOB2 (token<TAB>tag, blank line between sentences); overlapping spans are counted and left out";
    }

    @Override
    public DatasetWriter openWriter(ExportFolder folder, String part, ExportSettings settings) throws IOException {
        return new ConllWriter(new BufferedWriter(new OutputStreamWriter(
                SingleFile.create(folder, part, "conll"), StandardCharsets.UTF_8), 1 << 16));
    }

    private static final class ConllWriter implements DatasetWriter {
        private static final Comparator<LabeledSpan> EARLIEST_THEN_LONGEST = Comparator
                .comparingInt(LabeledSpan::start)
                .thenComparing(Comparator.comparingInt(LabeledSpan::end).reversed())
                .thenComparing(LabeledSpan::label);
        /** Two columns like every token line, as CoNLL readers require; the ids are in the manifest, in this order. */
        private static final String DOCSTART = "-DOCSTART-\tO\n\n";
        private final BufferedWriter out;
        private int overlapping;
        private int noToken;
        private boolean closed;

        ConllWriter(BufferedWriter out) {
            this.out = out;
        }

        @Override
        public void write(AnnotatedDocument document) throws IOException {
            String text = document.article().text();
            List<LabeledSpan> kept = nonOverlapping(document.spans());
            int[] boundaries = new int[kept.size() * 2];
            for (int i = 0; i < kept.size(); i++) {
                boundaries[2 * i] = kept.get(i).start();
                boundaries[2 * i + 1] = kept.get(i).end();
            }
            out.write(DOCSTART);
            int next = 0;
            LabeledSpan previous = null;
            boolean[] labelled = new boolean[kept.size()];
            boolean open = false;
            for (ConllTokenizer.Token token : ConllTokenizer.tokens(text, boundaries)) {
                if (token.sentenceStart() && open) {
                    out.write('\n');
                    previous = null;
                }
                open = true;
                while (next < kept.size() && kept.get(next).end() <= token.start()) {
                    next++;
                }
                String tag = "O";
                if (next < kept.size() && kept.get(next).start() <= token.start()) {
                    LabeledSpan span = kept.get(next);
                    tag = (span == previous ? "I-" : "B-") + span.label();
                    labelled[next] = true;
                    previous = span;
                } else {
                    previous = null;
                }
                out.write(text, token.start(), token.end() - token.start());
                out.write('\t');
                out.write(tag);
                out.write('\n');
            }
            if (open) {
                out.write('\n');
            }
            for (boolean done : labelled) {
                if (!done) {
                    noToken++;
                }
            }
        }

        private List<LabeledSpan> nonOverlapping(List<LabeledSpan> spans) {
            List<LabeledSpan> sorted = new ArrayList<>(spans);
            sorted.sort(EARLIEST_THEN_LONGEST);
            List<LabeledSpan> kept = new ArrayList<>(sorted.size());
            int lastEnd = -1;
            for (LabeledSpan span : sorted) {
                if (span.start() >= lastEnd) {
                    kept.add(span);
                    lastEnd = span.end();
                } else {
                    overlapping++;
                }
            }
            return kept;
        }

        @Override
        public Map<Adjustment, Integer> finish() throws IOException {
            close();
            Map<Adjustment, Integer> lost = new EnumMap<>(Adjustment.class);
            if (overlapping > 0) {
                lost.put(Adjustment.OVERLAPPING_SPANS, overlapping);
            }
            if (noToken > 0) {
                lost.put(Adjustment.WHITESPACE_ONLY_SPANS, noToken);
            }
            return lost;
        }

        @Override
        public void close() throws IOException {
            if (!closed) {
                closed = true;
                out.close();
            }
        }
    }
}
