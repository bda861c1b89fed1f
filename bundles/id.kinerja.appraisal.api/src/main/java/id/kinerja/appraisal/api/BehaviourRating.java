package id.kinerja.appraisal.api;

/** A rating of the behaviour on one BerAKHLAK value, with a note. */
public record BehaviourRating(BerakhlakValue value, Rating rating, String note) {
}
