package id.kinerja.inovasi.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import id.kinerja.appraisal.api.AppraisalInput;
import id.kinerja.appraisal.api.AppraisalInputProvider;
import id.kinerja.appraisal.api.Period;
import id.kinerja.inovasi.api.Contest;
import id.kinerja.inovasi.api.ContestService;
import id.kinerja.inovasi.api.FollowUp;
import id.kinerja.inovasi.api.MeetingService;
import id.kinerja.inovasi.api.Proposal;

/**
 * What the rater of a period sees of this module: the follow-ups of feedback meetings the person
 * completed (and how many in time), and their innovations: proposed, won, put to use in the period.
 */
@Component(service = AppraisalInputProvider.class)
public class InovasiInputs implements AppraisalInputProvider {

    static final String SOURCE = "kinerja-inovasi";

    private final MeetingService meetings;
    private final ContestService contests;

    @Activate
    public InovasiInputs(@Reference MeetingService meetings, @Reference ContestService contests) {
        this.meetings = meetings;
        this.contests = contests;
    }

    @Override
    public List<AppraisalInput> inputsFor(String nip, String unitCode, Period period) {
        List<AppraisalInput> inputs = new ArrayList<>();
        List<FollowUp> done = meetings.completedBy(nip, period.firstDay(), period.lastDay());
        if (!done.isEmpty()) {
            long inTime = done.stream().filter(f -> !f.lateOn(f.doneOn())).count();
            Map<String, String> figures = new LinkedHashMap<>();
            figures.put("tindakLanjutSelesai", String.valueOf(done.size()));
            figures.put("tepatWaktu", inTime + "/" + done.size());
            inputs.add(new AppraisalInput(SOURCE, "Tindak lanjut rapat umpan balik " + period,
                    done.size() + " tindak lanjut selesai, " + inTime + " tepat waktu", figures));
        }
        List<String> lines = new ArrayList<>();
        int proposed = 0;
        int won = 0;
        int inUse = 0;
        // a person's proposals share few contests: each read once
        Map<Long, Contest> contestsById = new java.util.HashMap<>();
        for (Proposal p : contests.proposalsOf(nip)) {
            if (within(p.submittedOn(), period)) {
                proposed++;
                lines.add("mengusulkan \"" + p.title() + "\"");
            }
            Contest contest = contestsById.computeIfAbsent(p.contestId(), contests::get);
            if (p.winner() && within(contest.closedOn(), period)) {
                won++;
                lines.add("juara " + p.finalRank() + " " + contest.title() + " (\"" + p.title() + "\")");
            }
            if (within(p.implementedSince(), period)) {
                inUse++;
                lines.add("\"" + p.title() + "\" diterapkan sejak " + p.implementedSince());
            }
        }
        if (!lines.isEmpty()) {
            Map<String, String> figures = new LinkedHashMap<>();
            figures.put("diusulkan", String.valueOf(proposed));
            figures.put("juara", String.valueOf(won));
            figures.put("diterapkan", String.valueOf(inUse));
            inputs.add(new AppraisalInput(SOURCE, "Inovasi " + period, String.join("; ", lines), figures));
        }
        return inputs;
    }

    private static boolean within(LocalDate day, Period period) {
        return day != null && !day.isBefore(period.firstDay()) && !day.isAfter(period.lastDay());
    }
}
