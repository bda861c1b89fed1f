package id.kinerja.appraisal.api;

/** An objection (keberatan) is filed, then accepted (ratings changed) or rejected by the decider. */
public enum ObjectionStatus {
    FILED, ACCEPTED, REJECTED
}
