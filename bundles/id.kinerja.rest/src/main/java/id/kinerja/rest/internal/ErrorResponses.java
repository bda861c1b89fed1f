package id.kinerja.rest.internal;

import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/** Builds error answers with the JSON {@link ErrorBody}. */
final class ErrorResponses {

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = ObjectMapperResolver.create();

    private ErrorResponses() {
    }

    static Response of(int status, ErrorBody body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).entity(body).build();
    }

    /** The JSON of an error body, for answers written outside Jersey. */
    static String json(String code, String field, String messageId, String messageEn) {
        try {
            return JSON.writeValueAsString(new ErrorBody(code, messageId, messageEn, field));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Response of(int status, String code, String field, String messageId, String messageEn) {
        return of(status, new ErrorBody(code, messageId, messageEn, field));
    }
}
