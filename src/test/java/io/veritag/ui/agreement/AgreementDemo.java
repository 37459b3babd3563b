package io.veritag.ui.agreement;

import com.formdev.flatlaf.FlatLightLaf;
import io.veritag.store.Database;
import javax.swing.SwingUtilities;

/**
 * Opens the Agreement window on a scratch database with the annotated samples, for looking at it:
 * {@code java -cp ... io.veritag.ui.agreement.AgreementDemo <db path> [article|pair]}. Not a test.
 */
public final class AgreementDemo {
    private AgreementDemo() {
    }

    public static void main(String[] args) throws Exception {
        Database database = Database.open(args[0]);
        if (database.store().spans().count() == 0) {
            AgreementDemoData.seed(database.store());
        }
        String open = args.length > 1 ? args[1] : "";
        SwingUtilities.invokeAndWait(() -> {
            FlatLightLaf.setup();
            AgreementWindow window = new AgreementWindow(database.store());
            window.setLocation(0, 0);
            window.setVisible(true);
            window.computeNow();
        });
        if (!open.isEmpty()) {
            Thread.sleep(4000);
            SwingUtilities.invokeAndWait(() -> {
                for (java.awt.Window w : java.awt.Window.getWindows()) {
                    if (w instanceof AgreementWindow a) {
                        a.openFirst(open);
                    }
                }
            });
        }
    }
}
