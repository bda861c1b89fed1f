package id.kinerja.appraisal.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntFunction;

import id.kinerja.core.api.Page;
import id.kinerja.core.api.PageRequest;

/**
 * What a rater's queue showed (plans waiting for approval, evaluations to rate), kept whole while its
 * row is unchanged. A rater's desk reads its queue again after every decision (and a head who approves
 * fifty plans reads the same forty-nine again and again); a plan is a row and its work results,
 * indicators and behaviours, an evaluation a row and its ratings.
 * <p>
 * A kept view is served only when its row's stamp of its last change ({@code UPDATED_AT}, or a number made
 * of it), read with the queue's keys (from the queue's index, no other read), is the one it was made from:
 * every write of the row or of its children sets it, so a kept view never outlives its row, on this node
 * or on any other node of a cluster. At most
 * {@value #CAPACITY} views are kept, the least recently shown dropped first (a few kilobytes each: a
 * dozen megabytes at most). A queue's first page whose views are not kept is read whole at once
 * ({@link #firstPage}): the keys would only name rows to read.
 *
 * @param <V> the view: a plan or an evaluation of the API
 * @param <S> the stamp of a row's last change
 */
final class QueuedViews<V, S> {

    static final int CAPACITY = 2_000;

    private final int capacity;
    private final Function<V, Long> idOf;
    private final Function<V, S> stampOf;
    private final Map<Long, V> kept;
    /** Each queue's first page as it was last shown: its keys, the queues shown least recently dropped first. */
    private final Map<String, List<Long>> firstPages;

    QueuedViews(Function<V, Long> idOf, Function<V, S> stampOf) {
        this(CAPACITY, idOf, stampOf);
    }

    QueuedViews(int capacity, Function<V, Long> idOf, Function<V, S> stampOf) {
        this.capacity = capacity;
        this.idOf = idOf;
        this.stampOf = stampOf;
        this.kept = new LinkedHashMap<>(64, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, V> eldest) {
                return size() > QueuedViews.this.capacity;
            }
        };
        this.firstPages = new LinkedHashMap<>(64, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, List<Long>> eldest) {
                return size() > QueuedViews.this.capacity;
            }
        };
    }

    /**
     * A queue's first page read whole, when its views are not kept: a rater's first look at the queue, or one
     * not seen for long, costs one read instead of two (the keys, then the rows they name). {@code read}
     * reads the views of the queue's first {@code n}, in its order, with their rows; it is asked for one more
     * than the page, which tells whether the queue ends with the page: then the page is the queue's and
     * counts it. Empty, with nothing read, when the views the queue's first page last showed are all kept still
     * (its keys then tell which are still the queue's and unchanged, {@link #of}); empty too when the queue is
     * longer than the page, whose views are kept now: its keys count it and find them kept.
     */
    Optional<Page<V>> firstPage(String queue, PageRequest page, IntFunction<List<V>> read) {
        if (page.offset() != 0 || page.after() != null || keepsFirstPage(queue)) {
            return Optional.empty();
        }
        List<V> views = read.apply(page.limit() + 1);
        keep(views.subList(0, Math.min(page.limit(), views.size())));
        if (views.size() > page.limit()) {
            return Optional.empty();
        }
        return Optional.of(shown(queue, page, new Page<>(views, views.size(), 0, page.limit())));
    }

    /** This page of the queue, as shown: a first page's views are what {@link #firstPage} looks for next time. */
    Page<V> shown(String queue, PageRequest page, Page<V> shown) {
        if (page.offset() == 0 && page.after() == null) {
            synchronized (kept) {
                firstPages.put(queue, shown.items().stream().map(idOf).toList());
            }
        }
        return shown;
    }

    /**
     * Whether the views of this queue's first page, as it was last shown, are all kept still (not whether they
     * are still the page, nor still their rows): a queue whose first page was never shown, was empty, or whose
     * views were dropped since, is better read with its rows at once.
     */
    private boolean keepsFirstPage(String queue) {
        synchronized (kept) {
            List<Long> ids = firstPages.get(queue);
            return ids != null && !ids.isEmpty() && kept.keySet().containsAll(ids);
        }
    }

    private void keep(List<V> views) {
        synchronized (kept) {
            views.stream().filter(view -> stampOf.apply(view) != null).forEach(view -> kept.put(idOf.apply(view), view));
        }
    }

    /**
     * The views of these keys, in no particular order: those kept as of the given stamps of their row's
     * last change, the others read by {@code reader} (and kept). A view whose stamp is not given is read.
     */
    List<V> of(List<Long> ids, Map<Long, S> stamps, Function<List<Long>, List<V>> reader) {
        List<V> views = new ArrayList<>(ids.size());
        List<Long> missing = new ArrayList<>();
        synchronized (kept) {
            for (Long id : ids) {
                V view = kept.get(id);
                S changed = stamps.get(id);
                if (view != null && changed != null && changed.equals(stampOf.apply(view))) {
                    views.add(view);
                } else {
                    missing.add(id);
                }
            }
        }
        if (!missing.isEmpty()) {
            List<V> read = reader.apply(missing);
            keep(read);
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
