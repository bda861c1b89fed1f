package id.kinerja.core.api.staff;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Bulk import and export of staff as CSV (UTF-8, comma separated, a header row with the column
 * names of {@link #COLUMNS}).
 */
@ProviderType
public interface StaffCsvService {

    /** The columns, in order. {@code nip}, {@code fullName}, {@code employmentType} and {@code rank} are required. */
    List<String> COLUMNS = List.of("nip", "fullName", "employmentType", "rank", "rankSince", "positionName",
            "positionKind", "positionClass", "unitCode", "supervisorNip", "status", "spouseCount", "childCount",
            "email", "phone");

    /**
     * Validates every row first, then imports all rows or none. A row whose NIP exists updates that
     * staff member; other rows create one.
     *
     * @throws id.kinerja.core.api.KinerjaException UNPROCESSABLE with one detail per bad cell when any
     *         row is invalid; nothing is saved then
     */
    ImportReport importCsv(Reader csv);

    /** Writes the staff matching {@code query} as CSV, header first. */
    int exportCsv(StaffQuery query, Writer out) throws IOException;
}
