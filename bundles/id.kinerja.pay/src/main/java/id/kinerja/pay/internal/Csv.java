package id.kinerja.pay.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import id.kinerja.core.api.ErrorDetail;
import id.kinerja.core.api.KinerjaException;

/**
 * The CSV files offices send: a header row, comma or semicolon separated (whichever the header uses
 * more), UTF-8 with or without a byte-order mark, header names in any case. Every bad cell is
 * reported by row and nothing is taken from a file with errors.
 */
final class Csv {

    static final int MAX_REPORTED_ERRORS = 100;

    /** One data row: its number (1 is the first after the header) and its cells by header name. */
    record Row(int number, CSVRecord record, Map<String, Integer> columns) {
        String cell(String name) {
            Integer index = columns.get(name);
            return index == null || index >= record.size() ? "" : record.get(index).strip();
        }
    }

    private Csv() {
    }

    /** Hands every row to {@code reader} with the list to add errors to; throws a 422 listing them if any. */
    static void read(String text, List<String> requiredColumns, BiConsumer<Row, List<ErrorDetail>> reader) {
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String header = content.lines().findFirst().orElse("");
        char delimiter = header.chars().filter(c -> c == ';').count() > header.chars().filter(c -> c == ',').count() ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).build();
        List<ErrorDetail> errors = new java.util.ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(content), format)) {
            Map<String, Integer> columns = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            columns.putAll(parser.getHeaderMap());
            for (String required : requiredColumns) {
                if (!columns.containsKey(required)) {
                    throw KinerjaException.badRequest("MISSING_COLUMN", required, "Kolom " + required + " tidak ada di baris judul",
                            "Column " + required + " is missing from the header row");
                }
            }
            int number = 0;
            for (CSVRecord record : parser) {
                reader.accept(new Row(++number, record, columns), errors);
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            // e.g. an unbalanced quote: the parser reports it while iterating, as an unchecked exception
            throw KinerjaException.badRequest("INVALID_CSV", "file", "Berkas CSV tidak dapat dibaca: " + e.getMessage(),
                    "The CSV file cannot be read: " + e.getMessage());
        }
        if (!errors.isEmpty()) {
            throw new KinerjaException(KinerjaException.Kind.UNPROCESSABLE, "IMPORT_INVALID", null,
                    "Impor dibatalkan: " + errors.size() + " kesalahan ditemukan, tidak ada data yang disimpan",
                    "Import cancelled: " + errors.size() + " errors found, nothing was saved",
                    errors.subList(0, Math.min(errors.size(), MAX_REPORTED_ERRORS)));
        }
    }
}
