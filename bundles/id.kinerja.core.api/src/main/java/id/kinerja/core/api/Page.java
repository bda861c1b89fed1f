package id.kinerja.core.api;

import java.util.List;

/**
 * One page of a longer list.
 *
 * @param items the items of this page
 * @param total how many items the whole list has
 * @param offset the index of the first item of this page in the whole list
 * @param limit the largest page size that was asked for
 */
public record Page<T>(List<T> items, long total, int offset, int limit) {

    public Page {
        items = List.copyOf(items);
    }
}
