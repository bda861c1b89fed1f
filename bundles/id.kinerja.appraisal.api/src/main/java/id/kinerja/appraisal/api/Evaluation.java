package id.kinerja.appraisal.api;

import java.time.Instant;

/**
 * The evaluation of one ASN for one period against their approved plan. {@code predikat} is derived
 * from the rater's two overall ratings by the scoring method in force (never typed in); for the
 * numeric method {@code score} holds the value it came from. {@code self} and {@code rater} are
 * {@code null} until given.
 */
public record Evaluation(long id, long planId, String nip, String unitCode, String raterNip, Period period,
        EvaluationStatus status, SelfAssessment self, RaterAssessment rater, Predikat predikat, Double score,
        Instant finalisedAt, Instant updatedAt) {
}
