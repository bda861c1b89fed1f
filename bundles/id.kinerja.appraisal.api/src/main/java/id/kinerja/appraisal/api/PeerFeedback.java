package id.kinerja.appraisal.api;

import java.time.Instant;

/** Behaviour feedback of a colleague on one BerAKHLAK value of the rated person. */
public record PeerFeedback(long id, String authorNip, BerakhlakValue value, Rating rating, String comment, Instant givenAt) {
}
