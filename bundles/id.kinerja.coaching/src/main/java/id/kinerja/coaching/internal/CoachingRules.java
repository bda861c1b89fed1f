package id.kinerja.coaching.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import id.kinerja.appraisal.api.BerakhlakValue;
import id.kinerja.appraisal.api.Predikat;

/** The module's rules, free of storage: seats, attendance, completion and proposals. */
final class CoachingRules {

    private CoachingRules() {
    }

    /** An approved nomination takes a seat while there is one, otherwise joins the waiting list. */
    static Enrolment.Status onApproval(int capacity, long seatsTaken) {
        return seatsTaken < capacity ? Enrolment.Status.ENROLLED : Enrolment.Status.WAITLISTED;
    }

    /** The days of a session, first to last. */
    static int sessionDays(LocalDate start, LocalDate end) {
        return (int) ChronoUnit.DAYS.between(start, end) + 1;
    }

    /** Whole percent of the session's days the participant was present (rounded down). */
    static int attendancePercent(int daysPresent, int sessionDays) {
        return sessionDays <= 0 ? 0 : daysPresent * 100 / sessionDays;
    }

    /** Completed when present at least the minimum share of the days; only then the JP count. */
    static boolean completes(int daysPresent, int sessionDays, int minimumPercent) {
        return attendancePercent(daysPresent, sessionDays) >= minimumPercent;
    }

    /** Whether the appraisal's outcome calls for development: a weak predikat or a value below expectation. */
    static boolean needsDevelopment(Predikat predikat, Collection<BerakhlakValue> belowExpectation) {
        return predikat.needsCoaching() || !belowExpectation.isEmpty();
    }

    /**
     * The programmes to propose: those developing a value rated below expectation, and, for a weak
     * predikat, the general ones (developing no particular value); active programmes only, in
     * catalogue order.
     */
    static List<Long> matching(Predikat predikat, Set<BerakhlakValue> belowExpectation, List<Program> catalogue) {
        return catalogue.stream().filter(Program::active)
                .filter(p -> p.addresses().stream().anyMatch(belowExpectation::contains)
                        || predikat.needsCoaching() && p.addresses().isEmpty())
                .map(Program::id).toList();
    }

    /** How many JP short of the yearly minimum (0 when reached). */
    static int shortfall(int hours, int minimum) {
        return Math.max(0, minimum - hours);
    }
}
