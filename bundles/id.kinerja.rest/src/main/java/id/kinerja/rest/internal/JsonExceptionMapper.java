package id.kinerja.rest.internal;

import java.util.stream.Collectors;

import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import javax.ws.rs.ext.Provider;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/** Malformed JSON, a value of the wrong type or an unknown field: HTTP 400 naming the field. */
@Provider
public class JsonExceptionMapper implements ExceptionMapper<JsonProcessingException> {

    @Override
    public Response toResponse(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            String field = fieldOf(unknown);
            return ErrorResponses.of(400, "UNKNOWN_FIELD", field,
                    "Kolom tidak dikenal: " + field, "Unknown field: " + field);
        }
        if (e instanceof InvalidFormatException invalid && NulCharacters.MARK.equals(invalid.getOriginalMessage())) {
            String field = fieldOf(invalid);
            return ErrorResponses.of(400, "CONTROL_CHARACTERS", field, "Isian " + field + " memuat karakter kendali (NUL)",
                    field + " holds a control character (NUL)");
        }
        if (e instanceof InvalidFormatException invalid) {
            String field = fieldOf(invalid);
            String value = String.valueOf(invalid.getValue());
            return ErrorResponses.of(400, "INVALID_VALUE", field,
                    "Nilai '" + value + "' tidak valid untuk kolom " + field,
                    "The value '" + value + "' is not valid for the field " + field);
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = fieldOf(mapping);
            return ErrorResponses.of(400, "INVALID_VALUE", field,
                    "Nilai kolom " + field + " tidak valid", "The value of the field " + field + " is not valid");
        }
        return ErrorResponses.of(400, "MALFORMED_JSON", null,
                "Isi permintaan bukan JSON yang valid", "The request body is not valid JSON");
    }

    private static String fieldOf(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : String.valueOf(ref.getIndex()))
                .collect(Collectors.joining("."));
    }
}
