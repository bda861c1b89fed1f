package id.kinerja.appraisal.api;

import java.util.List;
import java.util.Map;

/**
 * The predikat of a unit's staff for a period against the curve its organisation predikat allows.
 * {@code organisationPredikat} is {@code null} when none was set for the year (then nothing is checked).
 */
public record UnitDistribution(String unitCode, Period period, OrganisationPredikat organisationPredikat, int total,
        Map<Predikat, Integer> counts, List<CurveViolation> violations) {

    public boolean withinCurve() {
        return violations.isEmpty();
    }
}
