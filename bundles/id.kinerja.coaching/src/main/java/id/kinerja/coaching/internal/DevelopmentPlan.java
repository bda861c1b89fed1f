package id.kinerja.coaching.internal;

import java.time.Instant;
import java.util.List;

/**
 * A person's individual development plan for a year: competency gaps and the programmes chosen
 * for them. Until one is saved, the plan offered is a suggestion from the appraisal (the year's
 * coaching proposals: weak predikat, values below expectation, matching programmes).
 *
 * @param suggested true when nothing is saved yet and this is the suggestion
 */
public record DevelopmentPlan(String nip, int year, Status status, boolean suggested, List<Gap> gaps, List<Long> programIds, String updatedBy,
        Instant updatedAt, String agreedBy, Instant agreedAt) {

    public enum Status {
        DRAFT, AGREED
    }

    /** A competency to develop, with a note (e.g. what the appraisal showed). */
    public record Gap(String competency, String note) {
    }
}
