package id.kinerja.appraisal.internal;

import javax.persistence.EntityManager;

import id.kinerja.core.api.KinerjaException;
import id.kinerja.core.api.Texts;

/** The appraisal core's error answers, with their messages in Bahasa Indonesia and English. */
final class Errors {

    private Errors() {
    }

    static KinerjaException notFound(String what, String whatEn, long id) {
        return KinerjaException.notFound(whatEn.toUpperCase().replace(' ', '_') + "_NOT_FOUND", null,
                what + " " + id + " tidak ditemukan", whatEn + " " + id + " not found");
    }

    /** The entity of that id, or a 404 {@code <WHAT>_NOT_FOUND} naming it. */
    static <T> T existing(EntityManager em, Class<T> type, long id, String what, String whatEn) {
        T found = em.find(type, id);
        if (found == null) {
            throw notFound(what, whatEn, id);
        }
        return found;
    }

    static KinerjaException forbidden(String code, String messageId, String messageEn) {
        return KinerjaException.forbidden(code, null, messageId, messageEn);
    }

    static KinerjaException rule(String code, String field, String messageId, String messageEn) {
        return KinerjaException.unprocessable(code, field, messageId, messageEn);
    }

    static KinerjaException invalid(String code, String field, String messageId, String messageEn) {
        return KinerjaException.badRequest(code, field, messageId, messageEn);
    }

    static KinerjaException conflict(String code, String messageId, String messageEn) {
        return KinerjaException.conflict(code, null, messageId, messageEn);
    }

    /** A required text: trimmed, not blank, at most {@code max} characters. */
    static String text(String value, String field, int max) {
        return Texts.required(value, field, max);
    }

    /** An optional text: trimmed, {@code null} when blank, at most {@code max} characters. */
    static String optionalText(String value, String field, int max) {
        return Texts.optional(value, field, max);
    }

    static <T> T required(T value, String field) {
        if (value == null) {
            throw invalid("REQUIRED", field, "Isian " + field + " wajib diisi", field + " is required");
        }
        return value;
    }
}
