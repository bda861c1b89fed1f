package id.kinerja.rest.internal;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;

/**
 * No text the API takes holds a NUL character (U+0000): no person types one, some databases
 * (PostgreSQL) cannot store one, and a value that has one is refused with a 400 naming where it
 * was — in a JSON string (its field), the path or a query parameter — before any module sees it.
 */
final class NulCharacters {

    /** How the JSON side marks its refusal, for the mapper to answer {@code CONTROL_CHARACTERS}. */
    static final String MARK = "NUL character";

    private NulCharacters() {
    }

    /** The JSON side: a string with a NUL is an invalid value of its field. */
    static final class Module extends SimpleModule {

        private static final long serialVersionUID = 1L;

        Module() {
            super("kinerja-no-nul");
            addDeserializer(String.class, new StringDeserializer() {
                private static final long serialVersionUID = 1L;

                @Override
                public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                    String value = super.deserialize(parser, context);
                    if (value != null && value.indexOf('\0') >= 0) {
                        throw InvalidFormatException.from(parser, MARK, value.replace('\0', '?'), String.class);
                    }
                    return value;
                }
            });
        }
    }

    /** The address side: the path and the query parameters, decoded. */
    @PreMatching
    @Priority(Priorities.HEADER_DECORATOR)
    static final class Filter implements ContainerRequestFilter {

        @Override
        public void filter(ContainerRequestContext request) {
            if (request.getUriInfo().getPath(true).indexOf('\0') >= 0) {
                request.abortWith(refusal("path"));
                return;
            }
            for (Map.Entry<String, List<String>> parameter : request.getUriInfo().getQueryParameters(true).entrySet()) {
                if (parameter.getKey().indexOf('\0') >= 0 || parameter.getValue().stream().anyMatch(v -> v != null && v.indexOf('\0') >= 0)) {
                    request.abortWith(refusal(parameter.getKey().replace('\0', '?')));
                    return;
                }
            }
        }

        private static javax.ws.rs.core.Response refusal(String field) {
            return ErrorResponses.of(400, "CONTROL_CHARACTERS", field, "Isian " + field + " memuat karakter kendali (NUL)",
                    field + " holds a control character (NUL)");
        }
    }
}
