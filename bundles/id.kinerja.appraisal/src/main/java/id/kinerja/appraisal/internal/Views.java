package id.kinerja.appraisal.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import id.kinerja.appraisal.api.BehaviourExpectation;
import id.kinerja.appraisal.api.BehaviourRating;
import id.kinerja.appraisal.api.Delegation;
import id.kinerja.appraisal.api.Evaluation;
import id.kinerja.appraisal.api.Indicator;
import id.kinerja.appraisal.api.Objection;
import id.kinerja.appraisal.api.PeerFeedback;
import id.kinerja.appraisal.api.Period;
import id.kinerja.appraisal.api.PredikatRecord;
import id.kinerja.appraisal.api.RaterAssessment;
import id.kinerja.appraisal.api.SelfAssessment;
import id.kinerja.appraisal.api.SkpPlan;
import id.kinerja.appraisal.api.WorkResult;
import id.kinerja.appraisal.api.WorkResultRating;
import id.kinerja.appraisal.internal.model.DelegationEntity;
import id.kinerja.appraisal.internal.model.EvaluationEntity;
import id.kinerja.appraisal.internal.model.EvaluationItemEmbeddable;
import id.kinerja.appraisal.internal.model.EvaluationItemEmbeddable.Kind;
import id.kinerja.appraisal.internal.model.ObjectionEntity;
import id.kinerja.appraisal.internal.model.PeerFeedbackEntity;
import id.kinerja.appraisal.internal.model.PlanEntity;
import id.kinerja.appraisal.internal.model.PredikatEntity;

/** Converts the JPA records to the API's value types. */
final class Views {

    /** EclipseLink's hints to read the collections of a whole list with one query each, not one per item. */
    static final String BATCH = "eclipselink.batch";
    static final String BATCH_TYPE = "eclipselink.batch.type";

    private Views() {
    }

    static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    static SkpPlan plan(PlanEntity p) {
        List<WorkResult> results = p.workResults.stream().map(w -> new WorkResult(w.id, w.text, w.supportsId, w.unitGoal,
                w.indicators.stream().map(i -> new Indicator(i.id, i.description, i.aspect, i.target, i.measureUnit)).toList()))
                .toList();
        List<BehaviourExpectation> behaviours = p.behaviours.stream()
                .map(b -> new BehaviourExpectation(b.value, b.expectation))
                .sorted((a, b) -> a.value().compareTo(b.value())).toList();
        return new SkpPlan(p.id, p.nip, p.year, p.version, p.status, p.unitCode, p.raterNip, results, behaviours,
                p.raterComment, instant(p.submittedAt), instant(p.decidedAt), instant(p.updatedAt));
    }

    static Evaluation evaluation(EvaluationEntity e) {
        SelfAssessment self = e.selfAt == null ? null : new SelfAssessment(workRatings(e, Kind.SELF_WORK), e.selfComment);
        RaterAssessment rater = e.ratedAt == null ? null
                : new RaterAssessment(workRatings(e, Kind.RATER_WORK), e.hasilKerja, e.items.stream()
                        .filter(i -> i.kind == Kind.RATER_BEHAVIOUR)
                        .map(i -> new BehaviourRating(i.value, i.rating, i.note))
                        .sorted((a, b) -> a.value().compareTo(b.value())).toList(), e.perilaku, e.feedback, e.behaviourValue);
        return new Evaluation(e.id, e.planId, e.nip, e.unitCode, e.raterNip, Period.parse(e.period), e.status, self, rater,
                e.predikat, e.score, instant(e.finalisedAt), instant(e.updatedAt));
    }

    private static List<WorkResultRating> workRatings(EvaluationEntity e, Kind kind) {
        return e.items.stream().filter(i -> i.kind == kind)
                .map((EvaluationItemEmbeddable i) -> new WorkResultRating(i.workResultId, i.rating, i.note))
                .sorted((a, b) -> Long.compare(a.workResultId(), b.workResultId())).toList();
    }

    static PeerFeedback feedback(PeerFeedbackEntity f) {
        return new PeerFeedback(f.id, f.authorNip, f.value, f.rating, f.comment, instant(f.givenAt));
    }

    static PredikatRecord predikat(PredikatEntity p) {
        return new PredikatRecord(p.nip, p.unitCode, Period.parse(p.period), p.predikat, p.hasilKerja, p.perilaku, p.source,
                p.evaluationId, instant(p.decidedAt), p.reason);
    }

    static Objection objection(ObjectionEntity o) {
        return new Objection(o.id, o.evaluationId, o.nip, o.deciderNip, o.reason, o.status, o.newHasilKerja, o.newPerilaku,
                o.newBehaviourValue, o.decisionNote, o.predikatBefore, o.predikatAfter, instant(o.filedAt), instant(o.decidedAt));
    }

    static Delegation delegation(DelegationEntity d) {
        return new Delegation(d.id, d.principalNip, d.delegateNip, d.kind, d.startDate, d.endDate,
                d.decree);
    }
}
