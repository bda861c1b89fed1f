package id.kinerja.appraisal.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import id.kinerja.core.api.Page;
import id.kinerja.core.api.PageRequest;

/**
 * A page of a queue read in two steps, as the registry's lists are: the keys in the queue's order
 * from an index that holds the order (up to {@link Page#countLimit}, which also counts them so far),
 * then only the page's rows, by key. A rater of a thousand is not a sort of a thousand rows per page.
 */
final class KeyedPages {

    private KeyedPages() {
    }

    /**
     * @param keys the queue's keys in its order, at most {@link Page#countLimit} of them
     * @param rows the rows of some keys, in any order
     */
    static <E, T> Page<T> page(List<Long> keys, PageRequest page, Function<List<Long>, List<E>> rows, Function<E, Long> keyOf,
            Function<E, T> view) {
        List<Long> shown = keys.subList(Math.min(page.offset(), keys.size()), Math.min(page.offset() + page.limit(), keys.size()));
        Map<Long, E> byKey = new HashMap<>();
        if (!shown.isEmpty()) {
            rows.apply(List.copyOf(shown)).forEach(row -> byKey.put(keyOf.apply(row), row));
        }
        List<T> items = shown.stream().map(byKey::get).filter(Objects::nonNull).map(view).toList();
        return Page.counted(items, keys.size(), page);
    }
}
