package id.kinerja.appraisal.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import id.kinerja.core.api.security.Caller;

/** The distribution of predikat per unit and the calibration that brings it within the curve. */
@ProviderType
public interface CalibrationService {

    /** Sets the organisation predikat of a unit for a year (e.g. from the city's own evaluation). */
    void setOrganisationPredikat(Caller caller, String unitCode, int year, OrganisationPredikat predikat);

    /** The final predikat of the unit's staff (the unit and its subunits) for a period against the curve. */
    UnitDistribution distribution(String unitCode, Period period);

    /** Units (of every level) whose distribution for the period breaks their curve. */
    List<UnitDistribution> overQuota(Period period);

    /**
     * The head of the unit adjusts the ratings (or, where the city scores numerically, the behaviour
     * value) of a final evaluation in a calibration session; the predikat is derived again (never
     * typed in), the reason is required, and the change is audited and published.
     */
    Evaluation calibrate(Caller caller, long evaluationId, Rating hasilKerja, Rating perilaku, Double behaviourValue,
            String reason);
}
