package io.veritag.ui;

import io.veritag.model.SourceType;
import io.veritag.model.Span;
import io.veritag.ui.kit.CommandAction;
import java.awt.KeyEventDispatcher;
import java.awt.KeyboardFocusManager;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.List;
import java.util.Optional;
import javax.swing.JFrame;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;

/**
 * The commands for sources, links and flags (S, L, U, F1) and the keys of link mode. While link mode is on,
 * the arrows, Tab, T, Enter and Esc of the whole window go to the {@link LinkPicker}; nothing else changes.
 */
final class LinkActions {
    private final WorkbenchController controller;
    private final LabelingModel model;
    private final LinkPicker picker;
    private SourceType lastType = SourceType.OFFICIAL;
    private GuidelinePane guidelinePane;

    final CommandAction source;
    final CommandAction link;
    final CommandAction unsure;
    final CommandAction help;

    LinkActions(WorkbenchController controller) {
        this.controller = controller;
        this.model = controller.model();
        this.picker = new LinkPicker(model);
        source = new CommandAction("Source…", KeyStroke.getKeyStroke(KeyEvent.VK_S, 0), () -> model.article().isPresent(),
                this::sourceKey).withDescription("Make the selected words a SOURCE said-by-linked from the selected span, or change a source's type");
        link = new CommandAction("Link…", KeyStroke.getKeyStroke(KeyEvent.VK_L, 0), model::hasEditableSelection, picker::start)
                .withDescription("Link the selected span: arrows pick the target, T the type, Enter links");
        unsure = new CommandAction("Unsure", KeyStroke.getKeyStroke(KeyEvent.VK_U, 0), model::hasEditableSelection,
                model::toggleUnsure).withDescription("Mark the selected span unsure (your own doubt), or sure again");
        help = new CommandAction("Guidelines", KeyStroke.getKeyStroke(KeyEvent.VK_F1, 0), this::showGuidelines)
                .withDescription("The guidelines of every label and link type, and the linking keys");
        picker.addListener(this::showMode);
    }

    List<CommandAction> actions() {
        return List.of(source, link, unsure, help);
    }

    LinkPicker picker() {
        return picker;
    }

    /** Hooks link mode into the window: its keys, clicks on spans, the guidelines for hovering and F1. */
    void install(JFrame frame, ArticleTextArea text) {
        KeyEventDispatcher keys = e -> linkModeKey(frame, e);
        KeyboardFocusManager.getCurrentKeyboardFocusManager().addKeyEventDispatcher(keys);
        frame.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                KeyboardFocusManager.getCurrentKeyboardFocusManager().removeKeyEventDispatcher(keys);
            }
        });
        text.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                if (picker.active() && e.getClickCount() == 1) {
                    int offset = text.viewToModel2D(e.getPoint());
                    Optional<Span> span = offset < 0 ? Optional.empty() : model.spans().stream()
                            .filter(s -> s.contains(offset)).min(java.util.Comparator.comparingInt(Span::length));
                    span.ifPresentOrElse(picker::pick, picker::cancel);
                }
            }
        });
        model.addListener(aspect -> {
            if (aspect == LabelingModel.Aspect.ARTICLE && picker.active()) {
                picker.cancel(); // another article: the span being linked is gone from view
            }
        });
        text.addOverlay(new LinkLayer(model, picker, text));
        var service = model.service();
        controller.executor().read(service::guidelines, model::setGuidelines, e -> { });
    }

    /** In link mode, the navigation keys of the window belong to the picker. */
    private boolean linkModeKey(JFrame frame, KeyEvent e) {
        if (!picker.active() || SwingUtilities.getWindowAncestor(e.getComponent()) != frame && e.getComponent() != frame) {
            return false;
        }
        int code = e.getKeyCode();
        boolean mine = switch (code) {
            case KeyEvent.VK_LEFT, KeyEvent.VK_RIGHT, KeyEvent.VK_UP, KeyEvent.VK_DOWN, KeyEvent.VK_TAB,
                 KeyEvent.VK_ENTER, KeyEvent.VK_ESCAPE, KeyEvent.VK_T, KeyEvent.VK_L -> e.getModifiersEx() == 0
                    || code == KeyEvent.VK_TAB;
            default -> e.getID() == KeyEvent.KEY_TYPED && "tTlL".indexOf(e.getKeyChar()) >= 0;
        };
        if (!mine) {
            return false;
        }
        if (e.getID() == KeyEvent.KEY_PRESSED) {
            switch (code) {
                case KeyEvent.VK_LEFT, KeyEvent.VK_UP -> picker.step(-1);
                case KeyEvent.VK_RIGHT, KeyEvent.VK_DOWN -> picker.step(1);
                case KeyEvent.VK_TAB -> picker.step(e.isShiftDown() ? -1 : 1);
                case KeyEvent.VK_T -> picker.cycleType();
                case KeyEvent.VK_ENTER, KeyEvent.VK_L -> picker.commit();
                case KeyEvent.VK_ESCAPE -> picker.cancel();
                default -> { }
            }
        }
        e.consume();
        return true;
    }

    private void showMode() {
        if (picker.active()) {
            model.notice(picker.describe(model.article().map(a -> a.text()).orElse("")));
        } else if (!model.lastFailed() && model.savedText().startsWith("Link ")) {
            model.notice("Left link mode");
        }
    }

    private void sourceKey() {
        ArticleTextArea text = controller.text();
        int start = text.getSelectionStart();
        int end = text.getSelectionEnd();
        Optional<Span> selected = model.selectedSpan().filter(s -> model.hasEditableSelection());
        boolean retype = start == end && selected.map(Span::isSource).orElse(false);
        if (start == end && !retype) {
            model.refuse("Select the source's words first (the selected span becomes what it said)");
            return;
        }
        String prompt = retype ? "Type of this source:" : selected.filter(s -> !s.isSource())
                .map(s -> "Source of " + s.label() + " “" + SpanTableModel.shorten(model.article().map(a -> s.textIn(a.text())).orElse("")) + "”:")
                .orElse("Type of the new source:");
        SourceType preselected = retype ? selected.get().sourceType() : lastType;
        SourceTypeDialog.ask(controller.frame(), prompt, preselected).ifPresent(type -> {
            lastType = type;
            model.sourceKey(type, start, end, () -> text.setCaretPosition(text.getSelectionEnd()));
        });
        JFrame frame = controller.frame();
        if (frame != null && !frame.isActive() && frame.isShowing()) {
            frame.toFront(); // after the dialog, give the keyboard back to the window
        }
        text.requestFocusInWindow();
    }

    private void showGuidelines() {
        if (guidelinePane == null) {
            guidelinePane = new GuidelinePane(controller.frame());
        }
        if (guidelinePane.isVisible()) {
            guidelinePane.setVisible(false);
        } else {
            guidelinePane.show(model.guidelines());
        }
    }

    GuidelinePane guidelinePane() {
        return guidelinePane;
    }

    void refresh() {
        actions().forEach(CommandAction::refresh);
    }
}
