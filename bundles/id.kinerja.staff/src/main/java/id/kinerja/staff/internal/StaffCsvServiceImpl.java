package id.kinerja.staff.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import id.kinerja.core.api.ErrorDetail;
import id.kinerja.core.api.KinerjaException;
import id.kinerja.core.api.Page;
import id.kinerja.core.api.PageRequest;
import id.kinerja.core.api.Texts;
import id.kinerja.core.api.staff.EmploymentType;
import id.kinerja.core.api.staff.ImportReport;
import id.kinerja.core.api.staff.Nip;
import id.kinerja.core.api.staff.PositionKind;
import id.kinerja.core.api.staff.StaffCsvService;
import id.kinerja.core.api.staff.StaffMember;
import id.kinerja.core.api.staff.StaffQuery;
import id.kinerja.core.api.staff.StaffService;
import id.kinerja.core.api.staff.StaffStatus;
import id.kinerja.core.api.time.CityTime;
import id.kinerja.staff.internal.model.StaffEntity;

/**
 * CSV import (all rows or none) and export of the staff registry. Spreadsheets saved with a
 * semicolon separator (common where the comma is the decimal mark) and with a UTF-8 byte order
 * mark are read too.
 */
@Component(service = StaffCsvService.class)
public class StaffCsvServiceImpl implements StaffCsvService {

    static final List<String> REQUIRED = List.of("nip", "fullName", "employmentType", "rank", "positionName",
            "positionKind", "positionClass", "unitCode");
    static final int MAX_REPORTED_ERRORS = 500;
    private static final int CHUNK = 500;

    private final JpaTemplate jpa;
    private final StaffService staff;
    private final Clock clock;

    @Activate
    public StaffCsvServiceImpl(@Reference(target = "(osgi.unit.name=kinerja-staff)") JpaTemplate jpa,
            @Reference StaffService staff, @Reference StaffSchema schema, @Reference CityTime city) {
        this.jpa = jpa;
        this.staff = staff;
        this.clock = city.clock();
    }

    /** One data row that passed the checks of its own cells. */
    record Row(int number, StaffMember staff, Nip nip) {
    }

    @Override
    public ImportReport importCsv(Reader csv) {
        LocalDate today = LocalDate.now(clock);
        List<ErrorDetail> errors = new ArrayList<>();
        List<Row> rows = parse(csv, today, errors);
        if (rows.isEmpty() && errors.isEmpty()) {
            throw KinerjaException.unprocessable("IMPORT_EMPTY", null,
                    "Berkas CSV tidak berisi baris data", "The CSV file has no data rows");
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            Set<String> unitCodes = new HashSet<>(em.createQuery("SELECT u.code FROM OrgUnitEntity u", String.class)
                    .getResultList());
            Map<String, String> supervisorOf = new HashMap<>();
            Map<String, StaffStatus> statusOf = new HashMap<>();
            for (Object[] r : em.createQuery("SELECT s.nip, s.supervisorNip, s.status FROM StaffEntity s", Object[].class)
                    .getResultList()) {
                supervisorOf.put((String) r[0], (String) r[1]);
                statusOf.put((String) r[0], (StaffStatus) r[2]);
            }
            Set<String> existing = new HashSet<>(statusOf.keySet());
            for (Row row : rows) {
                supervisorOf.put(row.staff().nip(), row.staff().supervisorNip());
                statusOf.put(row.staff().nip(), row.staff().status());
            }
            for (Row row : rows) {
                checkReferences(row, unitCodes, statusOf, supervisorOf::get, errors);
            }
            if (!errors.isEmpty()) {
                throw invalid(errors);
            }
            Timestamp now = Timestamp.from(Instant.now(clock));
            StaffWriter writer = new StaffWriter(em, now);
            Map<String, StaffEntity> entities = new HashMap<>();
            List<String> updates = rows.stream().map(r -> r.staff().nip()).filter(existing::contains).toList();
            for (int i = 0; i < updates.size(); i += CHUNK) {
                em.createQuery("SELECT s FROM StaffEntity s WHERE s.nip IN :nips", StaffEntity.class)
                        .setParameter("nips", updates.subList(i, Math.min(updates.size(), i + CHUNK)))
                        .getResultList().forEach(e -> entities.put(e.getNip(), e));
            }
            int created = 0;
            int updated = 0;
            for (Row row : rows) {
                StaffEntity entity = entities.get(row.staff().nip());
                if (entity == null) {
                    writer.create(row.staff(), row.nip(), today);
                    created++;
                } else {
                    writer.update(entity, row.staff(), null, today);
                    updated++;
                }
            }
            return new ImportReport(rows.size(), created, updated);
        });
    }

    static List<Row> parse(Reader csv, LocalDate today, List<ErrorDetail> errors) {
        String text = readAll(csv);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String headerLine = text.lines().findFirst().orElse("");
        char delimiter = headerLine.indexOf(';') >= 0 && headerLine.indexOf(',') < 0 ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).setAllowMissingColumnNames(false).build();
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<String> header = parser.getHeaderNames();
            for (String column : header) {
                if (!COLUMNS.contains(column)) {
                    errors.add(new ErrorDetail(0, column, "UNKNOWN_COLUMN", "Kolom tidak dikenal: " + column,
                            "Unknown column: " + column));
                }
            }
            for (String column : REQUIRED) {
                if (!header.contains(column)) {
                    errors.add(new ErrorDetail(0, column, "MISSING_COLUMN", "Kolom wajib tidak ada: " + column,
                            "Required column missing: " + column));
                }
            }
            if (!errors.isEmpty()) {
                throw invalid(errors);
            }
            Set<String> seen = new HashSet<>();
            for (CSVRecord record : parser) {
                int number = (int) record.getRecordNumber();
                Row row = toRow(record, number, today, errors);
                if (row != null && !seen.add(row.staff().nip())) {
                    errors.add(new ErrorDetail(number, "nip", "DUPLICATE_NIP",
                            "NIP " + row.staff().nip() + " muncul lebih dari sekali dalam berkas",
                            "NIP " + row.staff().nip() + " appears more than once in the file"));
                } else if (row != null) {
                    rows.add(row);
                }
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw KinerjaException.badRequest("MALFORMED_CSV", null,
                    "Berkas CSV tidak dapat dibaca: " + e.getMessage(), "The CSV file cannot be read: " + e.getMessage());
        }
        return rows;
    }

    private static Row toRow(CSVRecord record, int number, LocalDate today, List<ErrorDetail> errors) {
        if (!record.isConsistent()) {
            errors.add(new ErrorDetail(number, null, "COLUMN_COUNT",
                    "Jumlah kolom baris tidak sama dengan judul", "The row has not as many cells as the header"));
            return null;
        }
        Cells cells = new Cells(record, number, errors);
        StaffMember member = new StaffMember(cells.text("nip"), cells.text("fullName"),
                cells.enumValue("employmentType", EmploymentType.class), cells.text("rank"), cells.date("rankSince"),
                cells.text("positionName"), cells.enumValue("positionKind", PositionKind.class),
                cells.integer("positionClass"), cells.text("unitCode"), cells.text("supervisorNip"),
                cells.enumValue("status", StaffStatus.class), cells.integer("spouseCount"), cells.integer("childCount"),
                cells.text("email"), cells.text("phone"));
        if (cells.failed) {
            return null;
        }
        StaffValidator.Result result = StaffValidator.validate(member, today);
        if (!result.isValid()) {
            result.errors().forEach(e -> errors.add(ErrorDetail.of(number, e)));
            return null;
        }
        return new Row(number, result.staff(), result.nip());
    }

    private static void checkReferences(Row row, Set<String> unitCodes, Map<String, StaffStatus> statusOf,
            Function<String, String> supervisorOf, List<ErrorDetail> errors) {
        StaffMember s = row.staff();
        if (!unitCodes.contains(s.unitCode())) {
            errors.add(new ErrorDetail(row.number(), "unitCode", "UNIT_NOT_FOUND",
                    "Unit kerja " + s.unitCode() + " tidak ditemukan", "Organisation unit " + s.unitCode() + " not found"));
        }
        if (s.supervisorNip() == null) {
            return;
        }
        StaffStatus supervisorStatus = statusOf.get(s.supervisorNip());
        if (supervisorStatus == null) {
            errors.add(new ErrorDetail(row.number(), "supervisorNip", "SUPERVISOR_NOT_FOUND",
                    "Atasan langsung dengan NIP " + s.supervisorNip() + " tidak terdaftar dan tidak ada dalam berkas",
                    "The supervisor " + s.supervisorNip() + " is neither registered nor in the file"));
        } else if (!supervisorStatus.isEmployed()) {
            errors.add(new ErrorDetail(row.number(), "supervisorNip", "SUPERVISOR_INACTIVE",
                    "Atasan langsung sudah tidak aktif", "The supervisor is no longer employed"));
        } else {
            try {
                SupervisorChains.checkNoCycle(s.nip(), s.supervisorNip(), supervisorOf);
            } catch (KinerjaException e) {
                errors.add(ErrorDetail.of(row.number(), e));
            }
        }
    }

    private static KinerjaException invalid(List<ErrorDetail> errors) {
        int count = errors.size();
        List<ErrorDetail> reported = errors.subList(0, Math.min(count, MAX_REPORTED_ERRORS));
        return new KinerjaException(KinerjaException.Kind.UNPROCESSABLE, "IMPORT_INVALID", null,
                "Impor dibatalkan: " + count + " kesalahan ditemukan, tidak ada data yang disimpan",
                "Import cancelled: " + count + " errors found, nothing was saved", reported);
    }

    private static String readAll(Reader reader) {
        try {
            StringBuilder sb = new StringBuilder();
            char[] buffer = new char[8192];
            for (int n; (n = reader.read(buffer)) >= 0;) {
                sb.append(buffer, 0, n);
            }
            return sb.toString();
        } catch (IOException e) {
            throw KinerjaException.badRequest("MALFORMED_CSV", null, "Berkas CSV tidak dapat dibaca",
                    "The CSV file cannot be read");
        }
    }

    @Override
    public int exportCsv(StaffQuery query, Writer out) throws IOException {
        CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(COLUMNS.toArray(String[]::new)).build());
        int[] written = { 0 };
        try {
            staff.forEachListed(query, s -> {
                try {
                    printer.printRecord(s.nip(), Texts.csvCell(s.fullName()), s.employmentType(), s.rank(), s.rankSince(),
                            Texts.csvCell(s.positionName()), s.positionKind(), s.positionClass(), Texts.csvCell(s.unitCode()), s.supervisorNip(),
                            s.status(), s.spouseCount(), s.childCount(), Texts.csvCell(s.email()), Texts.csvCell(s.phone()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                written[0]++;
            });
        } catch (UncheckedIOException e) {
            throw e.getCause(); // the client went away
        }
        printer.flush();
        return written[0];
    }

    /** Reads typed cells of one record, noting every cell that cannot be read. */
    private static final class Cells {
        private final CSVRecord record;
        private final int number;
        private final List<ErrorDetail> errors;
        boolean failed;

        Cells(CSVRecord record, int number, List<ErrorDetail> errors) {
            this.record = record;
            this.number = number;
            this.errors = errors;
        }

        String text(String column) {
            return record.isMapped(column) ? StaffValidator.trim(Texts.fromCsvCell(record.get(column))) : null;
        }

        Integer integer(String column) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            try {
                return Integer.valueOf(value);
            } catch (NumberFormatException e) {
                return fail(column, "harus berupa bilangan bulat", "must be a whole number", value);
            }
        }

        LocalDate date(String column) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            try {
                return id.kinerja.core.api.Dates.date(column, value);
            } catch (id.kinerja.core.api.KinerjaException e) {
                return fail(column, "harus berupa tanggal TTTT-BB-HH (tahun " + id.kinerja.core.api.Dates.MIN_YEAR + "-"
                        + id.kinerja.core.api.Dates.MAX_YEAR + ")", "must be a date YYYY-MM-DD (years " + id.kinerja.core.api.Dates.MIN_YEAR
                        + "-" + id.kinerja.core.api.Dates.MAX_YEAR + ")", value);
            }
        }

        <E extends Enum<E>> E enumValue(String column, Class<E> type) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            try {
                return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return fail(column, "tidak dikenal", "is not a known value", value);
            }
        }

        private <T> T fail(String column, String id, String en, String value) {
            failed = true;
            errors.add(new ErrorDetail(number, column, "INVALID_VALUE",
                    "Nilai '" + value + "' pada kolom " + column + " " + id,
                    "The value '" + value + "' of column " + column + " " + en));
            return null;
        }
    }
}
