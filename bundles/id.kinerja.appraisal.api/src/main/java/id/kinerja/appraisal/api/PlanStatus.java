package id.kinerja.appraisal.api;

/**
 * The life of an SKP plan: the owner drafts and submits it; the rater approves it or returns it with
 * comments (the owner edits and submits again). An approved plan is frozen; revising it makes a new
 * draft version, and when that is approved the old one becomes {@code SUPERSEDED}.
 */
public enum PlanStatus {
    DRAFT, SUBMITTED, RETURNED, APPROVED, SUPERSEDED;

    /** Whether the owner may still change the content. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
