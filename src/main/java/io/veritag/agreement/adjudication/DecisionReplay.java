package io.veritag.agreement.adjudication;

import io.veritag.model.gold.GroupKey;
import io.veritag.model.gold.Decision;
import io.veritag.model.gold.DecisionKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Replays an article's audit trail (oldest first) to find which decisions are in force and what undo and
 * redo would act on. The trail is append-only: an undo is a row naming its target, so the state is a pure
 * function of the rows, the same in every window and after a restart.
 *
 * <p>Classic editor semantics: undo takes back the latest decision in force; redo re-applies the latest
 * undone one; a new decision clears what could be redone.
 */
public final class DecisionReplay {
    private final List<Decision> inForce;
    private final List<Decision> redoable;

    private DecisionReplay(List<Decision> inForce, List<Decision> redoable) {
        this.inForce = List.copyOf(inForce);
        this.redoable = List.copyOf(redoable);
    }

    /**
     * @param trail every decision of one article, in the order they were taken
     * @throws IllegalArgumentException if an undo or redo names a decision that was not undoable or redoable
     */
    public static DecisionReplay of(List<Decision> trail) {
        Map<Long, Decision> byId = new HashMap<>();
        List<Decision> undo = new ArrayList<>();
        List<Decision> redo = new ArrayList<>();
        for (Decision decision : trail) {
            byId.put(decision.id(), decision);
            if (decision.kind() == DecisionKind.UNDO) {
                move(byId.get(decision.targetDecisionId()), undo, redo, decision);
            } else if (decision.kind() == DecisionKind.REDO) {
                move(byId.get(decision.targetDecisionId()), redo, undo, decision);
            } else {
                undo.add(decision);
                redo.clear();
            }
        }
        return new DecisionReplay(undo, redo);
    }

    private static void move(Decision target, List<Decision> from, List<Decision> to, Decision step) {
        if (target == null || !from.remove(target)) {
            throw new IllegalArgumentException("decision " + step.id() + " (" + step.kind() + ") names decision "
                    + step.targetDecisionId() + ", which it cannot act on");
        }
        to.add(target);
    }

    /** Decisions in force, oldest first (undone ones left out; undo and redo rows themselves never included). */
    public List<Decision> inForce() {
        return inForce;
    }

    /** What undo would take back: the latest decision in force. */
    public Optional<Decision> nextUndo() {
        return inForce.isEmpty() ? Optional.empty() : Optional.of(inForce.get(inForce.size() - 1));
    }

    /** What redo would apply again: the latest undone decision, unless a new decision came after it. */
    public Optional<Decision> nextRedo() {
        return redoable.isEmpty() ? Optional.empty() : Optional.of(redoable.get(redoable.size() - 1));
    }

    /** The decisions in force that settled this group (several if a curator accepted more than one version). */
    public List<Decision> settling(GroupKey groupKey) {
        return inForce.stream().filter(d -> groupKey.equals(d.disagreementKey())).toList();
    }
}
