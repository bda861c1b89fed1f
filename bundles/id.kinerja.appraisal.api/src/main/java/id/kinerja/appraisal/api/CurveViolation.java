package id.kinerja.appraisal.api;

/**
 * A rule of the distribution curve that a unit's predikat distribution breaks, e.g. "at most 70%
 * Sangat Baik" with {@code actualPercent} 80.
 */
public record CurveViolation(String rule, String messageId, String messageEn, double actualPercent) {
}
