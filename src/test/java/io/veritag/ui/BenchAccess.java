package io.veritag.ui;

import io.veritag.model.Span;
import io.veritag.service.LabelingService;
import io.veritag.service.OpenedArticle;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import javax.swing.JScrollPane;
import javax.swing.JViewport;

/**
 * Public doors into the package-private window classes for the JMH benchmarks in io.veritag.bench: the same
 * code paths the window runs, without a screen.
 */
public final class BenchAccess {
    private final ArticleTextArea text;
    private final JScrollPane scroll;
    private final BufferedImage image;
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

    /** A presentation model on an opened article, as the window holds it. */
    public void useModel(LabelingService service, OpenedArticle opened) {
        model = new LabelingModel(service);
        model.setRows(service.overview());
        model.show(opened, List.<Span>of(), Map.of());
    }

    /** What a label key does in the window: create a span over the selection, committed on return. */
    public boolean labelKey(String label, int selectionStart, int selectionEnd) {
        return model.labelKey(label, selectionStart, selectionEnd);
    }

    public void undo() {
        model.undo();
    }
}
