/**
 * Adjudication as pure functions over plain data: which spans the chosen annotators agree on exactly, how
 * the others disagree, which decisions are in force after undo and redo, and how much is left to settle.
 * No store, no Swing: the service feeds it spans and decisions, the tests feed it records.
 */
package io.veritag.agreement.adjudication;
