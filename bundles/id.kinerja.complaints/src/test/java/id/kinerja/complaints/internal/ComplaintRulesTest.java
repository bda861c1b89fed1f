package id.kinerja.complaints.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ComplaintRulesTest {

    static final WorkingDays PLAIN = new WorkingDays(Set.of());
    /** Christmas 2026 is a Friday; cuti bersama on Thursday 24 December. */
    static final WorkingDays DECEMBER = new WorkingDays(Set.of(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 25)));

    @Test
    void deadlinesCountWorkingDaysOnly() {
        LocalDate friday = LocalDate.of(2026, 11, 20);
        assertEquals(LocalDate.of(2026, 11, 25), PLAIN.plus(friday, 3), "Friday + 3 working days = Wednesday");
        assertEquals(LocalDate.of(2026, 11, 27), PLAIN.plus(friday, 5));
        assertEquals(LocalDate.of(2026, 12, 10), PLAIN.plus(friday, 14), "14 working days = almost three weeks");
        assertEquals(friday, PLAIN.plus(friday, 0));
        LocalDate saturday = LocalDate.of(2026, 11, 21);
        assertEquals(LocalDate.of(2026, 11, 23), PLAIN.plus(saturday, 1), "received on a Saturday: the first working day is Monday");
        // over Christmas: 23 Dec (Wed) + 3 = 30 Dec (Wed): 24, 25 and the weekend do not count
        assertEquals(LocalDate.of(2026, 12, 30), DECEMBER.plus(LocalDate.of(2026, 12, 23), 3));
        assertEquals(LocalDate.of(2026, 12, 28), PLAIN.plus(LocalDate.of(2026, 12, 23), 3));
        assertThrows(IllegalArgumentException.class, () -> PLAIN.plus(friday, -1));
    }

    @Test
    void workingDaysBetweenTwoDates() {
        LocalDate monday = LocalDate.of(2026, 11, 23);
        assertEquals(0, PLAIN.between(monday, monday));
        assertEquals(4, PLAIN.between(monday, LocalDate.of(2026, 11, 27)));
        assertEquals(5, PLAIN.between(monday, LocalDate.of(2026, 11, 30)), "the weekend does not count");
        assertEquals(-4, PLAIN.between(LocalDate.of(2026, 11, 27), monday));
        assertEquals(1, DECEMBER.between(LocalDate.of(2026, 12, 23), LocalDate.of(2026, 12, 28)));
        assertFalse(DECEMBER.isWorkingDay(LocalDate.of(2026, 12, 25)));
        assertTrue(DECEMBER.isWorkingDay(LocalDate.of(2026, 12, 23)));
    }

    @Test
    void holidaysFromConfiguration() {
        assertEquals(Set.of(LocalDate.of(2026, 12, 25), LocalDate.of(2027, 1, 1)), ComplaintRecords.holidays(" 2026-12-25, 2027-01-01 ,"));
        assertEquals(Set.of(), ComplaintRecords.holidays(""));
        assertThrows(IllegalArgumentException.class, () -> ComplaintRecords.holidays("25-12-2026"));
    }

    /** A clock the test moves. */
    @Test
    void aLockTimeoutIsTriedAgainOtherFailuresAreNot() {
        int[] calls = { 0 };
        RuntimeException lockTimeout = new javax.persistence.PersistenceException(
                new java.sql.SQLTransactionRollbackException("A lock could not be obtained within the time requested", "40XL1"));
        assertEquals("filed", TransientFailures.retry(() -> {
            if (++calls[0] < 3) {
                throw lockTimeout;
            }
            return "filed";
        }));
        assertEquals(3, calls[0]);
        calls[0] = 0;
        assertThrows(IllegalStateException.class, () -> TransientFailures.retry(() -> {
            calls[0]++;
            throw new IllegalStateException("a bug");
        }));
        assertEquals(1, calls[0], "a fault of ours is never repeated");
        calls[0] = 0;
        assertThrows(javax.persistence.PersistenceException.class, () -> TransientFailures.retry(() -> {
            calls[0]++;
            throw lockTimeout;
        }));
        assertEquals(TransientFailures.ATTEMPTS, calls[0]);
    }

    @Test
    void publishedCoordinatesAreRoundedToAbout100Metres() {
        assertEquals(new java.math.BigDecimal("3.327"), Open311Publication.publicCoordinate(new java.math.BigDecimal("3.32712345")));
        assertEquals(new java.math.BigDecimal("99.164"), Open311Publication.publicCoordinate(new java.math.BigDecimal("99.1635")));
        assertEquals(null, Open311Publication.publicCoordinate(null));
    }

    @Test
    void statesFollowTheFlow() {
        assertTrue(ComplaintStatus.RECEIVED.canGoTo(ComplaintStatus.VERIFIED));
        assertTrue(ComplaintStatus.RECEIVED.canGoTo(ComplaintStatus.REJECTED));
        assertFalse(ComplaintStatus.RECEIVED.canGoTo(ComplaintStatus.ANSWERED), "no answer before verification and assignment");
        assertTrue(ComplaintStatus.VERIFIED.canGoTo(ComplaintStatus.ASSIGNED));
        assertTrue(ComplaintStatus.ASSIGNED.canGoTo(ComplaintStatus.ASSIGNED), "reassigned to another unit");
        assertTrue(ComplaintStatus.IN_PROGRESS.canGoTo(ComplaintStatus.ANSWERED));
        assertTrue(ComplaintStatus.ANSWERED.canGoTo(ComplaintStatus.IN_PROGRESS), "reopened");
        assertTrue(ComplaintStatus.CLOSED.canGoTo(ComplaintStatus.IN_PROGRESS), "reopened within the window");
        assertFalse(ComplaintStatus.REJECTED.canGoTo(ComplaintStatus.VERIFIED));
        assertFalse(ComplaintStatus.ANSWERED.canGoTo(ComplaintStatus.REJECTED));
        assertTrue(ComplaintStatus.IN_PROGRESS.isOpen());
        assertFalse(ComplaintStatus.ANSWERED.isOpen());
        assertEquals("open", ComplaintStatus.ASSIGNED.open311());
        assertEquals("closed", ComplaintStatus.REJECTED.open311());
    }

    @Test
    void warningBeforeTheDeadlineEscalationAfter() {
        LocalDate monday = LocalDate.of(2026, 11, 23);
        Deadline far = ComplaintRecords.deadlineOf(LocalDate.of(2026, 11, 26), monday, PLAIN, 2);
        assertEquals(3, far.workingDaysLeft());
        assertFalse(far.warning());
        assertFalse(far.overdue());
        assertTrue(ComplaintRecords.deadlineOf(LocalDate.of(2026, 11, 25), monday, PLAIN, 2).warning(), "2 working days left: warned");
        Deadline today = ComplaintRecords.deadlineOf(monday, monday, PLAIN, 2);
        assertTrue(today.warning() && !today.overdue() && today.workingDaysLeft() == 0, "due today: still in time");
        Deadline late = ComplaintRecords.deadlineOf(LocalDate.of(2026, 11, 20), monday, PLAIN, 2);
        assertTrue(late.overdue() && !late.warning(), "due last Friday: overdue, escalated");
        assertEquals(-1, late.workingDaysLeft(), "one working day late (the weekend does not count)");
        assertFalse(ComplaintRecords.deadlineOf(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 11, 27), PLAIN, 0).warning(),
                "Friday, due Monday, no warning days configured");
    }
}
