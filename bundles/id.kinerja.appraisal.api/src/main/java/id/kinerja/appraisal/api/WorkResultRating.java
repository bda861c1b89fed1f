package id.kinerja.appraisal.api;

/** A rating of one work result (RHK) of the plan, with a note. */
public record WorkResultRating(long workResultId, Rating rating, String note) {
}
