package id.kinerja.pay.internal;

import java.math.BigDecimal;
import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonFormat;

/**
 * A monthly TPP run: computed as DRAFT (recomputed as often as needed), then CHECKED, APPROVED and
 * CLOSED; a closed run never changes, whatever happens to the policy later. Money in rupiah, as a
 * decimal string in JSON. A run pays the whole city ({@code unitCode} null) or the staff of one unit
 * and its subunits; nobody is on two slips of a month.
 */
public record PayRun(long id, String month, String unitCode, Status status, String policyName, int slipCount,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal total, Instant computedAt, String computedBy, String checkedBy,
        String approvedBy, String closedBy, Instant closedAt, Computing computing, Integer resumedAfter) {

    /**
     * A computation under way or interrupted: computing the run again resumes it after the slips it
     * wrote (if its inputs are unchanged); until it completes, the run shows the slips it had before.
     * The same on every node of a cluster: whether a node computes it now ({@code running}), the slips
     * it writes in all ({@code slipsToWrite}), and once it stopped, why ({@code stopped}:
     * {@code CANCELLED} or the error's message).
     */
    public record Computing(Instant since, int slipsWritten, Integer slipsToWrite, boolean running, String stopped) {
    }

    public enum Status {
        DRAFT, CHECKED, APPROVED, CLOSED
    }
}
