package id.kinerja.appraisal.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import id.kinerja.core.api.security.Caller;

/** Objections (keberatan) against final evaluations. */
@ProviderType
public interface ObjectionService {

    /** The rated person objects, within the objection period after finalisation; one open objection at a time. */
    Objection file(Caller caller, long evaluationId, String reason);

    /**
     * The decider (the rater's supervisor) accepts, giving the new ratings (or, where the city scores
     * numerically, the new behaviour value), or rejects; a note is required. The decision is final.
     */
    Objection decide(Caller caller, long objectionId, boolean accepted, Rating newHasilKerja, Rating newPerilaku,
            Double newBehaviourValue, String note);

    Objection get(long objectionId);

    List<Objection> objectionsOf(long evaluationId);

    /** Objections waiting for this decider. */
    List<Objection> toDecide(String deciderNip);
}
