package id.kinerja.core.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

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
}
