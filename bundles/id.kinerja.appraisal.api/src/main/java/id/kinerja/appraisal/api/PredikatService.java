package id.kinerja.appraisal.api;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** Official predikat for other modules (performance pay, coaching) and for people's history. */
@ProviderType
public interface PredikatService {

    /** The predikat in force for a person and period, if final. */
    Optional<PredikatRecord> current(String nip, Period period);

    /**
     * The annual predikat of a person: the final annual evaluation if there is one, otherwise the
     * annual rule in force applied to the final periodic ones (by default: the last one of the year).
     */
    Optional<PredikatRecord> annual(String nip, int year);

    /** Every predikat ever recorded for a person, including replaced ones, oldest first. */
    List<PredikatRecord> history(String nip);

    /** The predikat in force for every person with a final one for {@code period}. */
    List<PredikatRecord> finalFor(Period period);

    /**
     * For every person, the latest predikat in force of a period that ended on or before {@code date}
     * (of periods ending the same day, the longest), in one query: what a monthly allowance run uses.
     */
    List<PredikatRecord> latestFinal(java.time.LocalDate date);

    /** The annual predikat ({@link #annual(String, int)}) of everybody who has one for {@code year}, in one query. */
    List<PredikatRecord> annualFor(int year);
}
