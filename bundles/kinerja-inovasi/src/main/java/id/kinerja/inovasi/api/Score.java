package id.kinerja.inovasi.api;

/** A judge's score (0–100) of a proposal on one criterion. */
public record Score(long criterionId, Integer score) {
}
