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

    static Program withFollowUp(long id, Long followUp, BerakhlakValue... addresses) {
        return new Program(id, "P" + id, "Pelayanan", Program.Form.WORKSHOP, 8, "BPSDM", List.of(addresses), List.of(), followUp, true);
    }

    @Test
    void completedProgrammesAreNotProposedAgainTheirFollowUpIsWhileWeak() {
        List<Program> catalogue = List.of(withFollowUp(1, 6L, BerakhlakValue.BERORIENTASI_PELAYANAN), withFollowUp(2, null),
                withFollowUp(6, null, BerakhlakValue.BERORIENTASI_PELAYANAN), program(7, false), withFollowUp(8, 7L));
        Set<BerakhlakValue> service = Set.of(BerakhlakValue.BERORIENTASI_PELAYANAN);
        assertEquals(List.of(1L, 2L, 6L, 8L), CoachingRules.proposed(Predikat.BUTUH_PERBAIKAN, service, catalogue, Set.of()));
        assertEquals(List.of(2L, 6L, 8L), CoachingRules.proposed(Predikat.BUTUH_PERBAIKAN, service, catalogue, Set.of(1L)),
                "the basic programme done: the advanced one (matching anyway) and the general ones");
        assertEquals(List.of(8L, 6L), CoachingRules.proposed(Predikat.KURANG_MISCONDUCT, Set.of(), catalogue, Set.of(1L, 2L)),
                "follow-up of the completed programme while the predikat is still weak");
        assertEquals(List.of(6L), CoachingRules.proposed(Predikat.BAIK, service, catalogue, Set.of(1L)),
                "a good predikat: what develops the value, not follow-ups as such");
        assertEquals(List.of(2L), CoachingRules.proposed(Predikat.SANGAT_KURANG, Set.of(), catalogue, Set.of(8L)), "an inactive follow-up is never proposed");
    }

    @Test
    void effectOfAProgramme() {
        assertEquals(CoachingRules.Effect.NO_DATA_YET, CoachingRules.effect(Predikat.BUTUH_PERBAIKAN, null));
        assertEquals(CoachingRules.Effect.IMPROVED, CoachingRules.effect(Predikat.BUTUH_PERBAIKAN, Predikat.BAIK));
        assertEquals(CoachingRules.Effect.WEAK, CoachingRules.effect(Predikat.BUTUH_PERBAIKAN, Predikat.BUTUH_PERBAIKAN));
        assertEquals(CoachingRules.Effect.WEAK, CoachingRules.effect(Predikat.SANGAT_KURANG, Predikat.KURANG_MISCONDUCT), "better, but still weak");
        assertEquals(CoachingRules.Effect.STEADY, CoachingRules.effect(Predikat.BAIK, Predikat.BAIK));
        assertEquals(CoachingRules.Effect.STEADY, CoachingRules.effect(null, Predikat.BAIK), "nothing to compare with");
        assertEquals(CoachingRules.Effect.STEADY, CoachingRules.effect(Predikat.SANGAT_BAIK, Predikat.BAIK));
    }

    static id.kinerja.appraisal.api.PredikatRecord record(String period, Predikat p) {
        return new id.kinerja.appraisal.api.PredikatRecord("198804042012032002", "U", id.kinerja.appraisal.api.Period.parse(period), p, null, null,
                null, 1, java.time.Instant.EPOCH, null);
    }

    @Test
    void predikatBeforeAndAfterASession() {
        List<id.kinerja.appraisal.api.PredikatRecord> history = List.of(record("2026-Q1", Predikat.KURANG_MISCONDUCT),
                record("2026-Q1", Predikat.BUTUH_PERBAIKAN), // an objection replaced it
                record("2026-Q2", Predikat.BUTUH_PERBAIKAN), record("2026", Predikat.BAIK), record("2026-Q4", Predikat.BAIK),
                record("2026-Q3", Predikat.BAIK));
        // a session in May: before = 2026-Q1 (ended 31 March), after = the latest ending after May (Q4)
        Predikat[] around = CoachingRules.aroundSession(history, LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 6));
        assertEquals(Predikat.BUTUH_PERBAIKAN, around[0]);
        assertEquals(Predikat.BAIK, around[1]);
        Predikat[] late = CoachingRules.aroundSession(history, LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 5));
        assertEquals(Predikat.BAIK, late[0]);
        assertEquals(null, late[1]);
        assertEquals(null, CoachingRules.aroundSession(List.of(), LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 6))[0]);
    }

    @Test
    void onlyCoacheeCoachAndSupervisorSeeAnAssignment() {
        assertTrue(CoachingRules.maySee("A", "A", "C", "S"));
        assertTrue(CoachingRules.maySee("C", "A", "C", "S"));
        assertTrue(CoachingRules.maySee("S", "A", "C", "S"));
        assertFalse(CoachingRules.maySee("X", "A", "C", "S"), "a colleague");
        assertFalse(CoachingRules.maySee("X", "A", "C", null));
        assertFalse(CoachingRules.maySee(null, "A", "C", "S"));
    }
}
