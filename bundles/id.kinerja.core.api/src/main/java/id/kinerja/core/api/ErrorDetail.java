package id.kinerja.core.api;

/**
 * One error among several, e.g. one bad cell of a CSV import.
 *
 * @param row the 1-based data row it is about, or {@code null}
 * @param field the field at fault, or {@code null}
 * @param code a stable error code
 * @param message the message in Bahasa Indonesia
 * @param messageEn the message in English
 */
public record ErrorDetail(Integer row, String field, String code, String message, String messageEn) {

    public static ErrorDetail of(Integer row, KinerjaException e) {
        return new ErrorDetail(row, e.getField(), e.getCode(), e.getMessageId(), e.getMessageEn());
    }
}
