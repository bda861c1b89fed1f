package id.kinerja.coaching.internal;


import id.kinerja.appraisal.api.Predikat;

/** One participant's outcome. */
public record EffectivenessOutcome(String nip, long sessionId, Enrolment.Status status, Predikat before, Predikat after, CoachingRules.Effect effect) {
}
