package io.veritag.ui.agreement;

import io.veritag.service.Workspace;
import io.veritag.service.agreement.AgreementService;
import io.veritag.store.Database;
import io.veritag.ui.DemoTheme;
import io.veritag.ui.kit.SwingExecutor;
import java.util.List;
import javax.swing.JTabbedPane;
import javax.swing.SwingUtilities;

/**
 * Opens the Agreement window on a scratch database with the annotated samples ({@link ScreenshotData}), in the
 * program's theme, for looking at it: {@code java -cp ... io.veritag.ui.agreement.AgreementDemo <db path>
 * [article|pair] [clusters] [dark]} (clusters: the Claim clusters tab). Not a test.
 */
public final class AgreementDemo {
    private AgreementDemo() {
    }

    public static void main(String[] args) throws Exception {
        DemoTheme.beforeAwt();
        List<String> options = List.of(args).subList(1, args.length);
        Database database = Database.open(args[0]);
        ScreenshotData.seed(database.store());
        String open = options.stream().filter(o -> o.equals("article") || o.equals("pair")).findFirst().orElse("");
        AgreementService service = new Workspace(database).agreement();
        AgreementWindow.Choices choices = AgreementWindow.Choices.load(service);
        SwingExecutor executor = new SwingExecutor();
        SwingUtilities.invokeAndWait(() -> {
            DemoTheme.install(options.contains("dark"));
            AgreementWindow window = new AgreementWindow(service, choices, executor);
            window.setLocation(0, 0);
            window.setVisible(true);
            window.computeNow();
        });
        executor.awaitIdle(java.time.Duration.ofSeconds(60)); // the report is computed
        SwingUtilities.invokeAndWait(() -> {
            for (java.awt.Window w : java.awt.Window.getWindows()) {
                if (w instanceof AgreementWindow a) {
                    if (!open.isEmpty()) {
                        a.openFirst(open);
                    }
                    if (options.contains("clusters")) {
                        JTabbedPane tabs = tabsWith(a.getContentPane(), "Claim clusters");
                        tabs.setSelectedIndex(tabs.indexOfTab("Claim clusters"));
                    }
                }
            }
        });
    }

    private static JTabbedPane tabsWith(java.awt.Container in, String tab) {
        for (java.awt.Component c : in.getComponents()) {
            if (c instanceof JTabbedPane tabs && tabs.indexOfTab(tab) >= 0) {
                return tabs;
            }
            if (c instanceof java.awt.Container inner) {
                JTabbedPane found = tabsWith(inner, tab);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
