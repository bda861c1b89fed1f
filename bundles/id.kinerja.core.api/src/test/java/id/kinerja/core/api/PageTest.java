package id.kinerja.core.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

/** A list counted only so far: a screen's page, and a headcount that reaches further. */
class PageTest {

    @Test
    void aPageIsCountedTenPagesOfTwentyPastIt() {
        PageRequest first = new PageRequest(0, 20);
        assertEquals(20 + Page.COUNT_AHEAD + 1, Page.countLimit(first), "the page, as far again as counted, one more to know");
        Page<String> exact = Page.counted(List.of("a"), 220, first);
        assertTrue(exact.totalExact());
        assertEquals(220, exact.total());
        Page<String> more = Page.counted(List.of("a"), 221, first);
        assertFalse(more.totalExact());
        assertEquals(220, more.total(), "more than 220");
    }

    @Test
    void aHeadcountIsExactUpToWhatItAsksAndReadsOneItem() {
        PageRequest headcount = PageRequest.countTo(5000);
        assertEquals(1, headcount.limit());
        assertEquals(5001, Page.countLimit(headcount));
        assertTrue(Page.counted(List.of(), 5000, headcount).totalExact());
        assertEquals(4321, Page.counted(List.of(), 4321, headcount).total());
        Page<String> beyond = Page.counted(List.of(), 5001, headcount);
        assertFalse(beyond.totalExact());
        assertEquals(5000, beyond.total());
        assertEquals(0, PageRequest.countTo(10).offset(), "a small count is a first page's");
        assertTrue(Page.countLimit(PageRequest.countTo(10)) > 10);
    }

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
    void aPageOfKeysHasItsRowsInTheKeysOrderOnlyThoseRead() {
        List<Long> keys = List.of(7L, 3L, 13L, 9L, 1L);
        Page<String> page = Page.ofKeys(keys, PageRequest.of(1, 3), this::rows, row -> row).map(row -> "#" + row);
        assertEquals(List.of("#3", "#9"), page.items(), "in the list's order, a row gone meanwhile left out");
        assertEquals(List.of(List.of(3L, 13L, 9L)), asked, "only the page's rows are read");
        assertEquals(5, page.total());
        assertTrue(page.totalExact());
        assertEquals(1, page.offset());
        assertEquals(3, page.limit());
    }

    @Test
    void pastTheKeysNothingIsRead() {
        Page<Long> page = Page.ofKeys(List.of(1L, 2L), PageRequest.of(20, 10), this::rows, row -> row);
        assertTrue(page.items().isEmpty());
        assertTrue(asked.isEmpty());
        assertEquals(2, page.total());
    }

    @Test
    void aLongListOfKeysIsCountedOnlySoFar() {
        PageRequest first = PageRequest.of(0, 20);
        List<Long> keys = LongStream.range(0, Page.countLimit(first)).boxed().toList();
        Page<String> page = Page.ofKeys(keys, first, this::rows, row -> row).map(row -> "#" + row);
        assertEquals(19, page.items().size(), "20 keys, the 14th gone");
        assertFalse(page.totalExact(), "kept by map");
        assertEquals(Page.countLimit(first) - 1, page.total());
    }

    /** A list of keys 0..size-1 read as a query with first and max results would, each read recorded. */
    private Page.KeyReader<Long> reader(long size, List<List<Integer>> reads) {
        return (first, max) -> {
            reads.add(List.of(first, max));
            return LongStream.range(first, Math.min(size, (long) first + max)).boxed().toList();
        };
    }

    @Test
    void aPageByItsOffsetHasTheDatabaseSkipTheKeysBeforeIt() {
        List<List<Integer>> reads = new ArrayList<>();
        Page<Long> page = Page.ofKeys(reader(1_500, reads), PageRequest.of(1_000, 20), ids -> ids, id -> id, id -> PageCursor.of(id));
        assertEquals(List.of(List.of(1_000, 20 + Page.COUNT_AHEAD + 1)), reads, "from the page on, as many as a first page reads");
        assertEquals(LongStream.range(1_000, 1_020).boxed().toList(), page.items());
        assertEquals(1_000 + 20 + Page.COUNT_AHEAD, page.total());
        assertFalse(page.totalExact());
        assertEquals(PageCursor.of(1_019L).token(), page.next());

        reads.clear();
        Page<Long> nearTheEnd = Page.ofKeys(reader(1_030, reads), PageRequest.of(1_020, 20), ids -> ids, id -> id, id -> PageCursor.of(id));
        assertEquals(LongStream.range(1_020, 1_030).boxed().toList(), nearTheEnd.items());
        assertEquals(1_030, nearTheEnd.total());
        assertTrue(nearTheEnd.totalExact());
        assertEquals(null, nearTheEnd.next(), "nothing after it");
        assertEquals(1, reads.size());
    }

    @Test
    void aPagePastTheEndCountsTheListFromItsStart() {
        List<List<Integer>> reads = new ArrayList<>();
        Page<Long> page = Page.ofKeys(reader(30, reads), PageRequest.of(40, 20), this::rows, id -> id, null);
        assertTrue(page.items().isEmpty());
        assertTrue(asked.isEmpty(), "no row read");
        assertEquals(30, page.total());
        assertTrue(page.totalExact());
        assertEquals(List.of(List.of(40, 20 + Page.COUNT_AHEAD + 1), List.of(0, Page.countLimit(PageRequest.of(40, 20)))), reads);
    }

    @Test
    void afterACursorTheKeysAreReadFromItsPlace() {
        List<List<Integer>> reads = new ArrayList<>();
        PageRequest after = new PageRequest(40, 20, PageCursor.of(39L));
        // the reader stands for a query that starts after the cursor: key 40 is its first
        Page.KeyReader<Long> fromCursor = (first, max) -> {
            reads.add(List.of(first, max));
            return LongStream.range(40L + first, Math.min(50L, 40L + first + max)).boxed().toList();
        };
        Page<Long> page = Page.ofKeys(fromCursor, after, ids -> ids, id -> id, id -> PageCursor.of(id));
        assertEquals(List.of(List.of(0, 20 + Page.COUNT_AHEAD + 1)), reads);
        assertEquals(LongStream.range(40, 50).boxed().toList(), page.items());
        assertEquals(50, page.total());
        assertTrue(page.totalExact());
    }
}
