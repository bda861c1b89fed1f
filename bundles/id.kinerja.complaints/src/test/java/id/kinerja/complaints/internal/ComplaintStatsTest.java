package id.kinerja.complaints.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

class ComplaintStatsTest {

    static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    static ComplaintStats.Item item(String unit, String received, String answered, String due, Integer rating) {
        return new ComplaintStats.Item(unit, Instant.parse(received), answered == null ? null : Instant.parse(answered),
                due == null ? null : LocalDate.parse(due), rating);
    }

    @Test
    void perUnitPerMonthInJakartaTime() {
        List<ComplaintStats.Row> rows = ComplaintStats.rows(List.of(
                item("DISDUK", "2026-03-02T01:00:00Z", "2026-03-02T05:00:00Z", "2026-03-20", 5), // 4 h, in time
                item("DISDUK", "2026-03-03T01:00:00Z", "2026-03-04T03:00:00Z", "2026-03-20", 3), // 26 h, in time
                item("DISDUK", "2026-03-04T01:00:00Z", "2026-03-30T01:00:00Z", "2026-03-24", null), // 624 h, late
                item("DISDUK", "2026-03-05T01:00:00Z", null, "2026-03-25", null), // not answered
                item(null, "2026-03-31T18:00:00Z", null, null, null), // 1 April in Jakarta, not assigned
                item("DLH", "2026-03-10T01:00:00Z", "2026-03-10T02:30:00Z", "2026-03-31", 4)), JAKARTA);
        assertEquals(3, rows.size());
        ComplaintStats.Row disduk = rows.get(0);
        assertEquals("DISDUK", disduk.unitCode());
        assertEquals("2026-03", disduk.month());
        assertEquals(4, disduk.received());
        assertEquals(3, disduk.answered());
        assertEquals(new BigDecimal("26.0"), disduk.medianHoursToAnswer());
        assertEquals(new BigDecimal("66.7"), disduk.answeredInTimePercent());
        assertEquals(2, disduk.rated());
        assertEquals(new BigDecimal("4.00"), disduk.satisfaction());
        assertEquals("DLH", rows.get(1).unitCode());
        assertEquals(new BigDecimal("1.5"), rows.get(1).medianHoursToAnswer());
        ComplaintStats.Row april = rows.get(2);
        assertEquals("2026-04", april.month());
        assertEquals("-", april.unitCode());
        assertNull(april.medianHoursToAnswer());
        assertNull(april.answeredInTimePercent());
        assertNull(april.satisfaction());
    }

    @Test
    void medianOfOddAndEvenCounts() {
        assertEquals(3.0, ComplaintStats.median(List.of(1L, 3L, 10L)));
        assertEquals(6.5, ComplaintStats.median(List.of(1L, 3L, 10L, 20L)));
        assertEquals(7.0, ComplaintStats.median(List.of(7L)));
    }
}
