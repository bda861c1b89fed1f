package id.kinerja.pay.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import id.kinerja.core.api.ErrorDetail;
import id.kinerja.core.api.KinerjaException;

/**
 * Attendance exported by the city's system, as CSV: a header with {@code nip}, {@code date}
 * ({@code YYYY-MM-DD}), {@code kind} ({@code LATE}, {@code EARLY_LEAVE}, {@code ABSENT}, {@code LEAVE}),
 * and optionally {@code minutes} and {@code note}; comma or semicolon separated, UTF-8 with or without
 * a byte-order mark. Every bad cell is reported by row; nothing is taken from a file with errors.
 */
final class DisciplineCsv {

    static final int MAX_REPORTED_ERRORS = 100;

    private DisciplineCsv() {
    }

    static List<DisciplineEvent> parse(String text) {
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String header = content.lines().findFirst().orElse("");
        char delimiter = header.chars().filter(c -> c == ';').count() > header.chars().filter(c -> c == ',').count() ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).build();
        try (Reader reader = new java.io.StringReader(content); CSVParser parser = CSVParser.parse(reader, format)) {
            Map<String, Integer> columns = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            columns.putAll(parser.getHeaderMap());
            for (String required : List.of("nip", "date", "kind")) {
                if (!columns.containsKey(required)) {
                    throw KinerjaException.badRequest("MISSING_COLUMN", required, "Kolom " + required + " tidak ada di baris judul",
                            "Column " + required + " is missing from the header row");
                }
            }
            List<DisciplineEvent> events = new ArrayList<>();
            List<ErrorDetail> errors = new ArrayList<>();
            int row = 0;
            for (CSVRecord record : parser) {
                row++;
                String nip = cell(record, columns, "nip");
                LocalDate date = null;
                DisciplineEvent.Kind kind = null;
                int minutes = 0;
                try {
                    date = LocalDate.parse(cell(record, columns, "date"));
                } catch (DateTimeParseException e) {
                    errors.add(new ErrorDetail(row, "date", "INVALID_DATE", "Tanggal tidak valid (YYYY-MM-DD)", "Invalid date (YYYY-MM-DD)"));
                }
                try {
                    kind = DisciplineEvent.Kind.valueOf(cell(record, columns, "kind").toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    errors.add(new ErrorDetail(row, "kind", "INVALID_KIND", "Jenis harus LATE, EARLY_LEAVE, ABSENT atau LEAVE",
                            "Kind must be LATE, EARLY_LEAVE, ABSENT or LEAVE"));
                }
                String minutesText = cell(record, columns, "minutes");
                try {
                    minutes = minutesText.isEmpty() ? 0 : Integer.parseInt(minutesText);
                } catch (NumberFormatException e) {
                    errors.add(new ErrorDetail(row, "minutes", "INVALID_MINUTES", "Menit harus bilangan bulat", "Minutes must be a whole number"));
                }
                if (nip.isEmpty()) {
                    errors.add(new ErrorDetail(row, "nip", "REQUIRED", "NIP wajib diisi", "The NIP is required"));
                }
                String note = cell(record, columns, "note");
                events.add(new DisciplineEvent(nip, date, kind, minutes, note.isEmpty() ? null : note));
            }
            if (!errors.isEmpty()) {
                throw new KinerjaException(KinerjaException.Kind.UNPROCESSABLE, "IMPORT_INVALID", null,
                        "Impor dibatalkan: " + errors.size() + " kesalahan ditemukan, tidak ada data yang disimpan",
                        "Import cancelled: " + errors.size() + " errors found, nothing was saved",
                        errors.subList(0, Math.min(errors.size(), MAX_REPORTED_ERRORS)));
            }
            return events;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw KinerjaException.badRequest("INVALID_CSV", "file", "Berkas CSV tidak dapat dibaca: " + e.getMessage(),
                    "The CSV file cannot be read: " + e.getMessage());
        }
    }

    private static String cell(CSVRecord record, Map<String, Integer> columns, String name) {
        Integer index = columns.get(name);
        return index == null || index >= record.size() ? "" : record.get(index).strip();
    }
}
