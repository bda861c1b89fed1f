package id.kinerja.http.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.eclipse.jetty.http.HttpFields;
import org.junit.jupiter.api.Test;

class JsonErrorHandlerTest {

    @Test
    void aRefusedRequestGetsTheApisJsonAndHeaders() {
        HttpFields fields = new HttpFields();
        String body = StandardCharsets.UTF_8.decode(new JsonErrorHandler().badMessageError(431, "Request Header Fields Too Large", fields)).toString();
        assertEquals("{\"error\":\"HEADERS_TOO_LARGE\",\"message\":\"Header permintaan terlalu besar\",\"messageEn\":\"The request headers are too large\","
                + "\"field\":null}", body);
        assertEquals("application/json;charset=UTF-8", fields.get("Content-Type"));
        assertEquals("nosniff", fields.get("X-Content-Type-Options"));
        assertEquals("no-store", fields.get("Cache-Control"));
    }

    @Test
    void everyStatusHasACode() {
        assertTrue(JsonErrorHandler.body(400).contains("\"BAD_REQUEST\""));
        assertTrue(JsonErrorHandler.body(404).contains("\"NOT_FOUND\""));
        assertTrue(JsonErrorHandler.body(503).contains("\"SERVER_ERROR\""));
    }

    @Test
    void anApiAddressNothingServesIsStartingNotMissing() {
        assertTrue(JsonErrorHandler.notServedYet(404, "/api/v1/staff"));
        assertTrue(JsonErrorHandler.notServedYet(404, "/api"));
        assertTrue(!JsonErrorHandler.notServedYet(404, "/apix"), "not the API");
        assertTrue(JsonErrorHandler.notServedYet(404, "/app/"), "the web application, before it is served");
        assertTrue(!JsonErrorHandler.notServedYet(404, "/application"), "not the web application");
        assertTrue(!JsonErrorHandler.notServedYet(400, "/api/v1/staff"), "a refused request stays refused");
        assertTrue(JsonErrorHandler.STARTING.contains("\"STARTING\""));
    }
}
