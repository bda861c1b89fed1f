package id.kinerja.appraisal.api;

/**
 * The life of an evaluation: OPEN (the owner may self-assess, colleagues may give feedback), RATED
 * (the rater has rated; the rater may still change the rating), FINAL (the predikat is official and
 * published; it can only be changed by an objection or a calibration).
 */
public enum EvaluationStatus {
    OPEN, RATED, FINAL
}
