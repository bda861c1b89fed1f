package id.kinerja.coaching.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import id.kinerja.appraisal.api.BerakhlakValue;
import id.kinerja.appraisal.api.Predikat;

class CoachingRulesTest {

    static Program program(long id, boolean active, BerakhlakValue... addresses) {
        return new Program(id, "P" + id, "Pelayanan", Program.Form.WORKSHOP, 8, "BPSDM", List.of(addresses), List.of(), null, active);
    }

    static final List<Program> CATALOGUE = List.of(
            program(1, true, BerakhlakValue.BERORIENTASI_PELAYANAN), // pelayanan prima
            program(2, true), // manajemen waktu: general
            program(3, true, BerakhlakValue.KOLABORATIF, BerakhlakValue.HARMONIS), // komunikasi efektif
            program(4, false), // retired from the catalogue
            program(5, true, BerakhlakValue.AKUNTABEL));

    @Test
    void seatsFirstThenTheWaitingList() {
        assertEquals(Enrolment.Status.ENROLLED, CoachingRules.onApproval(2, 0));
        assertEquals(Enrolment.Status.ENROLLED, CoachingRules.onApproval(2, 1));
        assertEquals(Enrolment.Status.WAITLISTED, CoachingRules.onApproval(2, 2));
        assertEquals(Enrolment.Status.WAITLISTED, CoachingRules.onApproval(1, 5));
    }

    @Test
    void attendanceAndCompletion() {
        assertEquals(3, CoachingRules.sessionDays(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 4)));
        assertEquals(1, CoachingRules.sessionDays(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2)));
        assertEquals(66, CoachingRules.attendancePercent(2, 3), "rounded down");
        assertEquals(80, CoachingRules.attendancePercent(4, 5));
        assertTrue(CoachingRules.completes(4, 5, 80), "80% of the days is enough");
        assertFalse(CoachingRules.completes(2, 3, 80), "66% is not");
        assertTrue(CoachingRules.completes(3, 3, 100));
        assertTrue(CoachingRules.completes(0, 3, 0));
        assertEquals(0, CoachingRules.attendancePercent(0, 0));
    }

    @Test
    void developmentIsCalledForByAWeakPredikatOrAValueBelowExpectation() {
        assertTrue(CoachingRules.needsDevelopment(Predikat.BUTUH_PERBAIKAN, Set.of()));
        assertTrue(CoachingRules.needsDevelopment(Predikat.KURANG_MISCONDUCT, Set.of()));
        assertTrue(CoachingRules.needsDevelopment(Predikat.SANGAT_KURANG, Set.of()));
        assertFalse(CoachingRules.needsDevelopment(Predikat.BAIK, Set.of()));
        assertFalse(CoachingRules.needsDevelopment(Predikat.SANGAT_BAIK, Set.of()));
        assertTrue(CoachingRules.needsDevelopment(Predikat.BAIK, Set.of(BerakhlakValue.AKUNTABEL)), "Baik, but one value below expectation");
    }

    @Test
    void matchingProgrammes() {
        assertEquals(List.of(1L, 2L), CoachingRules.matching(Predikat.BUTUH_PERBAIKAN, Set.of(BerakhlakValue.BERORIENTASI_PELAYANAN), CATALOGUE),
                "the value's programme and the general ones; never an inactive one");
        assertEquals(List.of(3L), CoachingRules.matching(Predikat.BAIK, Set.of(BerakhlakValue.HARMONIS), CATALOGUE),
                "a good predikat: only what develops the weak value");
        assertEquals(List.of(2L), CoachingRules.matching(Predikat.SANGAT_KURANG, Set.of(), CATALOGUE));
        assertEquals(List.of(), CoachingRules.matching(Predikat.BAIK, Set.of(BerakhlakValue.LOYAL), CATALOGUE), "nothing in the catalogue for it");
    }

    @Test
    void shortfallOfTheYearlyMinimum() {
        assertEquals(20, CoachingRules.shortfall(0, 20));
        assertEquals(4, CoachingRules.shortfall(16, 20));
        assertEquals(0, CoachingRules.shortfall(20, 20));
        assertEquals(0, CoachingRules.shortfall(32, 20));
    }
}
