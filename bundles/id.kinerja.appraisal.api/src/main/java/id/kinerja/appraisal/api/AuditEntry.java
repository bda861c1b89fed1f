package id.kinerja.appraisal.api;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonRawValue;

/**
 * One write in the appraisal core: who did what to which record, with the record before and after
 * (JSON documents, embedded as such in the JSON form; {@code null} for a creation).
 */
public record AuditEntry(long id, Instant at, String actorNip, String action, String entityType, long entityId,
        @JsonRawValue String before, @JsonRawValue String after) {
}
