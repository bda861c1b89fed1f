package id.kinerja.appraisal.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Work done towards a work result of an approved plan, as the owner logs it: what, when, how long
 * (minutes) and how much output (e.g. 12 documents), with the evidence files attached.
 */
public record Activity(long id, long planId, long workResultId, String nip, LocalDate date, String description,
        int minutesSpent, BigDecimal outputCount, List<Evidence> evidence, Instant recordedAt) {

    public Activity {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
