package id.kinerja.appraisal.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntFunction;

import org.junit.jupiter.api.Test;

import id.kinerja.appraisal.api.Evaluation;
import id.kinerja.appraisal.api.EvaluationStatus;
import id.kinerja.appraisal.api.Period;
import id.kinerja.appraisal.api.PlanStatus;
import id.kinerja.appraisal.api.SkpPlan;
import id.kinerja.core.api.Page;
import id.kinerja.core.api.PageCursor;
import id.kinerja.core.api.PageRequest;

class QueuedViewsTest {

    private static final Instant SUBMITTED = Instant.parse("2026-01-05T02:00:00Z");
    private static final Instant RESUBMITTED = Instant.parse("2026-01-06T03:00:00.000001Z");

    private final List<List<Long>> reads = new ArrayList<>();

    private Function<List<Long>, List<SkpPlan>> database(Map<Long, SkpPlan> rows) {
        return ids -> {
            reads.add(List.copyOf(ids));
            return ids.stream().map(rows::get).toList();
        };
    }

    private static SkpPlan plan(long id, int version, Instant updatedAt) {
        return new SkpPlan(id, "19800101200501100" + id, 2026, version, PlanStatus.SUBMITTED, "BKPSDM", "197903182013102070", List.of(),
                List.of(), null, updatedAt, null, updatedAt);
    }

    private static QueuedViews<SkpPlan, Instant> plans() {
        return new QueuedViews<>(SkpPlan::id, SkpPlan::updatedAt);
    }

    private static Evaluation evaluation(long id, EvaluationStatus status, Instant updatedAt) {
        return new Evaluation(id, 10 + id, "19800101200501100" + id, "BKPSDM", "197903182013102070", Period.parse("2026-Q1"), status,
                null, null, null, null, null, updatedAt);
    }

    @Test
    void aPlanShownBeforeIsNotReadAgainWhileItsRowIsUnchanged() {
        QueuedViews<SkpPlan, Instant> views = plans();
        Map<Long, SkpPlan> rows = Map.of(1L, plan(1, 1, SUBMITTED), 2L, plan(2, 1, SUBMITTED));
        Map<Long, Instant> stamps = Map.of(1L, SUBMITTED, 2L, SUBMITTED);
        assertEquals(2, views.of(List.of(1L, 2L), stamps, database(rows)).size());
        assertEquals(List.of(rows.get(1L), rows.get(2L)), views.of(List.of(1L, 2L), stamps, database(rows)));
        assertEquals(List.of(List.of(1L, 2L)), reads, "read once, then served as kept");
    }

    @Test
    void aPlanChangedSinceIsReadAgainAndTheNewOneKept() {
        QueuedViews<SkpPlan, Instant> views = plans();
        views.of(List.of(1L, 2L), Map.of(1L, SUBMITTED, 2L, SUBMITTED), database(Map.of(1L, plan(1, 1, SUBMITTED), 2L, plan(2, 1, SUBMITTED))));
        // returned, edited and submitted again on another node: only its time of change tells
        SkpPlan edited = plan(2, 2, RESUBMITTED);
        Map<Long, SkpPlan> now = Map.of(1L, plan(1, 1, SUBMITTED), 2L, edited);
        List<SkpPlan> shown = views.of(List.of(1L, 2L), Map.of(1L, SUBMITTED, 2L, RESUBMITTED), database(now));
        assertEquals(2, shown.get(1).version(), "the edited plan, not the one kept");
        assertEquals(List.of(List.of(1L, 2L), List.of(2L)), reads);
        views.of(List.of(2L), Map.of(2L, RESUBMITTED), database(now));
        assertEquals(2, reads.size(), "the new plan is kept");
    }

    @Test
    void aPlanWithoutItsTimeOfChangeIsAlwaysRead() {
        QueuedViews<SkpPlan, Instant> views = plans();
        Map<Long, SkpPlan> rows = Map.of(1L, plan(1, 1, SUBMITTED));
        views.of(List.of(1L), Map.of(), database(rows));
        views.of(List.of(1L), Map.of(), database(rows));
        assertEquals(2, reads.size());
    }

    @Test
    void theLeastRecentlyShownPlansAreDroppedBeyondTheCapacity() {
        QueuedViews<SkpPlan, Instant> views = new QueuedViews<>(2, SkpPlan::id, SkpPlan::updatedAt);
        Map<Long, SkpPlan> rows = Map.of(1L, plan(1, 1, SUBMITTED), 2L, plan(2, 1, SUBMITTED), 3L, plan(3, 1, SUBMITTED));
        Map<Long, Instant> stamps = Map.of(1L, SUBMITTED, 2L, SUBMITTED, 3L, SUBMITTED);
        views.of(List.of(1L, 2L), stamps, database(rows));
        views.of(List.of(1L), stamps, database(rows)); // 1 shown again: 2 is now the least recent
        views.of(List.of(3L), stamps, database(rows));
        assertEquals(2, views.size());
        reads.clear();
        views.of(List.of(1L, 2L, 3L), stamps, database(rows));
        assertEquals(List.of(List.of(2L)), reads, "2 was dropped, 1 and 3 kept");
    }

    @Test
    void anEvaluationRatedSinceItWasShownIsReadAgain() {
        QueuedViews<Evaluation, Instant> views = new QueuedViews<>(Evaluation::id, Evaluation::updatedAt);
        List<List<Long>> evaluationReads = new ArrayList<>();
        Map<Long, Evaluation> open = Map.of(1L, evaluation(1, EvaluationStatus.OPEN, SUBMITTED), 2L, evaluation(2, EvaluationStatus.OPEN, SUBMITTED));
        Function<List<Long>, List<Evaluation>> beforeRating = ids -> {
            evaluationReads.add(List.copyOf(ids));
            return ids.stream().map(open::get).toList();
        };
        views.of(List.of(1L, 2L), Map.of(1L, SUBMITTED, 2L, SUBMITTED), beforeRating);
        views.of(List.of(1L, 2L), Map.of(1L, SUBMITTED, 2L, SUBMITTED), beforeRating);
        assertEquals(List.of(List.of(1L, 2L)), evaluationReads, "read once while unchanged");
        Evaluation rated = evaluation(2, EvaluationStatus.RATED, RESUBMITTED);
        List<Evaluation> shown = views.of(List.of(1L, 2L), Map.of(1L, SUBMITTED, 2L, RESUBMITTED), ids -> {
            evaluationReads.add(List.copyOf(ids));
            return List.of(rated);
        });
        assertEquals(List.of(List.of(1L, 2L), List.of(2L)), evaluationReads, "only the rated one read again");
        assertEquals(EvaluationStatus.RATED, shown.stream().filter(e -> e.id() == 2).findFirst().orElseThrow().status());
    }

    @Test
    void aQueuesFirstLookReadsItsPageWholeAndCountsAQueueThatEndsThere() {
        QueuedViews<SkpPlan, Instant> views = plans();
        List<SkpPlan> queue = List.of(plan(1, 1, SUBMITTED), plan(2, 1, SUBMITTED));
        List<Integer> asked = new ArrayList<>();
        IntFunction<List<SkpPlan>> rows = n -> {
            asked.add(n);
            return queue.subList(0, Math.min(n, queue.size()));
        };
        Page<SkpPlan> page = views.firstPage("rater", PageRequest.of(0, 20), rows).orElseThrow();
        assertEquals(queue, page.items());
        assertEquals(2, page.total());
        assertTrue(page.totalExact());
        assertEquals(List.of(21), asked, "one more than the page");
        assertTrue(views.firstPage("rater", PageRequest.of(0, 20), rows).isEmpty(), "its views kept: read by the keys");
        assertEquals(1, asked.size());
        // the keys then read the same queue: nothing is read again while unchanged
        assertEquals(queue, views.of(List.of(1L, 2L), Map.of(1L, SUBMITTED, 2L, SUBMITTED), database(Map.of())));
        assertEquals(List.of(), reads);
    }

    @Test
    void aQueueLongerThanThePageIsCountedByItsKeysWithThePageKept() {
        QueuedViews<SkpPlan, Instant> views = plans();
        List<SkpPlan> queue = List.of(plan(1, 1, SUBMITTED), plan(2, 1, SUBMITTED));
        assertTrue(views.firstPage("rater", PageRequest.of(0, 1), n -> queue.subList(0, n)).isEmpty());
        assertEquals(List.of(queue.get(0)), views.of(List.of(1L), Map.of(1L, SUBMITTED), database(Map.of())), "the page's plan kept");
        assertEquals(List.of(), reads);
    }

    @Test
    void onlyAFirstPageWhoseViewsAreAllKeptIsReadByItsKeys() {
        QueuedViews<SkpPlan, Instant> views = new QueuedViews<>(2, SkpPlan::id, SkpPlan::updatedAt);
        List<Integer> asked = new ArrayList<>();
        IntFunction<List<SkpPlan>> two = n -> {
            asked.add(n);
            return List.of(plan(1, 1, SUBMITTED), plan(2, 1, SUBMITTED));
        };
        assertTrue(views.firstPage("rater", PageRequest.of(20, 20), two).isEmpty(), "not a first page");
        assertTrue(views.firstPage("rater", new PageRequest(0, 20, PageCursor.of(SUBMITTED, 1L)), two).isEmpty(), "after a cursor");
        assertEquals(List.of(), asked);
        views.firstPage("rater", PageRequest.of(0, 20), two);
        views.of(List.of(3L), Map.of(3L, SUBMITTED), database(Map.of(3L, plan(3, 1, SUBMITTED)))); // 1 dropped for 3
        views.firstPage("rater", PageRequest.of(0, 20), two);
        assertEquals(List.of(21, 21), asked, "read whole again: not all its views kept");
        views.shown("another rater", PageRequest.of(0, 20), new Page<>(List.of(), 0, 0, 20));
        views.firstPage("another rater", PageRequest.of(0, 20), two);
        assertEquals(3, asked.size(), "an empty queue: what came into it is not kept");
    }
}
