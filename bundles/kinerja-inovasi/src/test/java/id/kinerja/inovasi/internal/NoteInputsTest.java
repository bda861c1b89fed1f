package id.kinerja.inovasi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import id.kinerja.inovasi.api.Note;
import id.kinerja.inovasi.api.NoteService;
import id.kinerja.inovasi.api.NoteTotals;
import id.kinerja.appraisal.api.AppraisalInput;
import id.kinerja.appraisal.api.Period;
import id.kinerja.core.api.Page;
import id.kinerja.core.api.PageRequest;

class NoteInputsTest {

    /** Notes of one person: 3 notes, 200 minutes in the first quarter of 2026; none otherwise. */
    private static final NoteService NOTES = new NoteService() {
        @Override
        public Note record(String nip, LocalDate date, String description, Integer minutes) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Page<Note> list(String nip, PageRequest page) {
            throw new UnsupportedOperationException();
        }

        @Override
        public NoteTotals totals(String nip, LocalDate from, LocalDate to) {
            boolean firstQuarter = from.equals(LocalDate.of(2026, 1, 1)) && to.equals(LocalDate.of(2026, 3, 31));
            return "199001012020121001".equals(nip) && firstQuarter ? new NoteTotals(3, 200) : new NoteTotals(0, 0);
        }
    };

    @Test
    void theRaterSeesThePeriodsNotesCountedAndSummed() {
        List<AppraisalInput> inputs = new NoteInputs(NOTES).inputsFor("199001012020121001", "UNIT", Period.parse("2026-Q1"));
        assertEquals(1, inputs.size());
        assertEquals(NoteInputs.SOURCE, inputs.get(0).source());
        assertEquals("3", inputs.get(0).figures().get("catatan"));
        assertEquals("200", inputs.get(0).figures().get("menit"));
    }

    @Test
    void aPeriodWithoutNotesGivesNoInput() {
        assertTrue(new NoteInputs(NOTES).inputsFor("199001012020121001", "UNIT", Period.parse("2026-Q2")).isEmpty());
    }
}
