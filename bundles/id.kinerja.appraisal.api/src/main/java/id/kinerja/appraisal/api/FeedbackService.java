package id.kinerja.appraisal.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import id.kinerja.core.api.security.Caller;

/**
 * Colleagues' feedback on work behaviour (BerAKHLAK values) for an open evaluation: given by any
 * colleague in service, read with its authors by the rater, anonymised for the rated person.
 */
@ProviderType
public interface FeedbackService {

    /** The colleagues' evaluations (same unit, not final, not one's own) that a person may give feedback on, at most 100. */
    List<FeedbackRequest> feedbackRequests(Caller caller);

    /** A colleague's behaviour feedback; nobody gives feedback on themselves, once per value and evaluation. */
    PeerFeedback giveFeedback(Caller caller, long evaluationId, BerakhlakValue value, Rating rating, String comment);

    /** All feedback with its authors: for the rater only. */
    List<PeerFeedback> feedbackForRater(Caller caller, long evaluationId);

    /** The anonymised summary: for the rated person (and the rater). */
    FeedbackSummary feedbackSummary(Caller caller, long evaluationId);
}
