package id.kinerja.appraisal.api;

import java.time.Instant;

/**
 * An objection of a rated ASN against a final evaluation, decided by the rater's own supervisor
 * (atasan pejabat penilai). When accepted, {@code newHasilKerja} and {@code newPerilaku} replace the
 * rater's ratings (where the city scores numerically: {@code newBehaviourValue} replaces the behaviour
 * value) and the predikat is derived again.
 */
public record Objection(long id, long evaluationId, String nip, String deciderNip, String reason, ObjectionStatus status,
        Rating newHasilKerja, Rating newPerilaku, Double newBehaviourValue, String decisionNote, Predikat predikatBefore, Predikat predikatAfter,
        Instant filedAt, Instant decidedAt) {
}
