package id.kinerja.appraisal.api;

import java.util.List;
import java.util.Map;

import org.osgi.annotation.versioning.ProviderType;

import id.kinerja.core.api.Page;
import id.kinerja.core.api.PageRequest;
import id.kinerja.core.api.security.Caller;

/** Periodic and annual evaluations against the approved SKP (colleagues' feedback: {@link FeedbackService}). */
@ProviderType
public interface EvaluationService {

    /**
     * Opens the evaluation of {@code nip} for {@code period} (the owner or the rater may); the
     * person needs an approved plan for the period's year. Opening twice returns the open one.
     */
    Evaluation open(Caller caller, String nip, Period period);

    Evaluation get(long evaluationId);

    /** Every evaluation of a person, newest period first. */
    List<Evaluation> evaluationsOf(String nip);

    /** Evaluations the rater still has to rate or finalise. */
    Page<Evaluation> toRate(String raterNip, PageRequest page);

    /** How many evaluations wait for the rater, by status: {@code OPEN} to rate, {@code RATED} to finalise (zeros included). */
    Map<EvaluationStatus, Long> countsToRate(String raterNip);

    /** The owner's self-assessment; allowed while the evaluation is not final. */
    Evaluation selfAssess(Caller caller, long evaluationId, SelfAssessment assessment);

    /** The rater's assessment (only the direct supervisor, or a delegate); the predikat is derived from it. */
    Evaluation rate(Caller caller, long evaluationId, RaterAssessment assessment);

    /** The rater makes the predikat official; it is published to other modules. */
    Evaluation finalise(Caller caller, long evaluationId);

    /** What optional modules offer the rater about this evaluation: for the rater only. */
    List<AppraisalInput> inputs(Caller caller, long evaluationId);
}
