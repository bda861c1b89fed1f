package id.kinerja.appraisal.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.osgi.service.event.Event;

import id.kinerja.appraisal.api.AppraisalEvents;
import id.kinerja.appraisal.api.PredikatRecord;
import id.kinerja.appraisal.api.PredikatSource;
import id.kinerja.appraisal.api.Rating;
import id.kinerja.appraisal.internal.model.EvaluationEntity;
import id.kinerja.appraisal.internal.model.EvaluationItemEmbeddable;
import id.kinerja.appraisal.internal.model.PredikatEntity;

/**
 * The official record of predikat: one in force per person and period, the replaced ones kept as
 * history. Each entry yields the event to publish once the transaction has committed.
 */
final class PredikatLedger {

    private PredikatLedger() {
    }

    /** Records the evaluation's current predikat as the one in force; returns the event announcing it. */
    static Event record(EntityManager em, EvaluationEntity evaluation, PredikatSource source, String reason, Instant at) {
        em.createQuery("UPDATE PredikatEntity p SET p.inForce = 0 WHERE p.nip = :nip AND p.period = :period AND p.inForce = 1")
                .setParameter("nip", evaluation.nip).setParameter("period", evaluation.period).executeUpdate();
        PredikatEntity entry = new PredikatEntity();
        entry.nip = evaluation.nip;
        entry.unitCode = evaluation.unitCode;
        entry.period = evaluation.period;
        entry.periodEnd = evaluation.periodEnd;
        entry.predikat = evaluation.predikat;
        entry.hasilKerja = evaluation.hasilKerja;
        entry.perilaku = evaluation.perilaku;
        entry.source = source;
        entry.evaluationId = evaluation.id;
        entry.decidedAt = Timestamp.from(at);
        entry.reason = reason;
        entry.inForce = 1;
        em.persist(entry);
        return event(Views.predikat(entry), evaluation);
    }

    private static Event event(PredikatRecord record, EvaluationEntity evaluation) {
        Map<String, Object> properties = new HashMap<>();
        properties.put(AppraisalEvents.NIP, record.nip());
        properties.put(AppraisalEvents.UNIT_CODE, record.unitCode());
        properties.put(AppraisalEvents.PERIOD, record.period().toString());
        properties.put(AppraisalEvents.PREDIKAT, record.predikat().name());
        properties.put(AppraisalEvents.SOURCE, record.source().name());
        properties.put(AppraisalEvents.HASIL_KERJA, record.hasilKerja().name());
        properties.put(AppraisalEvents.PERILAKU, record.perilaku().name());
        properties.put(AppraisalEvents.EVALUATION_ID, record.evaluationId());
        List<String> below = evaluation.items.stream()
                .filter(i -> i.kind == EvaluationItemEmbeddable.Kind.RATER_BEHAVIOUR && i.rating == Rating.DI_BAWAH_EKSPEKTASI)
                .map(i -> i.value.name()).sorted().toList();
        properties.put(AppraisalEvents.BEHAVIOUR_BELOW_EXPECTATION, below.toArray(String[]::new));
        return new Event(AppraisalEvents.PREDIKAT_FINAL, properties);
    }
}
