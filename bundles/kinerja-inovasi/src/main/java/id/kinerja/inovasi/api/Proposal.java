package id.kinerja.inovasi.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An innovation proposed to a contest by a person (with a team or alone): the problem and its
 * solution; once judged its final score (0–100) and rank; once put to use, since when.
 */
public record Proposal(long id, long contestId, String title, String problem, String solution, String proposerNip, List<String> team,
        String unitCode, ProposalStatus status, String screeningNote, LocalDate submittedOn, BigDecimal finalScore, Integer finalRank,
        boolean winner, LocalDate implementedSince, String implementationNote) {

    public Proposal {
        team = List.copyOf(team);
    }

    /** Whether {@code nip} proposed it or is in its team. */
    public boolean isBy(String nip) {
        return proposerNip.equals(nip) || team.contains(nip);
    }
}
