package id.kinerja.appraisal.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import id.kinerja.appraisal.api.BehaviourExpectation;
import id.kinerja.appraisal.api.BerakhlakValue;
import id.kinerja.appraisal.api.Indicator;
import id.kinerja.appraisal.api.IndicatorAspect;
import id.kinerja.appraisal.api.PlanStatus;
import id.kinerja.appraisal.api.SkpPlan;
import id.kinerja.appraisal.api.WorkResult;

class SubmittedContentTest {

    private static SkpPlan plan(List<WorkResult> results) {
        Instant at = Instant.parse("2026-01-05T02:00:00Z");
        return new SkpPlan(7, "198001012005011001", 2026, 1, PlanStatus.SUBMITTED, "BKPSDM", "197903182013102070", results,
                List.of(new BehaviourExpectation(BerakhlakValue.AKUNTABEL, "Menyelesaikan tugas tepat waktu"),
                        new BehaviourExpectation(BerakhlakValue.HARMONIS, "Menghargai rekan \"tim\" & atasan\nbaris dua")),
                null, at, null, at);
    }

    @Test
    void aPlansContentIsReadBackAsItWasWritten() {
        // the database gives a target with its column's scale (DECIMAL(19, 4)): kept, so that the API writes it alike
        SkpPlan plan = plan(List.of(
                new WorkResult(11L, "Layanan kenaikan pangkat", 3L, "Pelayanan kepegawaian yang cepat", List.of(
                        new Indicator(21L, "Berkas diselesaikan", IndicatorAspect.QUANTITY, new BigDecimal("120.0000"), "berkas"),
                        new Indicator(22L, "Kepuasan pemohon", IndicatorAspect.QUALITY, new BigDecimal("92.5000"), "persen"))),
                new WorkResult(12L, "Arsip digital", null, null, List.of())));
        SubmittedContent.Content read = SubmittedContent.read(SubmittedContent.write(plan));
        assertEquals(plan.workResults(), read.workResults());
        assertEquals(plan.behaviours(), read.behaviours());
        assertEquals(4, read.workResults().get(0).indicators().get(0).target().scale());
    }

    @Test
    void aContentLongerThanTheColumnIsNotKept() {
        List<WorkResult> results = new ArrayList<>();
        for (long i = 0; i < 20; i++) {
            results.add(new WorkResult(i, "r".repeat(1000), null, "g".repeat(1000), List.of()));
        }
        assertNull(SubmittedContent.write(plan(results)), "40,000 characters of text do not fit the row");
        String fits = SubmittedContent.write(plan(results.subList(0, 15)));
        assertTrue(fits.length() > 30_000 && fits.length() <= SubmittedContent.MAX_LENGTH, "30,000 characters and a little do: " + fits.length());
    }

    @Test
    void aTextThatIsNoPlansContentIsRefused() {
        assertThrows(IllegalStateException.class, () -> SubmittedContent.read("{\"workResults\":"));
    }
}
