package id.kinerja.inovasi.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import id.kinerja.appraisal.api.CitableRecord;
import id.kinerja.appraisal.api.CitableRecordProvider;
import id.kinerja.core.api.KinerjaException;
import id.kinerja.core.api.time.CityTime;
import id.kinerja.inovasi.api.Contest;
import id.kinerja.inovasi.api.ContestService;
import id.kinerja.inovasi.api.FollowUp;
import id.kinerja.inovasi.api.FollowUpStatus;
import id.kinerja.inovasi.api.MeetingService;
import id.kinerja.inovasi.api.Proposal;

/**
 * What a person may cite as evidence of their SKP's activities: the follow-ups they completed
 * ({@code FU-<id>}, of the last two years) and the innovations they proposed or worked on as a team
 * member ({@code INV-<id>}).
 */
@Component(service = CitableRecordProvider.class)
public class InovasiCitations implements CitableRecordProvider {

    private static final String FOLLOW_UP = "FU-";
    private static final String INNOVATION = "INV-";

    private final MeetingService meetings;
    private final ContestService contests;
    private final Clock clock;

    @Activate
    public InovasiCitations(@Reference MeetingService meetings, @Reference ContestService contests, @Reference CityTime city) {
        this.meetings = meetings;
        this.contests = contests;
        this.clock = city.clock();
    }

    @Override
    public String source() {
        return InovasiInputs.SOURCE;
    }

    @Override
    public List<CitableRecord> citableBy(String nip) {
        LocalDate today = LocalDate.now(clock);
        List<CitableRecord> records = new ArrayList<>();
        meetings.completedBy(nip, today.minusYears(2), today).forEach(f -> records.add(followUp(f)));
        // a person's proposals share few contests: each read once
        Map<Long, Contest> contestsById = new HashMap<>();
        contests.proposalsOf(nip).forEach(p -> records.add(innovation(p, contestsById.computeIfAbsent(p.contestId(), contests::get))));
        return records;
    }

    @Override
    public Optional<CitableRecord> find(String nip, String reference) {
        try {
            if (reference.startsWith(FOLLOW_UP)) {
                FollowUp f = meetings.followUp(Long.parseLong(reference.substring(FOLLOW_UP.length())));
                return f.ownerNip().equals(nip) && f.status() == FollowUpStatus.DONE ? Optional.of(followUp(f)) : Optional.empty();
            }
            if (reference.startsWith(INNOVATION)) {
                Proposal p = contests.proposal(Long.parseLong(reference.substring(INNOVATION.length())));
                return p.isBy(nip) ? Optional.of(innovation(p, contests.get(p.contestId()))) : Optional.empty();
            }
        } catch (NumberFormatException | KinerjaException unknown) {
            // not a record of this module
        }
        return Optional.empty();
    }

    private CitableRecord followUp(FollowUp f) {
        return new CitableRecord(source(), FOLLOW_UP + f.id(), "Tindak lanjut rapat: " + f.description(),
                "Selesai " + f.doneOn() + (f.lateOn(f.doneOn()) ? " (lewat tenggat " + f.dueDate() + ")" : " (tepat waktu)") + ": " + f.doneNote(),
                f.doneOn());
    }

    private CitableRecord innovation(Proposal p, Contest contest) {
        String state = p.winner() ? "Juara " + p.finalRank() + " " + contest.title()
                : p.finalRank() != null ? "Peringkat " + p.finalRank() + " " + contest.title()
                : "Usulan " + contest.title() + " (" + p.status() + ")";
        if (p.implementedSince() != null) {
            state += "; diterapkan sejak " + p.implementedSince();
        }
        return new CitableRecord(source(), INNOVATION + p.id(), "Inovasi: " + p.title(), state, p.submittedOn());
    }
}
