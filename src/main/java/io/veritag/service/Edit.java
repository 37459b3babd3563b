package io.veritag.service;

import io.veritag.store.Store;

/**
 * One undoable change, as a command object. {@code apply} and {@code revert} each run inside one
 * transaction that the caller commits before returning, so the database always follows the history.
 */
interface Edit {
    /** Short name for menus: "create CLAIM span", "delete span". */
    String description();

    SpanChange apply(Store store);

    SpanChange revert(Store store);
}
