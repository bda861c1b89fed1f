package id.kinerja.appraisal.api;

import java.time.Instant;

/** One write in the appraisal core: who did what to which record, with the record before and after (JSON). */
public record AuditEntry(long id, Instant at, String actorNip, String action, String entityType, long entityId,
        String before, String after) {
}
