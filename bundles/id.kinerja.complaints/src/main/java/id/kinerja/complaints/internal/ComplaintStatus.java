package id.kinerja.complaints.internal;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The states of a complaint (SP4N-LAPOR!): received, verified, assigned to a unit, in progress,
 * answered, closed; rejected with a reason. The citizen may reopen an answered or closed complaint
 * within the reopening window: it goes back to in progress.
 */
public enum ComplaintStatus {
    RECEIVED, VERIFIED, ASSIGNED, IN_PROGRESS, ANSWERED, CLOSED, REJECTED;

    private static final Map<ComplaintStatus, Set<ComplaintStatus>> NEXT = Map.of(
            RECEIVED, EnumSet.of(VERIFIED, REJECTED),
            VERIFIED, EnumSet.of(ASSIGNED, REJECTED),
            ASSIGNED, EnumSet.of(IN_PROGRESS, ASSIGNED),
            IN_PROGRESS, EnumSet.of(ANSWERED, ASSIGNED),
            ANSWERED, EnumSet.of(CLOSED, IN_PROGRESS),
            CLOSED, EnumSet.of(IN_PROGRESS),
            REJECTED, EnumSet.noneOf(ComplaintStatus.class));

    public boolean canGoTo(ComplaintStatus next) {
        return NEXT.get(this).contains(next);
    }

    /** Whether the complaint still waits for an answer (its deadline runs). */
    public boolean isOpen() {
        return this == RECEIVED || this == VERIFIED || this == ASSIGNED || this == IN_PROGRESS;
    }

    /** Open311's two states. */
    public String open311() {
        return this == CLOSED || this == REJECTED || this == ANSWERED ? "closed" : "open";
    }
}
