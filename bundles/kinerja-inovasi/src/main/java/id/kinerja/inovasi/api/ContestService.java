package id.kinerja.inovasi.api;

import java.time.LocalDate;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import id.kinerja.core.api.Page;
import id.kinerja.core.api.PageRequest;
import id.kinerja.core.api.security.Caller;

/** The innovation contest: from the organiser's opening to the results and the innovations put to use. */
@ProviderType
public interface ContestService {

    /** The organiser opens a contest: criteria whose weights add up to 100, at least one judge, 1–10 winners. */
    Contest open(Caller caller, NewContest contest);

    Contest get(long id);

    /** Every contest, the newest year first. */
    List<Contest> contests();

    /** A civil servant proposes an innovation, alone or with a team, while the contest is open. */
    Proposal propose(Caller caller, long contestId, NewProposal proposal);

    Proposal proposal(long id);

    /** A contest's proposals in the order they came. */
    Page<Proposal> proposals(long contestId, PageRequest page);

    /** The innovations {@code nip} proposed or worked on as a team member, newest first. */
    List<Proposal> proposalsOf(String nip);

    /** The organiser screens a submitted proposal while the contest is open: shortlisted for judging, or not (with the reason). */
    Proposal screen(Caller caller, long proposalId, boolean shortlisted, String note);

    /**
     * The organiser moves the contest on: to {@code JUDGING} once every proposal is screened and one
     * at least shortlisted; to {@code CLOSED} once every judge scored every shortlisted proposal on
     * every criterion, ranking them by their mean weighted score.
     */
    Contest advance(Caller caller, long contestId, ContestStatus to);

    /** A judge of the contest scores a shortlisted proposal (not their own) while it is being judged; a new sheet replaces theirs. */
    List<Score> score(Caller caller, long proposalId, List<Score> scores);

    /** A judge's own scores of a proposal. */
    List<Score> scoresOf(Caller caller, long proposalId);

    /** The shortlisted proposals of a closed contest, best first. */
    List<Proposal> results(long contestId);

    /** The organiser records that a judged innovation is in use since a day. */
    Proposal implemented(Caller caller, long proposalId, LocalDate since, String note);

    /** The innovations in use, the most recent first. */
    Page<Proposal> inUse(PageRequest page);
}
