package io.veritag.ui;

import io.veritag.ui.kit.CommandAction;
import static java.awt.event.InputEvent.CTRL_DOWN_MASK;

import io.veritag.service.ImportService;
import java.awt.event.KeyEvent;
import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.swing.JFileChooser;
import javax.swing.JOptionPane;
import javax.swing.KeyStroke;
import javax.swing.filechooser.FileNameExtensionFilter;

/** File > Import articles… and the first-start offer to load the sample corpus. */
final class ImportActions {
    final CommandAction importArticles;
    final CommandAction loadSamples;
    private final WorkbenchController controller;

    ImportActions(WorkbenchController controller) {
        this.controller = controller;
        importArticles = new CommandAction("Import articles…", KeyStroke.getKeyStroke(KeyEvent.VK_I, CTRL_DOWN_MASK),
                this::chooseAndImport);
        loadSamples = new CommandAction("Load sample articles", null, this::importSamples);
    }

    private void chooseAndImport() {
        JFileChooser chooser = new JFileChooser();
        chooser.setDialogTitle("Import articles (files, folders)");
        chooser.setFileSelectionMode(JFileChooser.FILES_AND_DIRECTORIES);
        chooser.setMultiSelectionEnabled(true);
        chooser.setFileFilter(new FileNameExtensionFilter(
                "Articles (*.txt, *.jsonl, *.html, *.htm, *.pdf, *.docx, *.odt) and folders", "txt", "jsonl", "html", "htm", "pdf", "docx", "odt"));
        if (chooser.showDialog(controller.frame(), "Import") != JFileChooser.APPROVE_OPTION) {
            return;
        }
        List<Path> paths = Arrays.stream(chooser.getSelectedFiles()).map(File::toPath).toList();
        ImportService service = controller.workspace().imports();
        ImportProgressDialog.run(controller.frame(), controller.executor(), "Import articles",
                progress -> service.importPaths(paths, progress), summary -> controller.reload());
    }

    private void importSamples() {
        ImportService service = controller.workspace().imports();
        ImportProgressDialog.run(controller.frame(), controller.executor(), "Sample articles", service::importSamples,
                summary -> controller.reload());
    }

    /** On a first start with no articles, offers the bundled sample corpus. */
    void offerSamplesIfEmpty() {
        controller.executor().read(() -> controller.workspace().catalog().articleCount(), count -> {
            if (count == 0) {
                offerSamples();
            }
        }, e -> { }); // only an offer: the window works without it
    }

    private void offerSamples() {
        int answer = JOptionPane.showConfirmDialog(controller.frame(),
                "This database has no articles yet.\nLoad the 5 sample articles (Kherson, November 2022) to try Veritag?",
                "Veritag", JOptionPane.YES_NO_OPTION, JOptionPane.QUESTION_MESSAGE);
        if (answer == JOptionPane.YES_OPTION) {
            importSamples();
        }
    }
}
