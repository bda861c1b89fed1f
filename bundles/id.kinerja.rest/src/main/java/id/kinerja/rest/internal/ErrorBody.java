package id.kinerja.rest.internal;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import id.kinerja.core.api.ErrorDetail;

/**
 * The JSON body of every error answer:
 * {@code {"error": CODE, "message": "...", "messageEn": "...", "field": "..."}}; {@code details}
 * is present when there are several errors (e.g. one per bad CSV row).
 */
public record ErrorBody(String error, String message, String messageEn, String field,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<ErrorDetail> details) {

    public ErrorBody(String error, String message, String messageEn, String field) {
        this(error, message, messageEn, field, List.of());
    }
}
