package id.kinerja.core.api;

import java.util.List;

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
 */
public record Page<T>(List<T> items, long total, int offset, int limit, boolean totalExact) {

    public Page {
        items = List.copyOf(items);
    }

    /** A page of a list whose size is known exactly. */
    public Page(List<T> items, long total, int offset, int limit) {
        this(items, total, offset, limit, true);
    }
}
