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

    /**
     * The programmes to propose to a person who already completed {@code completed}: the matching
     * ones they have not done, and, while the predikat is still weak, the follow-up (advanced)
     * programme of each they did complete.
     */
    static List<Long> proposed(Predikat predikat, Set<BerakhlakValue> belowExpectation, List<Program> catalogue, Set<Long> completed) {
        java.util.LinkedHashSet<Long> ids = new java.util.LinkedHashSet<>(matching(predikat, belowExpectation, catalogue));
        ids.removeAll(completed);
        if (predikat.needsCoaching()) {
            Set<Long> active = catalogue.stream().filter(Program::active).map(Program::id).collect(java.util.stream.Collectors.toSet());
            catalogue.stream().filter(p -> completed.contains(p.id()) && p.followUpProgramId() != null)
                    .map(Program::followUpProgramId).filter(active::contains).filter(id -> !completed.contains(id)).forEach(ids::add);
        }
        return List.copyOf(ids);
    }

    /** What a programme did for a participant, by their predikat before and after it. */
    enum Effect {
        /** After is better than before. */
        IMPROVED,
        /** Neither better nor weak (e.g. Baik before and after). */
        STEADY,
        /** After is still Butuh Perbaikan or lower: a follow-up is called for. */
        WEAK,
        /** No final predikat of a period ending after the session yet. */
        NO_DATA_YET
    }

    /** The effect, from the predikat before (may be null) and after (null when none yet). */
    static Effect effect(Predikat before, Predikat after) {
        if (after == null) {
            return Effect.NO_DATA_YET;
        }
        if (after.needsCoaching()) {
            return Effect.WEAK;
        }
        return before != null && after.ordinal() < before.ordinal() ? Effect.IMPROVED : Effect.STEADY;
    }

    /**
     * The predikat in force before a session (the latest of a period that ended on or before its
     * first day) and after it (the latest of a period that ended after its last day), from a
     * person's history (oldest first; a later record of the same period replaces an earlier one).
     * Annual predikat are left out: they overlap the quarters.
     */
    static Predikat[] aroundSession(List<id.kinerja.appraisal.api.PredikatRecord> history, LocalDate start, LocalDate end) {
        java.util.Map<id.kinerja.appraisal.api.Period, Predikat> inForce = new java.util.TreeMap<>();
        history.stream().filter(r -> !r.period().isAnnual()).forEach(r -> inForce.put(r.period(), r.predikat()));
        Predikat before = null;
        Predikat after = null;
        for (java.util.Map.Entry<id.kinerja.appraisal.api.Period, Predikat> e : inForce.entrySet()) {
            if (!e.getKey().lastDay().isAfter(start)) {
                before = e.getValue();
            } else if (e.getKey().lastDay().isAfter(end)) {
                after = e.getValue();
            }
        }
        return new Predikat[] { before, after };
    }

    /** Who may see a coaching assignment: the coachee, the coach and the coachee's direct supervisor. */
    static boolean maySee(String actor, String coachee, String coach, String supervisorOfCoachee) {
        return actor != null && (actor.equals(coachee) || actor.equals(coach) || actor.equals(supervisorOfCoachee));
    }

    /** How many JP short of the yearly minimum (0 when reached). */
    static int shortfall(int hours, int minimum) {
        return Math.max(0, minimum - hours);
    }
}
