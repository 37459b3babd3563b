package io.veritag.bench;

import io.veritag.Veritag;
import java.awt.AWTEvent;
import java.awt.Toolkit;
import java.awt.event.WindowEvent;
import java.time.Duration;
import java.time.Instant;
import javax.swing.JFrame;
import javax.swing.JRootPane;
import javax.swing.SwingUtilities;

/**
 * The start-up benchmark's probe: starts the program as {@link Veritag#main} does and, once the workbench
 * window has opened and painted, prints {@code veritag-visible <ms since the process started>} and exits.
 * It watches AWT's window events from outside, so the program itself carries no benchmark code.
 */
public final class StartupProbe {
    private StartupProbe() {
    }

    public static void main(String[] args) {
        Toolkit.getDefaultToolkit().addAWTEventListener(event -> {
            if (event.getID() == WindowEvent.WINDOW_OPENED && event.getSource() instanceof JFrame frame
                    && "workbench".equals(frame.getName())) {
                SwingUtilities.invokeLater(() -> report(frame));
            }
        }, AWTEvent.WINDOW_EVENT_MASK);
        Veritag.main(args);
    }

    private static void report(JFrame frame) {
        JRootPane root = frame.getRootPane();
        root.paintImmediately(0, 0, root.getWidth(), root.getHeight());
        Toolkit.getDefaultToolkit().sync();
        Instant started = ProcessHandle.current().info().startInstant().orElseThrow();
        System.out.println("veritag-visible " + Duration.between(started, Instant.now()).toMillis());
        System.out.flush();
        System.exit(0);
    }
}
