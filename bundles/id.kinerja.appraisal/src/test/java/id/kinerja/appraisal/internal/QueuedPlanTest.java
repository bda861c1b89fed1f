package id.kinerja.appraisal.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import id.kinerja.appraisal.api.BehaviourExpectation;
import id.kinerja.appraisal.api.BerakhlakValue;
import id.kinerja.appraisal.api.Indicator;
import id.kinerja.appraisal.api.IndicatorAspect;
import id.kinerja.appraisal.api.PlanStatus;
import id.kinerja.appraisal.api.SkpPlan;
import id.kinerja.appraisal.api.WorkResult;
import id.kinerja.core.api.Page;

class QueuedPlanTest {

    /** Configured for dates as the API's mapper is (id.kinerja.rest: ISO-8601 texts, not numbers). */
    private static final ObjectMapper API = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private static SkpPlan plan(String comment, Instant decidedAt) {
        Instant submitted = Instant.parse("2026-01-05T02:00:00.123456Z");
        return new SkpPlan(7, "198001012005011001", 2026, 2, PlanStatus.SUBMITTED, "BKPSDM", "197903182013102070", List.of(
                new WorkResult(11L, "Layanan kenaikan pangkat \"tepat waktu\"", 3L, "Pelayanan kepegawaian", List.of(
                        new Indicator(21L, "Berkas diselesaikan", IndicatorAspect.QUANTITY, new BigDecimal("120.0000"), "berkas"),
                        new Indicator(22L, "Kepuasan pemohon ≥ 90 %", IndicatorAspect.QUALITY, new BigDecimal("92.5"), "persen"))),
                new WorkResult(12L, "Arsip digital\nbaris dua", null, null, List.of())),
                List.of(new BehaviourExpectation(BerakhlakValue.AKUNTABEL, "Menyelesaikan tugas tepat waktu"),
                        new BehaviourExpectation(BerakhlakValue.HARMONIS, null)),
                comment, submitted, decidedAt, submitted);
    }

    /** The plan as a queue holds it, with its content as this text (as {@link PlanRows} makes it). */
    private static QueuedPlan queued(SkpPlan plan, String content) {
        return new QueuedPlan(plan.id(), plan.nip(), plan.year(), plan.version(), plan.status(), plan.unitCode(), plan.raterNip(),
                content, plan.comment(), plan.submittedAt(), plan.decidedAt(), plan.updatedAt(), 1L);
    }

    @Test
    void aQueuedPlanIsWrittenAsThePlanItStandsFor() throws Exception {
        for (SkpPlan plan : List.of(plan(null, null), plan("Perbaiki target \\ indikator", Instant.parse("2026-01-04T00:00:00Z")))) {
            QueuedPlan queued = queued(plan, SubmittedContent.text(plan.workResults(), plan.behaviours()));
            assertEquals(API.writeValueAsString(plan), API.writeValueAsString(queued), "the same JSON, to the character");
            assertEquals(plan, queued.plan());
        }
    }

    @Test
    void aPlansContentKeptInItsRowIsCopiedAsItIs() throws Exception {
        SkpPlan plan = plan(null, null);
        String kept = SubmittedContent.write(plan);
        QueuedPlan queued = queued(plan, kept);
        Page<QueuedPlan> page = new Page<>(List.of(queued, queued), 2, 0, 20);
        assertEquals(API.writeValueAsString(new Page<>(List.of(plan, plan), 2, 0, 20)), API.writeValueAsString(page));
        assertEquals(plan, queued.plan());
    }

    @Test
    void aTextThatIsNoObjectIsRefused() {
        Instant at = Instant.parse("2026-01-05T02:00:00Z");
        for (String content : new String[] { null, "", "{}", "[1]", "{\"workResults\":[]" }) {
            assertThrows(IllegalArgumentException.class, () -> new QueuedPlan(1, "198001012005011001", 2026, 1, PlanStatus.SUBMITTED,
                    "BKPSDM", "197903182013102070", content, null, at, null, at, 1L), String.valueOf(content));
        }
    }
}
