package id.kinerja.appraisal.api;

/** The work behaviour expected on one BerAKHLAK value, with the supervisor's specific expectation. */
public record BehaviourExpectation(BerakhlakValue value, String expectation) {
}
