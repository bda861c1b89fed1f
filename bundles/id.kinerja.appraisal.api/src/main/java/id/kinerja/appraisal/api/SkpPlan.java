package id.kinerja.appraisal.api;

import java.time.Instant;
import java.util.List;

/**
 * An SKP (Sasaran Kinerja Pegawai): the yearly performance plan of one ASN, in one version.
 * {@code raterNip} is the direct supervisor who approves and rates it (taken from the staff registry
 * when the plan is submitted); {@code comment} is the rater's last comment (why it was returned).
 */
public record SkpPlan(long id, String nip, int year, int version, PlanStatus status, String unitCode, String raterNip,
        List<WorkResult> workResults, List<BehaviourExpectation> behaviours, String comment,
        Instant submittedAt, Instant decidedAt, Instant updatedAt) {

    public SkpPlan {
        workResults = workResults == null ? List.of() : List.copyOf(workResults);
        behaviours = behaviours == null ? List.of() : List.copyOf(behaviours);
    }
}
