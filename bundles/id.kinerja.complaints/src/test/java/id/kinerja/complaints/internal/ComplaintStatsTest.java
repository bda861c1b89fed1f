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

    @Test
    void aWitaCityCountsAComplaintOnItsOwnDayNotJakartasNorUtcs() {
        ZoneId wita = ZoneId.of("Asia/Makassar");
        List<ComplaintStats.Row> rows = ComplaintStats.rows(List.of(
                // Friday 31 July 2026, 23:30 WITA: Friday, so July (not Saturday 1 August); answered 23:45 WITA, in time
                item("DISDUK", "2026-07-31T15:30:00Z", "2026-07-31T15:45:00Z", "2026-07-31", null),
                // Saturday 1 August, 00:30 WITA (Friday 23:30 in Jakarta): August
                item("DISDUK", "2026-07-31T16:30:00Z", null, null, null),
                // Friday 1 May, 07:30 WITA (Thursday 30 April, 23:30 UTC): May; answered Saturday 00:15 WITA, a day late
                item("DLH", "2026-04-30T23:30:00Z", "2026-05-01T16:15:00Z", "2026-05-01", null)), wita);
        assertEquals(List.of("2026-05 DLH 1", "2026-07 DISDUK 1", "2026-08 DISDUK 1"),
                rows.stream().map(r -> r.month() + " " + r.unitCode() + " " + r.received()).toList());
        assertEquals(new BigDecimal("0.0"), rows.get(0).answeredInTimePercent(), "answered on Saturday in the city: late");
        assertEquals(new BigDecimal("100.0"), rows.get(1).answeredInTimePercent(), "answered on Friday in the city: in time");
        // the same complaints in a WIB city: the Saturday 00:30 WITA one is Friday's, the late answer was in time
        List<ComplaintStats.Row> jakarta = ComplaintStats.rows(List.of(item("DISDUK", "2026-07-31T16:30:00Z", null, null, null),
                item("DLH", "2026-04-30T23:30:00Z", "2026-05-01T16:15:00Z", "2026-05-01", null)), JAKARTA);
        assertEquals(List.of("2026-05", "2026-07"), jakarta.stream().map(ComplaintStats.Row::month).toList());
        assertEquals(new BigDecimal("100.0"), jakarta.get(0).answeredInTimePercent());
    }
}
