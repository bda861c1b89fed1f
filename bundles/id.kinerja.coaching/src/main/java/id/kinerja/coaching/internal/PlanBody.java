package id.kinerja.coaching.internal;

import java.util.List;

/** A plan as sent. */
public record PlanBody(List<DevelopmentPlan.Gap> gaps, List<Long> programIds) {
}
