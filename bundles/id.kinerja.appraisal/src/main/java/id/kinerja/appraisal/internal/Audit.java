package id.kinerja.appraisal.internal;

import java.sql.Timestamp;
import java.time.Instant;

import javax.persistence.EntityManager;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import id.kinerja.appraisal.internal.model.AuditEntity;

/** Writes the audit trail, in the same transaction as the change it records. */
final class Audit {

    static final String PLAN = "PLAN";
    static final String EVALUATION = "EVALUATION";
    static final String FEEDBACK = "FEEDBACK";
    static final String OBJECTION = "OBJECTION";
    static final String DELEGATION = "DELEGATION";
    static final String ORG_PREDIKAT = "ORG_PREDIKAT";

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private Audit() {
    }

    /** Records that {@code actorNip} did {@code action} to a record; {@code before}/{@code after} are API values or {@code null}. */
    static void record(EntityManager em, Instant at, String actorNip, String action, String entityType, long entityId,
            Object before, Object after) {
        AuditEntity entry = new AuditEntity();
        entry.recordedAt = Timestamp.from(at);
        entry.actorNip = actorNip;
        entry.action = action;
        entry.entityType = entityType;
        entry.entityId = entityId;
        entry.before = json(before);
        entry.after = json(after);
        em.persist(entry);
    }

    static String json(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write audit record of " + value.getClass().getName(), e);
        }
    }
}
