package id.kinerja.appraisal.api;

import java.time.LocalDate;

/**
 * An acting official (Plt/Plh): {@code delegateNip} acts as rater in place of {@code principalNip}
 * from {@code startDate} to {@code endDate} inclusive.
 */
public record Delegation(long id, String principalNip, String delegateNip, Kind kind, LocalDate startDate,
        LocalDate endDate, String decree) {

    /** Pelaksana tugas (for a vacant post) or pelaksana harian (for an absence). */
    public enum Kind {
        PLT, PLH
    }
}
