package id.kinerja.core.api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * One page of a longer list.
 *
 * @param items the items of this page
 * @param total how many items the whole list has; when {@code totalExact} is false, at least this
 *        many (a long list is counted only so far: counting all of a million rows for every page
 *        costs more than the page)
 * @param offset the index of the first item of this page in the whole list
 * @param limit the largest page size that was asked for
 * @param totalExact whether {@code total} is the exact size of the list
 * @param next where this page ends, for the following page ({@link PageRequest#after()}), in a list
 *        that offers it and has more; {@code null} otherwise (since 1.8)
 */
public record Page<T>(List<T> items, long total, int offset, int limit, boolean totalExact, String next) {

    public Page {
        items = List.copyOf(items);
    }

    /** A page without a cursor to the following one. */
    public Page(List<T> items, long total, int offset, int limit, boolean totalExact) {
        this(items, total, offset, limit, totalExact, null);
    }

    /** A page of a list whose size is known exactly. */
    public Page(List<T> items, long total, int offset, int limit) {
        this(items, total, offset, limit, true);
    }

    /**
     * How many rows past a page a list counts before it says "more than" instead of its total: ten
     * pages of 20. A page reads this many keys besides its own, so this is most of what a page of a
     * long list costs (at 1,000, in 1.6, a first page of the registry cost about five point reads);
     * where a count must reach further, ask {@link PageRequest#countTo}.
     */
    public static final int COUNT_AHEAD = 200;

    /**
     * How many keys of a list to count, at most, for a page: up to {@value #COUNT_AHEAD} past it,
     * and one more to know whether there are more (for {@link #counted}).
     *
     * @since 1.6
     */
    public static int countLimit(PageRequest page) {
        return page.offset() + page.limit() + COUNT_AHEAD + 1;
    }

    /**
     * A page of a list counted only so far: {@code found} keys counted with at most
     * {@link #countLimit} of them read; the exact total when fewer, "more than" otherwise.
     *
     * @since 1.6
     */
    public static <T> Page<T> counted(List<T> items, long found, PageRequest page) {
        long counted = countLimit(page) - 1L;
        return found > counted ? new Page<>(items, counted, page.offset(), page.limit(), false) : new Page<>(items, found, page.offset(), page.limit());
    }

    /**
     * A page of a list read in two steps: the list's keys in its order, as far as {@link #countLimit}
     * (which counts it so far), then only the page's rows, read by {@code rows} in any order and put
     * in the keys' order (a key whose row is gone meanwhile is left out). Nothing is read for a page
     * past the keys.
     *
     * @since 1.7
     */
    public static <K, R> Page<R> ofKeys(List<K> keys, PageRequest page, Function<List<K>, List<R>> rows, Function<R, K> keyOf) {
        return ofKeys(keys, page, rows, keyOf, null);
    }

    /**
     * How many keys of a list a page reads: {@link #countLimit}, or, after a cursor
     * ({@link PageRequest#after()}), as many from there (the rows before it are not read at all).
     *
     * @since 1.8
     */
    public static int keysToRead(PageRequest page) {
        return page.after() == null ? countLimit(page) : countLimit(page) - page.offset();
    }

    /**
     * As {@link #ofKeys(List, PageRequest, Function, Function)}, for a list that offers cursors: the keys
     * were read as far as {@link #keysToRead}, from the request's cursor when it has one (then they start
     * at the page, which its offset only labels); a page with more after it carries the cursor of its
     * last key, made by {@code cursorOf} ({@code null}: the list offers none).
     *
     * @since 1.8
     */
    public static <K, R> Page<R> ofKeys(List<K> keys, PageRequest page, Function<List<K>, List<R>> rows, Function<R, K> keyOf,
            Function<K, PageCursor> cursorOf) {
        return ofKeys(keys, page.after() == null ? page.offset() : 0, page, rows, keyOf, cursorOf);
    }

    /**
     * Reads a list's keys in its order: at most {@code max} of them, starting at the {@code first}
     * (0: the list's first), as a query's {@code setFirstResult(first).setMaxResults(max)} does.
     *
     * @since 1.9
     */
    @FunctionalInterface
    public interface KeyReader<K> {
        List<K> read(int first, int max);
    }

    /**
     * As {@link #ofKeys(List, PageRequest, Function, Function, Function)}, with the keys read by
     * {@code keys} from the page on: the database skips the keys before a page asked by its offset
     * alone instead of handing them over (at 100,000 staff, the 51st page by its offset read 1,221 keys
     * to show 20). Only a page past the list's end reads the list again from its start, to count it.
     *
     * @since 1.9
     */
    public static <K, R> Page<R> ofKeys(KeyReader<K> keys, PageRequest page, Function<List<K>, List<R>> rows, Function<R, K> keyOf,
            Function<K, PageCursor> cursorOf) {
        int first = page.after() == null ? page.offset() : 0;
        List<K> read = keys.read(first, countLimit(page) - page.offset());
        if (read.isEmpty() && first > 0) {
            // past the list's end (or it shrank meanwhile): how long it is, counted from its start
            return ofKeys(keys.read(0, countLimit(page)), first, page, rows, keyOf, cursorOf);
        }
        return ofKeys(read, 0, page, rows, keyOf, cursorOf);
    }

    /** The page at {@code skipped} of keys read from the page's offset less {@code skipped}. */
    private static <K, R> Page<R> ofKeys(List<K> keys, int skipped, PageRequest page, Function<List<K>, List<R>> rows,
            Function<R, K> keyOf, Function<K, PageCursor> cursorOf) {
        List<K> shown = keys.subList(Math.min(skipped, keys.size()), Math.min(skipped + page.limit(), keys.size()));
        Map<K, R> byKey = new HashMap<>();
        if (!shown.isEmpty()) {
            rows.apply(List.copyOf(shown)).forEach(row -> byKey.put(keyOf.apply(row), row));
        }
        Page<R> counted = counted(shown.stream().map(byKey::get).filter(Objects::nonNull).toList(), keys.size() - skipped + page.offset(), page);
        boolean more = cursorOf != null && !shown.isEmpty() && keys.size() > skipped + page.limit();
        return more ? counted.withNext(cursorOf.apply(shown.get(shown.size() - 1))) : counted;
    }

    /**
     * This page with each item made into another.
     *
     * @since 1.7
     */
    public <U> Page<U> map(Function<? super T, ? extends U> view) {
        return new Page<>(items.stream().<U>map(view).toList(), total, offset, limit, totalExact, next);
    }

    /**
     * This page with where it ends, for the following page ({@code null}: none).
     *
     * @since 1.8
     */
    public Page<T> withNext(PageCursor end) {
        return new Page<>(items, total, offset, limit, totalExact, end == null ? null : end.token());
    }
}
