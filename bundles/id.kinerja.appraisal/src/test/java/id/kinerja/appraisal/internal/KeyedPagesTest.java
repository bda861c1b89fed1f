package id.kinerja.appraisal.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

import id.kinerja.core.api.Page;
import id.kinerja.core.api.PageRequest;

class KeyedPagesTest {

    private final List<List<Long>> asked = new ArrayList<>();

    /** Rows as a database gives them for some keys: in another order, one of them gone meanwhile. */
    private List<Long> rows(List<Long> keys) {
        asked.add(keys);
        List<Long> rows = new ArrayList<>(keys);
        rows.remove(Long.valueOf(13));
        java.util.Collections.reverse(rows);
        return rows;
    }

    @Test
    void thePagesRowsInTheKeysOrderOnlyThoseAsked() {
        List<Long> keys = List.of(7L, 3L, 13L, 9L, 1L);
        Page<String> page = KeyedPages.page(keys, PageRequest.of(1, 3), this::rows, row -> row, row -> "#" + row);
        assertEquals(List.of("#3", "#9"), page.items(), "in the queue's order, a row gone meanwhile left out");
        assertEquals(List.of(List.of(3L, 13L, 9L)), asked, "only the page's rows are read");
        assertEquals(5, page.total());
        assertTrue(page.totalExact());
    }

    @Test
    void beyondTheKeysNothingIsRead() {
        Page<String> page = KeyedPages.page(List.of(1L, 2L), PageRequest.of(20, 10), this::rows, row -> row, row -> "#" + row);
        assertTrue(page.items().isEmpty());
        assertTrue(asked.isEmpty());
        assertEquals(2, page.total());
    }

    @Test
    void aLongQueueIsCountedOnlySoFar() {
        PageRequest first = PageRequest.of(0, 20);
        List<Long> keys = LongStream.range(0, Page.countLimit(first)).boxed().toList();
        Page<String> page = KeyedPages.page(keys, first, this::rows, row -> row, row -> "#" + row);
        assertEquals(19, page.items().size(), "20 keys, the 14th gone");
        assertFalse(page.totalExact());
        assertEquals(Page.countLimit(first) - 1, page.total());
    }
}
