package io.veritag.model.gold;

/** What a curator's decision did to the gold layer. */
public enum DecisionKind {
    /** A unanimous span taken into gold automatically. */
    PRE_ACCEPT("pre-accepted"),
    /** One annotator's version of a disagreement taken into gold as it is. */
    ACCEPT("accepted"),
    /** A version taken into gold with other boundaries or label, or a gold span changed. */
    EDIT("edited"),
    /** A disagreement settled with nothing in gold. */
    REJECT("rejected"),
    /** A gold span nobody proposed. */
    ADD("added"),
    /** A gold span taken out again (for instance a pre-accepted one). */
    REMOVE("removed"),
    /** A link between two gold spans taken into gold. */
    LINK_ACCEPT("accepted link"),
    /** A gold link taken out again. */
    LINK_REMOVE("removed link"),
    /** The source type of a gold SOURCE span settled or changed. */
    SOURCE_TYPE("set source type"),
    /** A gold span put into a gold claim cluster (a new one, or one it had left). */
    CLUSTER_IN("put into gold claim cluster"),
    /** A gold span taken out of its gold claim cluster. */
    CLUSTER_OUT("took out of gold claim cluster"),
    /** Reverts an earlier decision. */
    UNDO("undid"),
    /** Applies an undone decision again. */
    REDO("redid");

    private final String pastTense;

    DecisionKind(String pastTense) {
        this.pastTense = pastTense;
    }

    public String pastTense() {
        return pastTense;
    }

    public boolean isUndoOrRedo() {
        return this == UNDO || this == REDO;
    }
}
