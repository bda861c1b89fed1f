package id.kinerja.pay.internal;

import java.math.BigDecimal;
import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonFormat;

/**
 * A monthly TPP run: computed as DRAFT (recomputed as often as needed), then CHECKED, APPROVED and
 * CLOSED; a closed run never changes, whatever happens to the policy later. Money in rupiah, as a
 * decimal string in JSON.
 */
public record PayRun(long id, String month, Status status, String policyName, int slipCount,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal total, Instant computedAt, String computedBy, String checkedBy,
        String approvedBy, String closedBy, Instant closedAt) {

    public enum Status {
        DRAFT, CHECKED, APPROVED, CLOSED
    }
}
