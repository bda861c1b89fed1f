package id.kinerja.pay.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;


import id.kinerja.core.api.ErrorDetail;

/**
 * Attendance exported by the city's system, as CSV: a header with {@code nip}, {@code date}
 * ({@code YYYY-MM-DD}), {@code kind} ({@code LATE}, {@code EARLY_LEAVE}, {@code ABSENT}, {@code LEAVE}),
 * and optionally {@code minutes} and {@code note}; comma or semicolon separated, UTF-8 with or without
 * a byte-order mark (see {@link Csv}).
 */
final class DisciplineCsv {

    private DisciplineCsv() {
    }

    static List<DisciplineEvent> parse(String text) {
        List<DisciplineEvent> events = new ArrayList<>();
        Csv.read(text, List.of("nip", "date", "kind"), (row, errors) -> {
            int n = row.number();
            String nip = row.cell("nip");
            LocalDate date = null;
            DisciplineEvent.Kind kind = null;
            int minutes = 0;
            try {
                date = id.kinerja.core.api.Dates.date("date", row.cell("date"));
                if (date == null) {
                    throw id.kinerja.core.api.KinerjaException.badRequest("INVALID_DATE", "date", "", "");
                }
            } catch (id.kinerja.core.api.KinerjaException e) {
                errors.add(new ErrorDetail(n, "date", "INVALID_DATE", "Tanggal tidak valid (YYYY-MM-DD)", "Invalid date (YYYY-MM-DD)"));
            }
            try {
                kind = DisciplineEvent.Kind.valueOf(row.cell("kind").toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(new ErrorDetail(n, "kind", "INVALID_KIND", "Jenis harus LATE, EARLY_LEAVE, ABSENT atau LEAVE",
                        "Kind must be LATE, EARLY_LEAVE, ABSENT or LEAVE"));
            }
            String minutesText = row.cell("minutes");
            try {
                minutes = minutesText.isEmpty() ? 0 : Integer.parseInt(minutesText);
            } catch (NumberFormatException e) {
                errors.add(new ErrorDetail(n, "minutes", "INVALID_MINUTES", "Menit harus bilangan bulat", "Minutes must be a whole number"));
            }
            if (nip.isEmpty()) {
                errors.add(new ErrorDetail(n, "nip", "REQUIRED", "NIP wajib diisi", "The NIP is required"));
            }
            String note = row.cell("note");
            events.add(new DisciplineEvent(nip, date, kind, minutes, note.isEmpty() ? null : note));
        });
        return events;
    }
}
