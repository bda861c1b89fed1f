package id.kinerja.appraisal.internal;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.kinerja.appraisal.api.BehaviourExpectation;
import id.kinerja.appraisal.api.SkpPlan;
import id.kinerja.appraisal.api.WorkResult;

/**
 * A submitted plan's content (its work results with their indicators, its behaviour expectations) as one
 * text in the plan's row, {@code SKP_PLAN.SUBMITTED_CONTENT}: the JSON of the API's values, as the API
 * writes them. A submitted plan cannot change until its rater approves or returns it, which clears the
 * text, so the text is the plan's content for as long as it is there; the first read of a rater's queue
 * then reads the plans' rows alone ({@link PlanRows}).
 */
final class SubmittedContent {

    /** The column's length: the longest text Derby keeps in a {@code VARCHAR}. */
    static final int MAX_LENGTH = 32_672;

    private static final ObjectMapper JSON = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** What the text holds, by the names of the API's plan. */
    record Content(List<WorkResult> workResults, List<BehaviourExpectation> behaviours) {
    }

    private SubmittedContent() {
    }

    /** The plan's content as text for its row; {@code null} when it is longer than the column (the plan is then read from its rows). */
    static String write(SkpPlan plan) {
        String text = text(plan.workResults(), plan.behaviours());
        return text.length() <= MAX_LENGTH ? text : null;
    }

    /** A plan's content as text, however long: its work results and its behaviour expectations in their order. */
    static String text(List<WorkResult> workResults, List<BehaviourExpectation> behaviours) {
        try {
            return JSON.writeValueAsString(new Content(workResults, behaviours));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a plan's content could not be written as JSON", e);
        }
    }

    static Content read(String text) {
        try {
            return JSON.readValue(text, Content.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("SKP_PLAN.SUBMITTED_CONTENT is not a plan's content: " + e.getOriginalMessage(), e);
        }
    }
}
