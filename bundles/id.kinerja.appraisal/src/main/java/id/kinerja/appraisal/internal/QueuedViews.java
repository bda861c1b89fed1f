package id.kinerja.appraisal.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What a rater's queue showed (plans waiting for approval, evaluations to rate), kept whole while its
 * row is unchanged. A rater's desk reads its queue again after every decision (and a head who approves
 * fifty plans reads the same forty-nine again and again); a plan is a row and its work results,
 * indicators and behaviours, an evaluation a row and its ratings.
 * <p>
 * A kept view is served only when its {@code UPDATED_AT}, read with the queue's keys (from the queue's
 * index, no other read), is the one it was made from: every write of the row or of its children sets
 * it, so a kept view never outlives its row, on this node or on any other node of a cluster. At most
 * {@value #CAPACITY} views are kept, the least recently shown dropped first (a few kilobytes each: a
 * dozen megabytes at most).
 *
 * @param <V> the view: a plan or an evaluation of the API
 */
final class QueuedViews<V> {

    static final int CAPACITY = 2_000;

    private final int capacity;
    private final Function<V, Long> idOf;
    private final Function<V, Instant> updatedAtOf;
    private final Map<Long, V> kept;

    QueuedViews(Function<V, Long> idOf, Function<V, Instant> updatedAtOf) {
        this(CAPACITY, idOf, updatedAtOf);
    }

    QueuedViews(int capacity, Function<V, Long> idOf, Function<V, Instant> updatedAtOf) {
        this.capacity = capacity;
        this.idOf = idOf;
        this.updatedAtOf = updatedAtOf;
        this.kept = new LinkedHashMap<>(64, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, V> eldest) {
                return size() > QueuedViews.this.capacity;
            }
        };
    }

    /**
     * The views of these keys, in no particular order: those kept as of the given time of their row's
     * last change, the others read by {@code reader} (and kept). A view whose time is not given is read.
     */
    List<V> of(List<Long> ids, Map<Long, Instant> updatedAt, Function<List<Long>, List<V>> reader) {
        List<V> views = new ArrayList<>(ids.size());
        List<Long> missing = new ArrayList<>();
        synchronized (kept) {
            for (Long id : ids) {
                V view = kept.get(id);
                Instant changed = updatedAt.get(id);
                if (view != null && changed != null && changed.equals(updatedAtOf.apply(view))) {
                    views.add(view);
                } else {
                    missing.add(id);
                }
            }
        }
        if (!missing.isEmpty()) {
            List<V> read = reader.apply(missing);
            synchronized (kept) {
                read.stream().filter(view -> updatedAtOf.apply(view) != null).forEach(view -> kept.put(idOf.apply(view), view));
            }
            views.addAll(read);
        }
        return views;
    }

    int size() {
        synchronized (kept) {
            return kept.size();
        }
    }
}
