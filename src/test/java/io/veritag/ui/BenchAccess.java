package io.veritag.ui;

import io.veritag.model.Span;
import io.veritag.service.LabelingService;
import io.veritag.service.OpenedArticle;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import io.veritag.ui.kit.SwingExecutor;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.swing.JScrollPane;
import javax.swing.JViewport;
import javax.swing.SwingUtilities;

/**
 * Public doors into the package-private window classes for the JMH benchmarks in io.veritag.bench: the same
 * code paths the window runs, without a screen.
 */
public final class BenchAccess {
    private final ArticleTextArea text;
    private final JScrollPane scroll;
    private final BufferedImage image;
    private final SwingExecutor executor = new SwingExecutor();
    private LabelingModel model;

    /** Call on the EDT. */
    public BenchAccess(int width, int height) {
        Theme.install(false);
        text = new ArticleTextArea();
        text.setLabelColours(new LabelColours(List.of(
                new io.veritag.model.Label("CLAIM", "#3B82F6", '1', 1),
                new io.veritag.model.Label("DENIAL", "#EF4444", '2', 2),
                new io.veritag.model.Label("SPECULATION", "#F59E0B", '3', 3)))::colour);
        scroll = new JScrollPane(text);
        scroll.setSize(new Dimension(width, height));
        image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
    }

    /**
     * What the window does when an article arrives: sets the text and the spans, lays the text out for the
     * viewport, and paints the first screen. Returns the number of laid out lines' height (so nothing is
     * optimised away). Call on the EDT.
     */
    public int show(OpenedArticle opened) {
        text.setArticleText(opened.article().text());
        text.setSpans(new SpanLayers(opened.spans()), SpanLayers.EMPTY);
        scroll.validate();
        scroll.doLayout();
        JViewport viewport = scroll.getViewport();
        viewport.doLayout();
        Graphics2D g = image.createGraphics();
        try {
            scroll.paint(g);
        } finally {
            g.dispose();
        }
        return text.getPreferredSize().height;
    }

    /** Paints the viewport scrolled to {@code y} (for scrolling figures). Call on the EDT. */
    public int paintAt(int y) {
        scroll.getViewport().setViewPosition(new java.awt.Point(0, y));
        Graphics2D g = image.createGraphics();
        try {
            scroll.paint(g);
        } finally {
            g.dispose();
        }
        return image.getRGB(10, 10);
    }

    /** A presentation model on an opened article, as the window holds it, with the window's executor. */
    public void useModel(LabelingService service, OpenedArticle opened) {
        model = new LabelingModel(service, executor);
        model.setRows(service.overview());
        model.show(opened, List.<Span>of(), Map.of());
    }

    /**
     * What a label key does in the window: create a span over the selection, committed on the executor's
     * write thread and shown on the EDT. Returns when it is shown; true if the span was created.
     */
    public boolean labelKey(String label, int selectionStart, int selectionEnd) throws Exception {
        int before = spanCount();
        SwingUtilities.invokeAndWait(() -> model.labelKey(label, selectionStart, selectionEnd));
        executor.awaitIdle(Duration.ofSeconds(10));
        return spanCount() == before + 1;
    }

    private int spanCount() throws Exception {
        int[] count = new int[1];
        SwingUtilities.invokeAndWait(() -> count[0] = model.spans().size());
        return count[0];
    }

    /** Undoes the last edit and returns when it is shown. */
    public void undo() throws Exception {
        SwingUtilities.invokeAndWait(() -> model.undo(article -> { }));
        executor.awaitIdle(Duration.ofSeconds(10));
    }
}
