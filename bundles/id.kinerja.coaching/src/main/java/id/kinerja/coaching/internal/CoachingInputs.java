package id.kinerja.coaching.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import id.kinerja.appraisal.api.AppraisalInput;
import id.kinerja.appraisal.api.AppraisalInputProvider;
import id.kinerja.appraisal.api.Period;
import id.kinerja.core.api.PageRequest;

/** The coaching history of a person, offered to the appraisal core for the rater to see. */
@Component(service = AppraisalInputProvider.class)
public class CoachingInputs implements AppraisalInputProvider {

    static final String SOURCE = "kinerja-coaching";

    private final LearningHoursService coaching;
    private final ProposalService proposals;
    private final AssignmentService assignments;

    @Activate
    public CoachingInputs(@Reference LearningHoursService coaching, @Reference ProposalService proposals, @Reference AssignmentService assignments) {
        this.coaching = coaching;
        this.proposals = proposals;
        this.assignments = assignments;
    }

    @Override
    public List<AppraisalInput> inputsFor(String nip, String unitCode, Period period) {
        LearningHours hours = coaching.learningHours(nip, period.year());
        long open = proposals.proposals(nip, Proposal.Status.OPEN, PageRequest.of(0, 1)).total();
        Map<String, String> figures = new LinkedHashMap<>();
        figures.put("jp", String.valueOf(hours.hours()));
        figures.put("jpMinimum", String.valueOf(hours.minimum()));
        figures.put("programSelesai", String.valueOf(hours.completed().size()));
        figures.put("usulanPembinaanTerbuka", String.valueOf(open));
        long coachingActive = assignments.activeCount(nip);
        figures.put("pembinaanAktif", String.valueOf(coachingActive));
        String done = hours.completed().stream().map(e -> e.programTitle() + " (" + e.creditedHours() + " JP)").collect(Collectors.joining("; "));
        String summary = hours.hours() + " dari " + hours.minimum() + " JP tahun " + period.year()
                + (done.isEmpty() ? "; belum ada program yang diselesaikan" : ": " + done)
                + (open > 0 ? "; " + open + " usulan pembinaan menunggu keputusan" : "")
                + (coachingActive > 0 ? "; " + coachingActive + " pembinaan (coaching/mentoring) berjalan" : "");
        return List.of(new AppraisalInput(SOURCE, "Pengembangan kompetensi", summary, figures));
    }
}
