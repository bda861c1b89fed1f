package id.kinerja.core.api;

import java.util.List;
import java.util.Objects;

/**
 * A rule of the domain was violated by the caller. Carries a stable code, a message in Bahasa
 * Indonesia for the people who read it, the same in English, and the field at fault. The REST
 * layer turns it into an HTTP 4xx answer; it is never a server fault.
 */
public class KinerjaException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What went wrong, from the caller's point of view. */
    public enum Kind {
        /** The input is malformed (HTTP 400). */
        BAD_REQUEST,
        /** The caller may not do this, e.g. rate somebody who is not their subordinate (HTTP 403). */
        FORBIDDEN,
        /** The addressed record does not exist (HTTP 404). */
        NOT_FOUND,
        /** The input clashes with existing data, e.g. a duplicate key (HTTP 409). */
        CONFLICT,
        /** The input is well formed but breaks a domain rule (HTTP 422). */
        UNPROCESSABLE,
        /** The caller is not (or no longer) authenticated: no, a wrong or an expired credential (HTTP 401). */
        UNAUTHENTICATED,
        /** The caller sent too many requests of this kind; {@link #getRetryAfterSeconds()} says when to try again (HTTP 429). */
        TOO_MANY_REQUESTS
    }

    private final Kind kind;
    private final String code;
    private final String messageId;
    private final String field;
    private final List<ErrorDetail> details;
    private long retryAfterSeconds;

    public KinerjaException(Kind kind, String code, String field, String messageId, String messageEn,
            List<ErrorDetail> details) {
        super(messageEn);
        this.kind = Objects.requireNonNull(kind);
        this.code = Objects.requireNonNull(code);
        this.field = field;
        this.messageId = messageId;
        this.details = details == null ? List.of() : List.copyOf(details);
    }

    public static KinerjaException badRequest(String code, String field, String messageId, String messageEn) {
        return new KinerjaException(Kind.BAD_REQUEST, code, field, messageId, messageEn, null);
    }

    public static KinerjaException unauthenticated(String code, String messageId, String messageEn) {
        return new KinerjaException(Kind.UNAUTHENTICATED, code, null, messageId, messageEn, null);
    }

    /** Too many requests of one kind from one client: try again after {@code retryAfterSeconds} (at least 1). */
    public static KinerjaException tooManyRequests(String code, long retryAfterSeconds, String messageId, String messageEn) {
        KinerjaException e = new KinerjaException(Kind.TOO_MANY_REQUESTS, code, null, messageId, messageEn, null);
        e.retryAfterSeconds = Math.max(1, retryAfterSeconds);
        return e;
    }

    public static KinerjaException forbidden(String code, String field, String messageId, String messageEn) {
        return new KinerjaException(Kind.FORBIDDEN, code, field, messageId, messageEn, null);
    }

    public static KinerjaException notFound(String code, String field, String messageId, String messageEn) {
        return new KinerjaException(Kind.NOT_FOUND, code, field, messageId, messageEn, null);
    }

    public static KinerjaException conflict(String code, String field, String messageId, String messageEn) {
        return new KinerjaException(Kind.CONFLICT, code, field, messageId, messageEn, null);
    }

    public static KinerjaException unprocessable(String code, String field, String messageId, String messageEn) {
        return new KinerjaException(Kind.UNPROCESSABLE, code, field, messageId, messageEn, null);
    }

    public Kind getKind() {
        return kind;
    }

    public String getCode() {
        return code;
    }

    /** The field at fault, or {@code null} when the error is not about one field. */
    public String getField() {
        return field;
    }

    /** The message in Bahasa Indonesia. */
    public String getMessageId() {
        return messageId;
    }

    /** The message in English (also {@link #getMessage()}). */
    public String getMessageEn() {
        return getMessage();
    }

    /** For {@link Kind#TOO_MANY_REQUESTS}: the seconds to wait before trying again; 0 otherwise. */
    public long getRetryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** Per-item errors, e.g. one per bad row of an import; empty when there are none. */
    public List<ErrorDetail> getDetails() {
        return details;
    }
}
