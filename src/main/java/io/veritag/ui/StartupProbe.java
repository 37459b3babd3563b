package io.veritag.ui;

import java.awt.Toolkit;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.time.Instant;
import javax.swing.JFrame;
import javax.swing.JRootPane;
import javax.swing.SwingUtilities;

/**
 * Two start-up helpers that only act when a system property asks for them:
 * {@code -Dveritag.startupProbe=true} (the start-up benchmark) paints the window, prints
 * {@code veritag-visible <ms since the process started>} and exits; {@code -Dveritag.cdsTraining=true}
 * (the build, writing the class-data-sharing archive) builds and paints the window off screen, then exits.
 */
final class StartupProbe {
    private StartupProbe() {
    }

    static boolean training() {
        return Boolean.getBoolean("veritag.cdsTraining");
    }

    /** Call on the EDT right after the frame was made visible. */
    static void reportWhenPainted(JFrame frame) {
        if (!Boolean.getBoolean("veritag.startupProbe")) {
            return;
        }
        SwingUtilities.invokeLater(() -> {
            JRootPane root = frame.getRootPane();
            root.paintImmediately(0, 0, root.getWidth(), root.getHeight());
            Toolkit.getDefaultToolkit().sync();
            Instant started = ProcessHandle.current().info().startInstant().orElseThrow();
            System.out.println("veritag-visible " + Duration.between(started, Instant.now()).toMillis());
            System.out.flush();
            System.exit(0);
        });
    }

    /** Lays out and paints the frame into an image, loading what the first real paint will need. */
    static void paintOffScreen(JFrame frame) {
        frame.pack();
        frame.setSize(1280, 800);
        frame.validate();
        BufferedImage image = new BufferedImage(1280, 800, BufferedImage.TYPE_INT_ARGB);
        var graphics = image.createGraphics();
        try {
            frame.getRootPane().paint(graphics);
        } finally {
            graphics.dispose();
        }
    }
}
