package id.kinerja.inovasi.api;

import java.time.LocalDate;

import org.osgi.annotation.versioning.ProviderType;

import id.kinerja.core.api.Page;
import id.kinerja.core.api.PageRequest;

/** Staff members' work notes (an OSGi service of this module). */
@ProviderType
public interface NoteService {

    /**
     * Records a note of {@code nip}; a {@link id.kinerja.core.api.KinerjaException} (400, naming the
     * field) when the date is missing or in the future, the description missing or too long, or the
     * minutes not between 1 and 1440.
     */
    Note record(String nip, LocalDate date, String description, Integer minutes);

    /** The notes of {@code nip}, newest first. */
    Page<Note> list(String nip, PageRequest page);

    /** The notes of {@code nip} from {@code from} to {@code to} (both included), counted and summed. */
    NoteTotals totals(String nip, LocalDate from, LocalDate to);
}
