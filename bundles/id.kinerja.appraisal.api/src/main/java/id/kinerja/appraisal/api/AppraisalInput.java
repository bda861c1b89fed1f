package id.kinerja.appraisal.api;

import java.util.Map;

/**
 * Something an optional module knows about a person's or unit's period that the rater should see
 * (e.g. complaints handled and their satisfaction, coaching completed). {@code figures} are named
 * values for display, e.g. {@code "answeredInTime" -> "9/10"}.
 */
public record AppraisalInput(String source, String title, String summary, Map<String, String> figures) {

    public AppraisalInput {
        figures = figures == null ? Map.of() : Map.copyOf(figures);
    }
}
