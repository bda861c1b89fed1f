package id.kinerja.appraisal.api;

import java.util.List;

/** The owner's own view of the period: a rating per work result and a comment. */
public record SelfAssessment(List<WorkResultRating> workResults, String comment) {

    public SelfAssessment {
        workResults = workResults == null ? List.of() : List.copyOf(workResults);
    }
}
