package id.kinerja.inovasi.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import id.kinerja.inovasi.api.NoteService;
import id.kinerja.inovasi.api.NoteTotals;
import id.kinerja.appraisal.api.AppraisalInput;
import id.kinerja.appraisal.api.AppraisalInputProvider;
import id.kinerja.appraisal.api.Period;

/** What the rater of a period sees of this module: the person's notes in the period, counted and summed. */
@Component(service = AppraisalInputProvider.class)
public class NoteInputs implements AppraisalInputProvider {

    static final String SOURCE = "kinerja-inovasi";

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
        return List.of(new AppraisalInput(SOURCE, "Inovasi dan rapat umpan balik " + period, totals.count() + " catatan, " + totals.minutes() + " menit",
                figures));
    }
}
