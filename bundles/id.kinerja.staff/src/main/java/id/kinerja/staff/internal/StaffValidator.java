package id.kinerja.staff.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import id.kinerja.core.api.KinerjaException;
import id.kinerja.core.api.Texts;
import id.kinerja.core.api.staff.Nip;
import id.kinerja.core.api.staff.Rank;
import id.kinerja.core.api.staff.StaffMember;
import id.kinerja.core.api.staff.StaffStatus;

/**
 * Checks one staff record on its own (format and ranges; references to units and supervisors are
 * checked by the registry) and returns it in canonical form with the defaults filled in.
 */
final class StaffValidator {

    static final int MAX_NAME = 200;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 \\-]{5,28}");

    /** A record that passed, with its parsed NIP; or the errors found. */
    record Result(StaffMember staff, Nip nip, List<KinerjaException> errors) {

        boolean isValid() {
            return errors.isEmpty();
        }

        /** The valid record, or the first error thrown. */
        Result orThrow() {
            if (!errors.isEmpty()) {
                throw errors.get(0);
            }
            return this;
        }
    }

    private StaffValidator() {
    }

    static Result validate(StaffMember in, LocalDate today) {
        List<KinerjaException> errors = new ArrayList<>();
        if (in == null) {
            errors.add(KinerjaException.badRequest("BODY_REQUIRED", null,
                    "Data pegawai wajib dikirim", "The staff record is required"));
            return new Result(null, null, errors);
        }
        if (in.employmentType() == null) {
            errors.add(required("employmentType", "Jenis kepegawaian (PNS/PPPK)", "Employment type (PNS/PPPK)"));
        }
        Nip nip = null;
        if (in.employmentType() != null) {
            try {
                nip = Nip.parse(in.nip(), in.employmentType(), today);
            } catch (KinerjaException e) {
                errors.add(e);
            }
        }
        String fullName = trim(in.fullName());
        if (fullName == null) {
            errors.add(required("fullName", "Nama lengkap", "Full name"));
        } else if (fullName.length() > MAX_NAME) {
            errors.add(tooLong("fullName", MAX_NAME));
        } else if (Texts.hasControlCharacters(fullName)) {
            errors.add(Texts.controlCharacters("fullName"));
        }
        String rank = null;
        if (in.employmentType() != null) {
            try {
                rank = Rank.validate(in.employmentType(), in.rank());
            } catch (KinerjaException e) {
                errors.add(e);
            }
        }
        if (in.rankSince() != null && in.rankSince().isAfter(today.plusYears(1))) {
            errors.add(KinerjaException.badRequest("INVALID_DATE", "rankSince",
                    "TMT golongan terlalu jauh di masa depan", "The rank's effective date is too far in the future"));
        }
        if (in.rankSince() != null && nip != null && in.rankSince().isBefore(nip.birthDate())) {
            errors.add(KinerjaException.badRequest("INVALID_DATE", "rankSince",
                    "TMT golongan sebelum tanggal lahir", "The rank's effective date is before the birth date"));
        }
        String positionName = trim(in.positionName());
        if (positionName == null) {
            errors.add(required("positionName", "Nama jabatan", "Position name"));
        } else if (positionName.length() > MAX_NAME) {
            errors.add(tooLong("positionName", MAX_NAME));
        } else if (Texts.hasControlCharacters(positionName)) {
            errors.add(Texts.controlCharacters("positionName"));
        }
        if (in.positionKind() == null) {
            errors.add(required("positionKind", "Jenis jabatan", "Position kind"));
        }
        if (in.positionClass() == null) {
            errors.add(required("positionClass", "Kelas jabatan", "Position class"));
        } else if (in.positionClass() < 1 || in.positionClass() > 17) {
            errors.add(KinerjaException.badRequest("INVALID_POSITION_CLASS", "positionClass",
                    "Kelas jabatan harus antara 1 dan 17", "The position class must be between 1 and 17"));
        }
        String unitCode = trim(in.unitCode());
        if (unitCode == null) {
            errors.add(required("unitCode", "Kode unit kerja", "Unit code"));
        }
        String supervisorNip = trim(in.supervisorNip());
        if (supervisorNip != null && nip != null && supervisorNip.equals(nip.value())) {
            errors.add(KinerjaException.unprocessable("SUPERVISOR_SELF", "supervisorNip",
                    "Pegawai tidak boleh menjadi atasan langsungnya sendiri",
                    "A staff member cannot be their own direct supervisor"));
        } else if (supervisorNip != null && !Nip.looksLikeNip(supervisorNip)) {
            errors.add(KinerjaException.badRequest("NIP_FORMAT", "supervisorNip",
                    "NIP atasan harus terdiri dari 18 angka", "The supervisor's NIP must be exactly 18 digits"));
        }
        int spouseCount = in.spouseCount() == null ? 0 : in.spouseCount();
        if (spouseCount < 0 || spouseCount > 1) {
            errors.add(KinerjaException.badRequest("INVALID_SPOUSE_COUNT", "spouseCount",
                    "Jumlah suami/istri harus 0 atau 1", "The spouse count must be 0 or 1"));
        }
        int childCount = in.childCount() == null ? 0 : in.childCount();
        if (childCount < 0 || childCount > 30) {
            errors.add(KinerjaException.badRequest("INVALID_CHILD_COUNT", "childCount",
                    "Jumlah anak harus antara 0 dan 30", "The child count must be between 0 and 30"));
        }
        String email = trim(in.email());
        if (email != null && (email.length() > MAX_NAME || !EMAIL.matcher(email).matches())) {
            errors.add(KinerjaException.badRequest("INVALID_EMAIL", "email",
                    "Alamat email tidak valid", "The e-mail address is not valid"));
        }
        String phone = trim(in.phone());
        if (phone != null && !PHONE.matcher(phone).matches()) {
            errors.add(KinerjaException.badRequest("INVALID_PHONE", "phone",
                    "Nomor telepon tidak valid", "The phone number is not valid"));
        }
        StaffStatus status = in.status() == null ? StaffStatus.ACTIVE : in.status();
        if (!errors.isEmpty()) {
            return new Result(null, nip, errors);
        }
        StaffMember valid = new StaffMember(nip.value(), fullName, in.employmentType(), rank, in.rankSince(),
                positionName, in.positionKind(), in.positionClass(), unitCode, supervisorNip, status, spouseCount,
                childCount, email, phone);
        return new Result(valid, nip, List.of());
    }

    static String trim(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.trim();
        return trimmed.isEmpty() ? null : trimmed;
    }

    private static KinerjaException required(String field, String nameId, String nameEn) {
        return KinerjaException.badRequest("REQUIRED", field, nameId + " wajib diisi", nameEn + " is required");
    }

    private static KinerjaException tooLong(String field, int max) {
        return KinerjaException.badRequest("TOO_LONG", field, "Isian " + field + " paling banyak " + max + " karakter",
                "The field " + field + " has at most " + max + " characters");
    }
}
