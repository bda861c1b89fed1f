package id.kinerja.appraisal.api;

import java.util.List;

/**
 * A planned work result (RHK, Rencana Hasil Kerja) with its indicators. It supports (cascades from)
 * a work result of the rater's approved plan ({@code supportsWorkResultId}); a top official (JPT), or
 * anybody whose supervisor has no approved plan, names the unit goal it serves instead
 * ({@code unitGoal}). {@code id} is {@code null} in input and set by the service.
 */
public record WorkResult(Long id, String text, Long supportsWorkResultId, String unitGoal, List<Indicator> indicators) {

    public WorkResult {
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
    }
}
