package id.kinerja.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

class NulCharactersTest {

    record Body(String nip, String note) {
    }

    @Test
    void aJsonStringWithANulCharacterIsRefusedAtItsField() throws Exception {
        ObjectMapper json = ObjectMapperResolver.create();
        assertEquals("Sigap", json.readValue("{\"nip\":\"1\",\"note\":\"Sigap\"}", Body.class).note());
        InvalidFormatException refused = assertThrows(InvalidFormatException.class,
                () -> json.readValue("{\"nip\":\"1\",\"note\":\"Sig\\u0000ap\"}", Body.class));
        assertEquals("note", refused.getPath().get(0).getFieldName());
        javax.ws.rs.core.Response answer = new JsonExceptionMapper().toResponse(refused);
        assertEquals(400, answer.getStatus());
        assertEquals("CONTROL_CHARACTERS", ((ErrorBody) answer.getEntity()).error());
        assertEquals("note", ((ErrorBody) answer.getEntity()).field());
        assertThrows(InvalidFormatException.class, () -> json.readValue("{\"a\":\"\\u0000\"}", Map.class));
    }
}
