package id.kinerja.appraisal.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import id.kinerja.appraisal.api.SkpPlan;

/**
 * The plans a rater's queue showed, kept whole while their row is unchanged. A rater's desk reads its
 * queue again after every decision (and a head who approves fifty plans reads the same forty-nine
 * again and again); each plan is a row and its work results, indicators and behaviours.
 * <p>
 * A kept plan is served only when its {@code UPDATED_AT}, read with the queue's keys (from the queue's
 * index, no other read), is the one it was made from: every write of a plan or of its children sets
 * it, so a kept plan never outlives its row, on this node or on any other node of a cluster. At most
 * {@value #CAPACITY} plans are kept, the least recently shown dropped first (a few kilobytes each:
 * a dozen megabytes at most).
 */
final class QueuedPlanViews {

    static final int CAPACITY = 2_000;

    private final int capacity;
    private final Map<Long, SkpPlan> kept;

    QueuedPlanViews() {
        this(CAPACITY);
    }

    QueuedPlanViews(int capacity) {
        this.capacity = capacity;
        this.kept = new LinkedHashMap<>(64, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, SkpPlan> eldest) {
                return size() > QueuedPlanViews.this.capacity;
            }
        };
    }

    /**
     * The plans of these keys, in no particular order: those kept as of the given time of their last
     * change, the others read by {@code reader} (and kept). A plan whose time is not given is read.
     */
    List<SkpPlan> of(List<Long> ids, Map<Long, Instant> updatedAt, Function<List<Long>, List<SkpPlan>> reader) {
        List<SkpPlan> plans = new ArrayList<>(ids.size());
        List<Long> missing = new ArrayList<>();
        synchronized (kept) {
            for (Long id : ids) {
                SkpPlan plan = kept.get(id);
                Instant changed = updatedAt.get(id);
                if (plan != null && changed != null && changed.equals(plan.updatedAt())) {
                    plans.add(plan);
                } else {
                    missing.add(id);
                }
            }
        }
        if (!missing.isEmpty()) {
            List<SkpPlan> read = reader.apply(missing);
            synchronized (kept) {
                read.stream().filter(plan -> plan.updatedAt() != null).forEach(plan -> kept.put(plan.id(), plan));
            }
            plans.addAll(read);
        }
        return plans;
    }

    int size() {
        synchronized (kept) {
            return kept.size();
        }
    }
}
