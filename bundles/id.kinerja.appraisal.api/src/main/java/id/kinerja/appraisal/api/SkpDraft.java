package id.kinerja.appraisal.api;

import java.util.List;

/**
 * The content of an SKP plan as its owner writes it. Behaviour expectations left out are filled in
 * with the general expectation of each BerAKHLAK value.
 */
public record SkpDraft(int year, List<WorkResult> workResults, List<BehaviourExpectation> behaviours) {

    public SkpDraft {
        workResults = workResults == null ? List.of() : List.copyOf(workResults);
        behaviours = behaviours == null ? List.of() : List.copyOf(behaviours);
    }
}
