package io.veritag.ui.agreement;

import com.formdev.flatlaf.FlatLightLaf;
import io.veritag.service.Workspace;
import io.veritag.service.agreement.AgreementService;
import io.veritag.store.Database;
import io.veritag.ui.kit.SwingExecutor;
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
        AgreementService service = new Workspace(database).agreement();
        AgreementWindow.Choices choices = AgreementWindow.Choices.load(service);
        SwingExecutor executor = new SwingExecutor();
        SwingUtilities.invokeAndWait(() -> {
            FlatLightLaf.setup();
            AgreementWindow window = new AgreementWindow(service, choices, executor);
            window.setLocation(0, 0);
            window.setVisible(true);
            window.computeNow();
        });
        if (!open.isEmpty()) {
            executor.awaitIdle(java.time.Duration.ofSeconds(60)); // the report is computed
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
