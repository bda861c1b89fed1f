package id.kinerja.appraisal.api;

import java.util.List;

/**
 * A colleague's evaluation that a person may give behaviour feedback on (one in their unit, not yet
 * final): who and which period, and the BerAKHLAK values the person has already given feedback on.
 * Nothing of the evaluation itself: a colleague never sees ratings.
 */
public record FeedbackRequest(long evaluationId, String nip, String fullName, Period period, List<BerakhlakValue> given) {

    public FeedbackRequest {
        given = given == null ? List.of() : List.copyOf(given);
    }
}
