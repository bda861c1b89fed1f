package id.kinerja.coaching.internal;

import java.time.Instant;
import java.util.List;

import id.kinerja.appraisal.api.BerakhlakValue;
import id.kinerja.appraisal.api.Predikat;

/**
 * Proposed automatically when the appraisal finalises a weak predikat or a BerAKHLAK value below
 * expectation: matching programmes and a coaching assignment by the supervisor. Nothing is enrolled
 * until a person accepts it (nominating the person to sessions).
 */
public record Proposal(long id, String nip, String unitCode, String period, long evaluationId, Predikat predikat,
        List<BerakhlakValue> belowExpectation, List<Long> programIds, boolean coachingSuggested, Status status, Instant createdAt,
        String decidedBy, Instant decidedAt, String note) {

    public enum Status {
        OPEN, ACCEPTED, DISMISSED
    }
}
