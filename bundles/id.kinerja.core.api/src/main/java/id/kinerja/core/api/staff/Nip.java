package id.kinerja.core.api.staff;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;

import id.kinerja.core.api.KinerjaException;

/**
 * A parsed and validated staff number: the NIP of a PNS or the NI of a PPPK, both 18 digits.
 * <ul>
 * <li>NIP (PNS): birth date {@code yyyymmdd} + TMT CPNS {@code yyyymm} + gender (1 male, 2 female)
 * + sequence (3 digits).</li>
 * <li>NI PPPK: birth date {@code yyyymmdd} + appointment year {@code yyyy} + {@code 21} + gender +
 * sequence.</li>
 * </ul>
 * The start of service ({@code serviceStart}) must be on or after the 18th birthday and not in the
 * future.
 *
 * @param value the 18 digits
 * @param type PNS or PPPK
 * @param birthDate the embedded birth date
 * @param serviceStart TMT CPNS (PNS) or the appointment year's January (PPPK)
 * @param gender the embedded gender
 * @param sequence the embedded sequence number, 1..999
 */
public record Nip(String value, EmploymentType type, LocalDate birthDate, YearMonth serviceStart, Gender gender,
        int sequence) {

    private static final String FIELD = "nip";

    /**
     * Parses and validates a staff number.
     *
     * @param text the 18 digits (surrounding spaces are ignored)
     * @param type whether it is a NIP (PNS) or an NI PPPK
     * @param today the current date, to reject a service start in the future
     * @throws KinerjaException (bad request, field {@code nip}) when it is not valid
     */
    public static Nip parse(String text, EmploymentType type, LocalDate today) {
        if (text == null || text.isBlank()) {
            throw invalid("NIP_REQUIRED", "NIP wajib diisi", "NIP is required");
        }
        String value = text.trim();
        if (!value.matches("\\d{18}")) {
            throw invalid("NIP_FORMAT", "NIP harus terdiri dari 18 angka", "NIP must be exactly 18 digits");
        }
        LocalDate birthDate;
        try {
            birthDate = LocalDate.of(num(value, 0, 4), num(value, 4, 6), num(value, 6, 8));
        } catch (DateTimeException e) {
            throw invalid("NIP_BIRTH_DATE", "Tanggal lahir dalam NIP (digit 1-8) tidak valid",
                    "The birth date in the NIP (digits 1-8) is not a valid date");
        }
        if (birthDate.isAfter(today)) {
            throw invalid("NIP_BIRTH_DATE", "Tanggal lahir dalam NIP berada di masa depan",
                    "The birth date in the NIP is in the future");
        }
        YearMonth serviceStart;
        int genderDigit;
        if (type == EmploymentType.PPPK) {
            if (!"21".equals(value.substring(12, 14))) {
                throw invalid("NIP_PPPK_CODE", "NI PPPK harus memuat kode 21 pada digit 13-14",
                        "An NI PPPK must have the code 21 at digits 13-14");
            }
            serviceStart = YearMonth.of(num(value, 8, 12), 1);
            genderDigit = num(value, 14, 15);
        } else {
            int month = num(value, 12, 14);
            if (month < 1 || month > 12) {
                throw invalid("NIP_TMT", "Bulan TMT CPNS dalam NIP (digit 13-14) tidak valid",
                        "The TMT CPNS month in the NIP (digits 13-14) is not valid");
            }
            serviceStart = YearMonth.of(num(value, 8, 12), month);
            genderDigit = num(value, 14, 15);
        }
        YearMonth adulthood = YearMonth.from(birthDate.plusYears(18));
        if (serviceStart.isBefore(adulthood)) {
            throw invalid("NIP_TMT", "TMT dalam NIP sebelum pegawai berusia 18 tahun",
                    "The start of service in the NIP is before the 18th birthday");
        }
        if (serviceStart.isAfter(YearMonth.from(today))) {
            throw invalid("NIP_TMT", "TMT dalam NIP berada di masa depan",
                    "The start of service in the NIP is in the future");
        }
        Gender gender;
        if (genderDigit == 1) {
            gender = Gender.MALE;
        } else if (genderDigit == 2) {
            gender = Gender.FEMALE;
        } else {
            throw invalid("NIP_GENDER", "Kode jenis kelamin dalam NIP harus 1 (laki-laki) atau 2 (perempuan)",
                    "The gender digit in the NIP must be 1 (male) or 2 (female)");
        }
        int sequence = num(value, 15, 18);
        if (sequence == 0) {
            throw invalid("NIP_SEQUENCE", "Nomor urut dalam NIP (digit 16-18) tidak boleh 000",
                    "The sequence number in the NIP (digits 16-18) must not be 000");
        }
        return new Nip(value, type, birthDate, serviceStart, gender, sequence);
    }

    /** Whether {@code text} looks like a staff number (18 digits), without validating its parts. */
    public static boolean looksLikeNip(String text) {
        return text != null && text.matches("\\d{18}");
    }

    private static int num(String value, int from, int to) {
        return Integer.parseInt(value.substring(from, to));
    }

    private static KinerjaException invalid(String code, String messageId, String messageEn) {
        return KinerjaException.badRequest(code, FIELD, messageId, messageEn);
    }

    @Override
    public String toString() {
        return value;
    }
}
