package io.veritag.ui;

import io.veritag.model.Span;
import io.veritag.service.LabelingService;
import io.veritag.service.OpenedArticle;
import io.veritag.ui.kit.SwingExecutor;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.swing.JScrollPane;
import javax.swing.SwingUtilities;

/**
 * The benchmarks' door to the window's link code: an article view with the link layer over it, the
 * presentation model and link mode, on the window's executor, without a screen.
 */
public final class LinkBenchAccess {
    private final ArticleTextArea text;
    private final JScrollPane scroll;
    private final BufferedImage image;
    private final SwingExecutor executor = new SwingExecutor();
    private final LabelingModel model;
    private final LinkPicker picker;

    /** Call on the EDT. */
    public LinkBenchAccess(LabelingService service, int width, int height) {
        Theme.install(false);
        model = new LabelingModel(service, executor);
        picker = new LinkPicker(model);
        text = new ArticleTextArea();
        text.setLabelColours(new LabelColours(model.allLabels())::colour);
        text.addOverlay(new LinkLayer(model, picker, text));
        scroll = new JScrollPane(text);
        scroll.setSize(new Dimension(width, height));
        image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
    }

    /** What the window does when an article arrives, links included; paints the first screen. Call on the EDT. */
    public int show(OpenedArticle opened) {
        model.show(opened, List.<Span>of(), Map.of());
        text.setArticleText(opened.article().text());
        text.setSpans(new SpanLayers(model.spans()), SpanLayers.EMPTY);
        scroll.validate();
        scroll.doLayout();
        scroll.getViewport().doLayout();
        Graphics2D g = image.createGraphics();
        try {
            scroll.paint(g);
        } finally {
            g.dispose();
        }
        return text.getPreferredSize().height + model.links().size();
    }

    /** L on a selected span, then Enter: the nearest target of the first type, committed and shown. */
    public boolean linkFrom(long spanId) throws Exception {
        int before = linkCount();
        SwingUtilities.invokeAndWait(() -> {
            model.selectSpan(spanId);
            picker.start();
            picker.commit();
        });
        executor.awaitIdle(Duration.ofSeconds(10));
        return linkCount() == before + 1;
    }

    private int linkCount() throws Exception {
        int[] count = new int[1];
        SwingUtilities.invokeAndWait(() -> count[0] = model.links().size());
        return count[0];
    }

    /** Undoes the last edit and returns when it is shown. */
    public void undo() throws Exception {
        SwingUtilities.invokeAndWait(() -> model.undo(article -> { }));
        executor.awaitIdle(Duration.ofSeconds(10));
    }
}
