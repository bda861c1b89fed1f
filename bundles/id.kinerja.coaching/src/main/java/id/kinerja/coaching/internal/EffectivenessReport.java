package id.kinerja.coaching.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonFormat;


/**
 * The programme's effectiveness: participation, scores, feedback (comments without names) and
 * the effect on the participants' predikat.
 */
public record EffectivenessReport(long programId, String title, int sessions, int participants, int completed, int notCompleted,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal averageScore, int feedbackCount,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal averageRating, List<String> comments, Map<CoachingRules.Effect, Integer> effects,
        Long followUpProgramId, List<EffectivenessOutcome> outcomes) {
}
