package id.kinerja.coaching.internal;

/** A participant's feedback as sent. */
public record FeedbackBody(Integer rating, String comments) {
}
