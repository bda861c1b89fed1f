package id.kinerja.inovasi.internal;

import java.util.List;

import id.kinerja.inovasi.api.Contest;
import id.kinerja.inovasi.api.Criterion;
import id.kinerja.inovasi.api.FollowUp;
import id.kinerja.inovasi.api.Meeting;
import id.kinerja.inovasi.api.Proposal;
import id.kinerja.inovasi.internal.model.ContestEntity;
import id.kinerja.inovasi.internal.model.CriterionEntity;
import id.kinerja.inovasi.internal.model.FollowUpEntity;
import id.kinerja.inovasi.internal.model.MeetingEntity;
import id.kinerja.inovasi.internal.model.ProposalEntity;

/** The API's values of the module's rows. */
final class Views {

    private Views() {
    }

    static Meeting meeting(MeetingEntity m, List<FollowUp> followUps) {
        return new Meeting(m.id, m.leaderNip, m.unitCode, m.meetingDate, m.title, m.participants, m.points, followUps, m.recordedAt.toInstant());
    }

    static FollowUp followUp(FollowUpEntity f) {
        return new FollowUp(f.id, f.meetingId, f.description, f.ownerNip, f.dueDate, f.status, f.doneOn, f.doneNote);
    }

    static Contest contest(ContestEntity c, List<CriterionEntity> criteria) {
        return new Contest(c.id, c.contestYear, c.title, c.status, c.winners,
                criteria.stream().map(k -> new Criterion(k.id, k.name, k.weight)).toList(), c.judges, c.closedOn);
    }

    static Proposal proposal(ProposalEntity p, int winners) {
        boolean winner = p.finalRank != null && p.finalRank <= winners;
        return new Proposal(p.id, p.contestId, p.title, p.problem, p.solution, p.proposerNip, p.team, p.unitCode, p.status, p.screeningNote,
                p.submittedOn, p.finalScore, p.finalRank, winner, p.implementedSince, p.implementationNote);
    }
}
