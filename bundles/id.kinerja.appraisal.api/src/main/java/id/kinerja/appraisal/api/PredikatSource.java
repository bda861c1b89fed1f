package id.kinerja.appraisal.api;

/** How a predikat came about. */
public enum PredikatSource {
    /** finalised by the rater */
    EVALUATION,
    /** changed in a calibration session of the unit */
    CALIBRATION,
    /** changed by the decision on an objection */
    OBJECTION,
    /** the annual predikat derived from the periodic ones by the annual rule */
    ANNUAL_RULE
}
