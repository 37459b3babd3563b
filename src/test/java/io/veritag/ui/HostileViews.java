package io.veritag.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.Container;
import java.awt.Window;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.swing.AbstractButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JTable;
import javax.swing.JToolTip;
import javax.swing.JTree;
import javax.swing.plaf.basic.BasicHTML;
import org.assertj.swing.edt.GuiActionRunner;

/**
 * For window tests with hostile data: a local server that counts requests (an {@code <img src>} in a title would
 * reach it), and a walk over every component, cell renderer and tooltip of a window checking that none renders HTML
 * it did not write itself.
 */
public final class HostileViews implements AutoCloseable {
    private final ServerSocket server;
    private final AtomicInteger requests = new AtomicInteger();
    private final CountDownLatch firstRequest = new CountDownLatch(1);
    private final List<String> shown = new ArrayList<>();

    public HostileViews() {
        try {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread accept = new Thread(() -> {
            while (!server.isClosed()) {
                try (Socket ignored = server.accept()) {
                    requests.incrementAndGet();
                    firstRequest.countDown();
                } catch (IOException e) {
                    return;
                }
            }
        }, "hostile-image-server");
        accept.setDaemon(true);
        accept.start();
    }

    /** Installs the look and feel the way the program does, with its guard. */
    public static void lookAndFeel() {
        GuiActionRunner.execute(() -> Theme.install(false));
    }

    public int port() {
        return server.getLocalPort();
    }

    public int requests() {
        return requests.get();
    }

    /** Every text the walk saw in labels, buttons, renderers and tooltips, for checking that data is shown literally. */
    public List<String> shownTexts() {
        return shown;
    }

    /**
     * Walks the windows on the EDT: every component, every cell of every table, list, combo box and tree through
     * its renderer, and every tooltip; fails on any HTML view that the program did not allow; paints each window.
     */
    public void assertInert(Window... windows) {
        GuiActionRunner.execute(() -> {
            for (Window window : windows) {
                walk(window);
                BufferedImage image = new BufferedImage(Math.max(1, window.getWidth()), Math.max(1, window.getHeight()),
                        BufferedImage.TYPE_INT_RGB);
                window.paint(image.getGraphics());
                for (Window owned : window.getOwnedWindows()) {
                    if (owned.isShowing()) {
                        walk(owned);
                    }
                }
            }
        });
    }

    /**
     * Gives an image fetch started by a paint up to {@code limit} to reach the server (image loading runs on the
     * toolkit's own threads, outside the executor the window tests settle); true as soon as one does.
     */
    public boolean awaitRequest(Duration limit) throws InterruptedException {
        return firstRequest.await(limit.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Gives any image fetch a moment to reach the server (ends early if one does), then checks that none did. */
    public void assertNoRequest() throws InterruptedException {
        assertThat(awaitRequest(Duration.ofMillis(1500))).as("a request reached the local server").isFalse();
        assertThat(requests()).as("requests that reached the local server").isZero();
    }

    private void walk(Component component) {
        if (component instanceof JComponent c) {
            check(c, "component " + c.getClass().getSimpleName() + " " + c.getName());
            String tip = c.getToolTipText();
            if (tip != null) {
                JToolTip toolTip = c.createToolTip();
                toolTip.setTipText(tip);
                check(toolTip, "tooltip of " + c.getName());
                shown.add(tip);
            }
        }
        if (component instanceof JTable table) {
            for (int row = 0; row < table.getRowCount(); row++) {
                for (int column = 0; column < table.getColumnCount(); column++) {
                    renderer(table.prepareRenderer(table.getCellRenderer(row, column), row, column), table.getName());
                }
            }
        } else if (component instanceof JList<?> list) {
            listCells(list);
        } else if (component instanceof JComboBox<?> combo) {
            JList<Object> popupList = new JList<>();
            for (int i = 0; i < combo.getItemCount(); i++) {
                @SuppressWarnings("unchecked")
                javax.swing.ListCellRenderer<Object> r = (javax.swing.ListCellRenderer<Object>) combo.getRenderer();
                renderer(r.getListCellRendererComponent(popupList, combo.getItemAt(i), i, false, false), combo.getName());
            }
        } else if (component instanceof JTree tree) {
            for (int row = 0; row < tree.getRowCount(); row++) {
                Object value = tree.getPathForRow(row).getLastPathComponent();
                renderer(tree.getCellRenderer().getTreeCellRendererComponent(tree, value, false, false, true, row, false),
                        tree.getName());
            }
        }
        if (component instanceof Container container) {
            for (Component child : container.getComponents()) {
                walk(child);
            }
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void listCells(JList list) {
        for (int i = 0; i < list.getModel().getSize(); i++) {
            renderer(list.getCellRenderer().getListCellRendererComponent(list, list.getModel().getElementAt(i), i, false, false),
                    list.getName());
        }
    }

    private void renderer(Component rendered, String owner) {
        if (rendered instanceof JComponent c) {
            check(c, "renderer of " + owner);
            String tip = c.getToolTipText();
            if (tip != null) {
                JToolTip toolTip = c.createToolTip();
                toolTip.setTipText(tip);
                check(toolTip, "renderer tooltip of " + owner);
                shown.add(tip);
            }
        }
    }

    private void check(JComponent c, String where) {
        String text = c instanceof JLabel l ? l.getText() : c instanceof AbstractButton b ? b.getText()
                : c instanceof JToolTip t ? t.getTipText() : null;
        if (text != null) {
            shown.add(text);
        }
        Object view = c.getClientProperty(BasicHTML.propertyKey);
        if (view == null) {
            return;
        }
        assertThat(c.getClientProperty("html.disable")).as("%s renders HTML it did not allow: %s", where, text)
                .isEqualTo(Boolean.FALSE);
        assertThat(text).as("%s: HTML the program wrote must escape data", where).doesNotContain("<img", "<h1", "<script");
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
