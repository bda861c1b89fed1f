package id.kinerja.complaints.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import id.kinerja.appraisal.api.AppraisalInput;
import id.kinerja.appraisal.api.AppraisalInputProvider;
import id.kinerja.appraisal.api.Period;

/**
 * Complaints as appraisal input: for the period, those the person was responsible for and those of
 * their unit; counts, answers in time and the citizens' satisfaction. Never who complained.
 */
@Component(service = AppraisalInputProvider.class)
public class ComplaintInputs implements AppraisalInputProvider {

    static final String SOURCE = "kinerja-complaints";

    private final ComplaintReports complaints;

    @Activate
    public ComplaintInputs(@Reference ComplaintReports complaints) {
        this.complaints = complaints;
    }

    @Override
    public List<AppraisalInput> inputsFor(String nip, String unitCode, Period period) {
        Figures own = complaints.figures(null, nip, period.firstDay(), period.lastDay());
        Figures unit = complaints.figures(unitCode, null, period.firstDay(), period.lastDay());
        return List.of(input("Pengaduan yang ditangani " + period, own), input("Pengaduan unit " + unitCode + " " + period, unit));
    }

    private static AppraisalInput input(String title, Figures f) {
        Map<String, String> figures = new LinkedHashMap<>();
        figures.put("diterima", String.valueOf(f.received()));
        figures.put("dijawab", String.valueOf(f.answered()));
        figures.put("dijawabTepatWaktu", f.answeredInTime() + "/" + f.answered());
        figures.put("terbuka", String.valueOf(f.open()));
        figures.put("lewatTenggat", String.valueOf(f.overdue()));
        figures.put("kepuasan", f.satisfaction() == null ? "-" : f.satisfaction().toPlainString());
        String summary = f.received() + " pengaduan, " + f.answered() + " dijawab (" + f.answeredInTime() + " tepat waktu), " + f.open() + " terbuka"
                + (f.overdue() > 0 ? " (" + f.overdue() + " lewat tenggat)" : "")
                + (f.satisfaction() == null ? "" : "; kepuasan " + f.satisfaction().toPlainString() + " dari 5 (" + f.rated() + " penilaian)");
        return new AppraisalInput(SOURCE, title, summary, figures);
    }
}
