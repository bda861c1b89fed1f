package id.kinerja.appraisal.api;

import java.util.List;

/**
 * The rater's assessment: a rating per work result and per BerAKHLAK value, the two overall ratings
 * (hasil kerja and perilaku kerja) from which the predikat is derived, and written feedback. Where
 * the city scores numerically, the rater gives the behaviour value (0..100) instead of the two
 * ratings; the SKP value comes from the realisations and both ratings are derived from the numbers.
 */
public record RaterAssessment(List<WorkResultRating> workResults, Rating hasilKerja,
        List<BehaviourRating> behaviours, Rating perilaku, String feedback, Double behaviourValue) {

    public RaterAssessment {
        workResults = workResults == null ? List.of() : List.copyOf(workResults);
        behaviours = behaviours == null ? List.of() : List.copyOf(behaviours);
    }
}
