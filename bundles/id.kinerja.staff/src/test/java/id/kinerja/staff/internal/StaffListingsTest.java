package id.kinerja.staff.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

class StaffListingsTest {

    @Test
    void theNextStartIsTheLeastDigitsAfterEveryNipThatStartsSo() {
        assertEquals("198", StaffListings.nextStart("1979"));
        assertEquals("2", StaffListings.nextStart("1999"));
        assertEquals("1", StaffListings.nextStart("0"));
        assertEquals("198", StaffListings.nextStart("19799"));
        assertEquals("197903182014", StaffListings.nextStart("197903182013"));
        assertNull(StaffListings.nextStart("99"), "nothing comes after every start of 99");
    }

    @Test
    void theRangeHoldsExactlyTheNipsThatStartWithTheDigits() {
        Random random = new Random(18);
        List<String> nips = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            StringBuilder nip = new StringBuilder();
            // few distinct digits, so that many NIPs share long starts, and some all nines
            for (int d = 0; d < 18; d++) {
                nip.append(i % 97 == 0 ? '9' : (char) ('0' + random.nextInt(3) * 4 + (d % 2)));
            }
            nips.add(nip.toString());
        }
        for (int t = 0; t < 500; t++) {
            String nip = nips.get(random.nextInt(nips.size()));
            String start = nip.substring(0, 1 + random.nextInt(18));
            String next = StaffListings.nextStart(start);
            for (String other : nips) {
                boolean inRange = other.compareTo(start) >= 0 && (next == null || other.compareTo(next) < 0);
                assertEquals(other.startsWith(start), inRange, other + " against the start " + start + " (to " + next + ")");
            }
        }
    }

    @Test
    void aSearchByDigitsReadsTheirRangeOfThePrimaryKeyAndChecksTheStart() {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> params = new HashMap<>();
        assertTrue(StaffListings.searchWords("1979 0318.2013", where, params).isEmpty(), "digits are no words of a name");
        assertEquals(" WHERE 1 = 1 AND s.nip >= :nipFrom AND s.nip < :nipBefore AND s.nip LIKE :nipStart", where.toString());
        assertEquals(Map.of("nipFrom", "197903182013", "nipBefore", "197903182014", "nipStart", "197903182013%"), params);

        StringBuilder nines = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> ninesParams = new HashMap<>();
        StaffListings.searchWords("999", nines, ninesParams);
        assertEquals(" WHERE 1 = 1 AND s.nip >= :nipFrom AND s.nip LIKE :nipStart", nines.toString(), "no end after 999");
        assertEquals(Map.of("nipFrom", "999", "nipStart", "999%"), ninesParams);
    }
}
