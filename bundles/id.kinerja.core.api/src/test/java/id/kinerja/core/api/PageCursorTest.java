package id.kinerja.core.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Where a page ends, as a token a client sends back. */
class PageCursorTest {

    @Test
    void aTokenGivesBackTheValuesItWasMadeOfWhateverTheyHold() {
        PageCursor cursor = PageCursor.of("sir budi", "Dr. Budi, S.Kom., M.T. 100% Ñandú", "198502302010011003");
        String token = cursor.token();
        assertTrue(token.matches("[A-Za-z0-9_-]+"), "safe in an address as it is: " + token);
        assertEquals(cursor, PageCursor.parse(token));
        assertEquals(List.of("", ","), PageCursor.parse(PageCursor.of("", ",").token()).values(), "empty values and commas kept");
    }

    @Test
    void noTokenIsNoCursorAndABrokenOneIsA400() {
        assertNull(PageCursor.parse(null));
        assertNull(PageCursor.parse(" "));
        assertNull(PageRequest.of(20, 20, "").after());
        assertEquals("INVALID_CURSOR", assertThrows(KinerjaException.class, () -> PageCursor.parse("not base64!")).getCode());
        assertEquals("INVALID_CURSOR", assertThrows(KinerjaException.class,
                () -> PageCursor.parse("a".repeat(PageCursor.MAX_TOKEN_LENGTH + 1))).getCode());
        assertEquals("after", assertThrows(KinerjaException.class, () -> PageRequest.of(0, 20, "%%%")).getField());
    }

    @Test
    void aCursorOfAnotherListIsA400() {
        PageCursor twoColumns = PageCursor.of("Budi", "198502302010011003");
        assertEquals(2, twoColumns.valuesFor(2).size());
        assertEquals("INVALID_CURSOR", assertThrows(KinerjaException.class, () -> twoColumns.valuesFor(3)).getCode());
    }

    @Test
    void aPageCarriesItsCursorThroughAView() {
        Page<Integer> page = new Page<>(List.of(1, 2), 10, 0, 2, true).withNext(PageCursor.of("b", "2"));
        assertEquals(PageCursor.of("b", "2"), PageCursor.parse(page.map(String::valueOf).next()));
        assertNull(new Page<>(List.of(1), 1, 0, 2).next(), "a last page has none");
    }

    @Test
    void aValueIsReadAsWhatItIsAndAnUnreadableOneIsA400() {
        PageCursor cursor = PageCursor.of(java.time.Instant.parse("2026-12-01T03:04:05.123456Z"), 42L);
        assertEquals(java.time.Instant.parse("2026-12-01T03:04:05.123456Z"), PageCursor.parse(cursor.token()).value(0, java.time.Instant::parse));
        assertEquals(Long.valueOf(42), cursor.<Long>value(1, Long::valueOf));
        assertEquals("INVALID_CURSOR", assertThrows(KinerjaException.class, () -> cursor.value(0, Long::valueOf)).getCode());
        assertEquals("INVALID_CURSOR", assertThrows(KinerjaException.class, () -> cursor.value(2, Long::valueOf)).getCode());
    }

    @Test
    void keysReadAfterACursorStartAtThePageWhichTheOffsetOnlyLabels() {
        List<Integer> all = java.util.stream.IntStream.rangeClosed(1, 1000).boxed().toList();
        PageRequest byOffset = new PageRequest(500, 20);
        assertEquals(Page.countLimit(byOffset), Page.keysToRead(byOffset));
        Page<Integer> fromOffset = Page.ofKeys(all.subList(0, Page.keysToRead(byOffset)), byOffset, keys -> keys, k -> k, k -> PageCursor.of(k));
        assertEquals(all.subList(500, 520), fromOffset.items());
        assertEquals(PageCursor.of(520), PageCursor.parse(fromOffset.next()));

        PageRequest after = new PageRequest(520, 20, PageCursor.of(520));
        assertEquals(20 + Page.COUNT_AHEAD + 1, Page.keysToRead(after), "no key before the page read");
        List<Integer> read = all.subList(520, 520 + Page.keysToRead(after));
        Page<Integer> next = Page.ofKeys(read, after, keys -> keys, k -> k, k -> PageCursor.of(k));
        assertEquals(all.subList(520, 540), next.items());
        assertEquals(520, next.offset());
        assertEquals(740, next.total(), "more than 740");
        assertFalse(next.totalExact());

        PageRequest last = new PageRequest(980, 20, PageCursor.of(980));
        Page<Integer> end = Page.ofKeys(all.subList(980, 1000), last, keys -> keys, k -> k, k -> PageCursor.of(k));
        assertEquals(1000, end.total());
        assertTrue(end.totalExact());
        assertNull(end.next(), "nothing after the last page");
        assertNull(Page.ofKeys(all, byOffset, keys -> keys, k -> k).next(), "a list without cursors gives none");
    }
}
