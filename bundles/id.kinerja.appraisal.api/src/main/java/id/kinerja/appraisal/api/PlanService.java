package id.kinerja.appraisal.api;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import id.kinerja.core.api.Page;
import id.kinerja.core.api.PageRequest;
import id.kinerja.core.api.security.Caller;

/** SKP plans and their state machine, enforced here (see {@link PlanStatus}). */
@ProviderType
public interface PlanService {

    /** Drafts the plan of {@code actorNip} for a year; one plan per person and year (revise it to change it). */
    SkpPlan create(Caller caller, SkpDraft draft);

    /** Replaces the content of a DRAFT or RETURNED plan; only its owner may. */
    SkpPlan update(Caller caller, long planId, SkpDraft draft);

    /** The owner deletes a plan that was never approved (DRAFT or RETURNED); approved plans are kept for ever. */
    void delete(Caller caller, long planId);

    /** The owner hands the plan to the rater (the direct supervisor). */
    SkpPlan submit(Caller caller, long planId);

    /**
     * The rater approves a submitted plan, adding their specific expectations of behaviour for any
     * BerAKHLAK values they name (may be empty): the plan is frozen from now on.
     */
    SkpPlan approve(Caller caller, long planId, String comment, List<BehaviourExpectation> expectations);

    /** The rater returns a submitted plan to its owner with a comment (required). */
    SkpPlan returnToOwner(Caller caller, long planId, String comment);

    /** The owner starts a new version of an APPROVED plan; the approved one stays in force until the new one is approved. */
    SkpPlan revise(Caller caller, long planId);

    SkpPlan get(long planId);

    /** The plan in force for a person and year: the approved version, if any. */
    Optional<SkpPlan> approved(String nip, int year);

    /** Every version of every plan of a person, newest first. */
    List<SkpPlan> plansOf(String nip);

    /**
     * The work results a plan of {@code nip} for {@code year} may support (cascading): those of the
     * direct supervisor's approved plan for that year; empty without one (then a work result names a
     * unit goal).
     */
    List<WorkResult> supportable(String nip, int year);

    /** Plans waiting for a rater's decision. */
    Page<SkpPlan> awaitingApproval(String raterNip, PageRequest page);
}
