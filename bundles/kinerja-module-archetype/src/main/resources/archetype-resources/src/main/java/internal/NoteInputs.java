package ${package}.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ${package}.api.NoteService;
import ${package}.api.NoteTotals;
import id.kinerja.appraisal.api.AppraisalInput;
import id.kinerja.appraisal.api.AppraisalInputProvider;
import id.kinerja.appraisal.api.Period;

/** What the rater of a period sees of this module: the person's notes in the period, counted and summed. */
@Component(service = AppraisalInputProvider.class)
public class NoteInputs implements AppraisalInputProvider {

    static final String SOURCE = "kinerja-${moduleName}";

    private final NoteService notes;

    @Activate
    public NoteInputs(@Reference NoteService notes) {
        this.notes = notes;
    }

    @Override
    public List<AppraisalInput> inputsFor(String nip, String unitCode, Period period) {
        NoteTotals totals = notes.totals(nip, period.firstDay(), period.lastDay());
        if (totals.count() == 0) {
            return List.of();
        }
        Map<String, String> figures = new LinkedHashMap<>();
        figures.put("catatan", String.valueOf(totals.count()));
        figures.put("menit", String.valueOf(totals.minutes()));
        return List.of(new AppraisalInput(SOURCE, "${moduleTitle} " + period, totals.count() + " catatan, " + totals.minutes() + " menit",
                figures));
    }
}
