package id.kinerja.appraisal.internal;

import id.kinerja.core.api.Page;
import id.kinerja.core.api.PageRequest;

/**
 * The plans waiting for a rater, as this bundle's API writes them: {@link PlanQueue#queue}
 * gives what {@link id.kinerja.appraisal.api.PlanService#awaitingApproval} gives, each plan's content as the
 * text it keeps ({@link QueuedPlan}) instead of values. A service of this bundle only (its package is not
 * exported): other bundles ask {@code PlanService}.
 */
public interface PlanQueue {

    /** The page of plans waiting for this rater, in the order they were submitted. */
    Page<QueuedPlan> queue(String raterNip, PageRequest page);
}
