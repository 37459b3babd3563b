package io.veritag.service;

import io.veritag.store.Store;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/** Undo and redo stacks of {@link Edit}s. Each step runs in its own committed transaction. */
final class UndoHistory {
    private static final int LIMIT = 500;
    private final Deque<Edit> undo = new ArrayDeque<>();
    private final Deque<Edit> redo = new ArrayDeque<>();

    /** Applies a new edit; on success it becomes undoable and the redo stack is cleared. */
    SpanChange perform(Store store, Edit edit) {
        SpanChange change = store.inTransaction((Store tx) -> edit.apply(tx));
        undo.push(edit);
        if (undo.size() > LIMIT) {
            undo.removeLast();
        }
        redo.clear();
        return change;
    }

    SpanChange undo(Store store) {
        Edit edit = undo.peek();
        if (edit == null) {
            throw new LabelingException("Nothing to undo");
        }
        SpanChange change = store.inTransaction((Store tx) -> edit.revert(tx));
        redo.push(undo.pop());
        return change;
    }

    SpanChange redo(Store store) {
        Edit edit = redo.peek();
        if (edit == null) {
            throw new LabelingException("Nothing to redo");
        }
        SpanChange change = store.inTransaction((Store tx) -> edit.apply(tx));
        undo.push(redo.pop());
        return change;
    }

    Optional<String> undoDescription() {
        return Optional.ofNullable(undo.peek()).map(Edit::description);
    }

    Optional<String> redoDescription() {
        return Optional.ofNullable(redo.peek()).map(Edit::description);
    }
}
