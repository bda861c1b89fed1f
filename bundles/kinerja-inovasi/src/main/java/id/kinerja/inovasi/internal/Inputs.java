package id.kinerja.inovasi.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import id.kinerja.core.api.Dates;
import id.kinerja.core.api.KinerjaException;
import id.kinerja.core.api.Texts;
import id.kinerja.core.api.staff.StaffMember;
import id.kinerja.core.api.staff.StaffService;

/** Input at the service's boundary: texts, dates, people of the registry; each bad value a 4xx naming its field. */
final class Inputs {

    private final StaffService staff;

    Inputs(StaffService staff) {
        this.staff = staff;
    }

    static String text(String value, String field, int max) {
        return Texts.required(value, field, max);
    }

    static String optionalText(String value, String field, int max) {
        return Texts.optional(value, field, max);
    }

    static LocalDate date(String value, String field) {
        LocalDate date = Dates.date(field, value);
        if (date == null) {
            throw KinerjaException.badRequest("REQUIRED", field, "Isian " + field + " wajib diisi", field + " is required");
        }
        return date;
    }

    static <T> T required(T value, String field) {
        if (value == null) {
            throw KinerjaException.badRequest("REQUIRED", field, "Isian " + field + " wajib diisi", field + " is required");
        }
        return value;
    }

    static KinerjaException rule(String code, String field, String messageId, String messageEn) {
        return KinerjaException.unprocessable(code, field, messageId, messageEn);
    }

    /** A person of the registry still employed, or a 404/422 naming {@code field}. */
    StaffMember employed(String nip, String field) {
        String value = text(nip, field, 18);
        StaffMember member = staff.find(value).orElseThrow(() -> KinerjaException.notFound("STAFF_NOT_FOUND", field,
                "Pegawai dengan NIP " + value + " tidak terdaftar", "No staff member with NIP " + value));
        if (!member.status().isEmployed()) {
            throw rule("STAFF_NOT_IN_SERVICE", field, "Pegawai " + value + " tidak lagi aktif", "Staff member " + value + " is no longer in service");
        }
        return member;
    }

    /** Distinct employed people, in the order given; {@code null} is none. */
    List<String> employed(List<String> nips, String field) {
        Set<String> distinct = new LinkedHashSet<>();
        if (nips != null) {
            for (String nip : nips) {
                distinct.add(employed(nip, field).nip());
            }
        }
        return new ArrayList<>(distinct);
    }
}
