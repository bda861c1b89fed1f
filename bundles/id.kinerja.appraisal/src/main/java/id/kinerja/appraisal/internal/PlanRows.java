package id.kinerja.appraisal.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import id.kinerja.appraisal.api.BehaviourExpectation;
import id.kinerja.appraisal.api.BerakhlakValue;
import id.kinerja.appraisal.api.Indicator;
import id.kinerja.appraisal.api.IndicatorAspect;
import id.kinerja.appraisal.api.PlanStatus;
import id.kinerja.appraisal.api.WorkResult;

/**
 * Whole plans read as rows, for a list that shows many at once (a rater's queue): the plans' rows, which
 * hold a submitted plan's content ({@link SubmittedContent}), and for plans without it three more reads
 * for any number of plans (their work results, their indicators, their behaviours), straight into
 * {@link QueuedPlan}s. No entity is built, registered with the persistence context or put into the
 * shared cache, which is what made the entity read of a page of 20 plans cost about ten point reads. The plans they stand for equal {@link Views#plan} of the same plans' entities.
 * <p>
 * The reads are separate statements: a plan changed between them may come out with a row older than
 * its children, never newer (the row is read first), so its {@code updatedAt} tells a later read of the
 * queue to read it again.
 */
final class PlanRows {

    /** The columns of a plan's row that a queue shows, of the plans {@code p}: a query's beginning. */
    static final String SELECT = "SELECT p.id, p.nip, p.year, p.version, p.status, p.unitCode, p.raterNip, p.raterComment,"
            + " p.submittedAt, p.decidedAt, p.updatedAt, p.submittedContent, p.updatedMicros FROM PlanEntity p";

    private PlanRows() {
    }

    /**
     * The plans of these ids that exist, in no particular order, as a queue shows them: a submitted plan's
     * content is the text of its row, as it is (not read into values).
     */
    static List<QueuedPlan> read(EntityManager em, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return plans(em, em.createQuery(SELECT + " WHERE p.id IN :ids", Object[].class).setParameter("ids", ids).getResultList());
    }

    /**
     * The plans of rows read by a query that begins with {@link #SELECT} (and goes on with its conditions and
     * order), in the rows' order.
     */
    static List<QueuedPlan> plans(EntityManager em, List<Object[]> read) {
        if (read.isEmpty()) {
            return List.of();
        }
        Map<Long, Object[]> rows = new LinkedHashMap<>();
        read.forEach(row -> rows.put((Long) row[0], row));
        // a submitted plan's content is in its row; the others' (and the few too long for the row) in their own rows
        List<Long> unkept = rows.values().stream().filter(row -> row[11] == null).map(row -> (Long) row[0]).toList();
        Map<Long, List<WorkResult>> results = unkept.isEmpty() ? Map.of() : workResults(em, unkept);
        Map<Long, List<BehaviourExpectation>> behaviours = new HashMap<>();
        if (!unkept.isEmpty()) {
            em.createQuery("SELECT p.id, b.value, b.expectation FROM PlanEntity p JOIN p.behaviours b WHERE p.id IN :ids", Object[].class)
                    .setParameter("ids", unkept).getResultList()
                    .forEach(row -> behaviours.computeIfAbsent((Long) row[0], id -> new ArrayList<>())
                            .add(new BehaviourExpectation((BerakhlakValue) row[1], (String) row[2])));
        }
        List<QueuedPlan> plans = new ArrayList<>(rows.size());
        rows.forEach((id, p) -> {
            String content = p[11] != null ? (String) p[11]
                    : SubmittedContent.text(results.getOrDefault(id, List.of()),
                            behaviours.getOrDefault(id, List.of()).stream().sorted(Comparator.comparing(BehaviourExpectation::value)).toList());
            plans.add(new QueuedPlan(id, (String) p[1], (Integer) p[2], (Integer) p[3], (PlanStatus) p[4], (String) p[5], (String) p[6],
                    content, (String) p[7], Views.instant((Timestamp) p[8]), Views.instant((Timestamp) p[9]), Views.instant((Timestamp) p[10]),
                    (Long) p[12]));
        });
        return plans;
    }

    /**
     * Each plan's work results in their order, each with its indicators in their order: the work results by
     * their plans, then the indicators by their work results, each read from its foreign key's index (one
     * read joining them, an outer join, made Derby read every indicator of the table: 42 pages/s at 100,000).
     */
    private static Map<Long, List<WorkResult>> workResults(EntityManager em, List<Long> planIds) {
        List<Object[]> results = em.createQuery("SELECT w.plan.id, w.id, w.text, w.supportsId, w.unitGoal FROM WorkResultEntity w"
                + " WHERE w.plan.id IN :ids ORDER BY w.plan.id, w.sortOrder, w.id", Object[].class).setParameter("ids", planIds).getResultList();
        Map<Long, List<Indicator>> indicators = new HashMap<>();
        if (!results.isEmpty()) {
            em.createQuery("SELECT i.workResult.id, i.id, i.description, i.aspect, i.target, i.measureUnit FROM IndicatorEntity i"
                    + " WHERE i.workResult.id IN :ids ORDER BY i.workResult.id, i.sortOrder, i.id", Object[].class)
                    .setParameter("ids", results.stream().map(row -> (Long) row[1]).toList()).getResultList()
                    .forEach(row -> indicators.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add(
                            new Indicator((Long) row[1], (String) row[2], (IndicatorAspect) row[3], (BigDecimal) row[4], (String) row[5])));
        }
        Map<Long, List<WorkResult>> byPlan = new HashMap<>();
        results.forEach(row -> byPlan.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add(new WorkResult((Long) row[1],
                (String) row[2], (Long) row[3], (String) row[4], indicators.getOrDefault((Long) row[1], List.of()))));
        return byPlan;
    }
}
