package id.kinerja.openapi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.StreamingOutput;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import id.kinerja.core.api.Page;
import id.kinerja.core.api.security.Caller;
import id.kinerja.core.api.security.Permission;
import id.kinerja.core.api.security.RequiresPermission;
import id.kinerja.core.api.security.Roles;

class OpenApiDocumentTest {

    public enum Status { ACTIVE, RETIRED }

    public record Item(long id, String name, LocalDate since, Status status, List<String> tags, BigDecimal amount) {
    }

    @Path("/v1/samples")
    @Produces(MediaType.APPLICATION_JSON)
    public static class SampleResource {

        public record NewItem(String name, Integer count) {
        }

        @GET
        @RequiresPermission("sample.read")
        public Page<Item> list(@Context Caller caller, @QueryParam("q") String q, @QueryParam("limit") Integer limit) {
            return null;
        }

        @GET
        @Path("/{id: \\d+}")
        @RequiresPermission("sample.read")
        public Item get(@PathParam("id") long id) {
            return null;
        }

        @POST
        @Consumes(MediaType.APPLICATION_JSON)
        @RequiresPermission("sample.write")
        public Response create(NewItem item) {
            return null;
        }

        @DELETE
        @Path("/{id}")
        @RequiresPermission("sample.write")
        public void delete(@PathParam("id") long id) {
        }

        @GET
        @Path("/public")
        @RequiresPermission("sample.public")
        public Map<String, String> open() {
            return null;
        }

        @GET
        @Path("/export")
        @Produces("text/csv")
        @RequiresPermission("sample.read")
        public StreamingOutput export() {
            return null;
        }

        @GET
        @Path("/undeclared")
        public String undeclared() {
            return null;
        }
    }

    /** A provider, not a resource: left out. */
    public static class SomeProvider {
    }

    private static final Map<String, Permission> PERMISSIONS = Map.of(
            "sample.read", Permission.of("sample.read", "Membaca contoh", Roles.STAFF),
            "sample.write", Permission.of("sample.write", "Menulis contoh", Roles.PERSONNEL_OFFICER),
            "sample.public", Permission.of("sample.public", "Untuk umum", Roles.PUBLIC));

    private final JsonNode document = OpenApiDocument.describe(List.of(SampleResource.class, SomeProvider.class), PERMISSIONS,
            type -> "sample-module", new ObjectMapper().registerModule(new JavaTimeModule()), "1.2.3");

    @Test
    void everyResourceMethodIsAnOperationAtItsPathWithoutTheTemplatesRegex() {
        assertEquals("3.0.3", document.get("openapi").asText());
        assertEquals("1.2.3", document.get("info").get("version").asText());
        JsonNode paths = document.get("paths");
        assertEquals(List.of("/v1/samples", "/v1/samples/export", "/v1/samples/public", "/v1/samples/undeclared", "/v1/samples/{id}"),
                iterable(paths.fieldNames()));
        assertEquals(List.of("get", "post"), iterable(paths.get("/v1/samples").fieldNames()));
        assertEquals(List.of("get", "delete"), iterable(paths.get("/v1/samples/{id}").fieldNames()));
        assertEquals("sample-module", paths.get("/v1/samples").get("get").get("tags").get(0).asText());
        assertEquals("sample-module", document.get("tags").get(0).get("name").asText());
    }

    @Test
    void eachOperationNamesItsPermissionAndPublicOnesNeedNoToken() {
        JsonNode list = document.get("paths").get("/v1/samples").get("get");
        assertEquals("sample.read", list.get(OpenApiDocument.PERMISSION_EXTENSION).asText());
        assertEquals("Membaca contoh", list.get("summary").asText());
        assertFalse(list.has("security"), "the document's bearer token applies");
        JsonNode open = document.get("paths").get("/v1/samples/public").get("get");
        assertTrue(open.get("security").isEmpty(), "a public operation needs no token");
        assertTrue(document.get("paths").get("/v1/samples/undeclared").get("get").get("description").asText().contains("ditolak untuk semua"));
    }

    @Test
    void parametersBodiesAndAnswersAreTyped() {
        JsonNode list = document.get("paths").get("/v1/samples").get("get");
        assertEquals(2, list.get("parameters").size(), "the caller (@Context) is no parameter");
        assertEquals("q", list.get("parameters").get(0).get("name").asText());
        assertEquals("query", list.get("parameters").get(0).get("in").asText());
        assertEquals("#/components/schemas/Page_Item", list.get("responses").get("200").get("content").get("application/json").get("schema")
                .get("$ref").asText());
        JsonNode get = document.get("paths").get("/v1/samples/{id}").get("get");
        assertEquals("path", get.get("parameters").get(0).get("in").asText());
        assertTrue(get.get("parameters").get(0).get("required").asBoolean());
        assertEquals("int64", get.get("parameters").get(0).get("schema").get("format").asText());
        assertEquals("#/components/schemas/OpenApiDocumentTest.SampleResource.NewItem", document.get("paths").get("/v1/samples").get("post")
                .get("requestBody").get("content").get("application/json").get("schema").get("$ref").asText());
        assertTrue(document.get("paths").get("/v1/samples/{id}").get("delete").get("responses").has("204"));
        assertEquals("binary", document.get("paths").get("/v1/samples/export").get("get").get("responses").get("200").get("content")
                .get("text/csv").get("schema").get("format").asText());
        assertEquals("#/components/responses/Error", get.get("responses").get("4XX").get("$ref").asText());
    }

    @Test
    void valuesAreDescribedAsJacksonWritesThem() {
        JsonNode schemas = document.get("components").get("schemas");
        JsonNode page = schemas.get("Page_Item").get("properties");
        assertEquals("array", page.get("items").get("type").asText());
        assertEquals("#/components/schemas/OpenApiDocumentTest.Item", page.get("items").get("items").get("$ref").asText());
        assertEquals("int64", page.get("total").get("format").asText());
        JsonNode item = schemas.get("OpenApiDocumentTest.Item").get("properties");
        assertEquals("date", item.get("since").get("format").asText());
        assertEquals(List.of("ACTIVE", "RETIRED"), iterable(item.get("status").get("enum").elements()).stream().map(JsonNode::asText).toList());
        assertEquals("string", item.get("tags").get("items").get("type").asText());
        assertEquals("number", item.get("amount").get("type").asText());
        assertTrue(schemas.get("Error").get("properties").has("messageEn"));
        assertEquals("#/components/schemas/ErrorDetail", schemas.get("Error").get("properties").get("details").get("items").get("$ref").asText());
    }

    private static <T> List<T> iterable(java.util.Iterator<T> iterator) {
        List<T> list = new java.util.ArrayList<>();
        iterator.forEachRemaining(list::add);
        return list;
    }
}
