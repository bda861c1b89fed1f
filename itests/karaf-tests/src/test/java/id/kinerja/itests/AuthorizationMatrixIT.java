package id.kinerja.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.inject.Inject;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.osgi.framework.BundleContext;

import com.fasterxml.jackson.databind.JsonNode;

import id.kinerja.core.api.module.ModuleService;

/**
 * The authorization matrix: every endpoint of the distribution with every optional module installed,
 * found by reading the REST resources the platform serves (never listed by hand, so a new endpoint is
 * covered as soon as it exists), called over HTTP by each role: no token, a staff member, a
 * supervisor, a unit head, a personnel officer, the treasury, a platform administrator. An endpoint
 * the role's grants do not cover must be refused (401 without a token, 403 with one); one they cover
 * must pass the check; none may fail with a server error. Every endpoint that names a person is also
 * called with a person of another unit (nobody without a city-wide permission may read it) and by the
 * person themselves and their direct supervisor (both always may); every endpoint that addresses a
 * plan, an evaluation, an activity, evidence or an objection is called with a real one of another
 * unit's staff member, which nobody but the personnel officer may read, and nobody may change; so are a
 * coaching proposal made from their weak predikat and a complaint about their unit.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class AuthorizationMatrixIT extends KinerjaTestSupport {

    // unit MA: HEAD_A heads it, SUP_A reports to HEAD_A, STAFF_A to SUP_A; unit MB: HEAD_B and STAFF_B
    static final String HEAD_A = "197501012000031001";
    static final String SUP_A = "198002022005011002";
    static final String STAFF_A = "199003032015032003";
    static final String HEAD_B = "197604042001031004";
    static final String FUNCTIONAL_A = "198808082014031008";
    static final String STAFF_B = "199105052016031005";
    // in the officer's unit, with assigned roles
    static final String TREASURER = "198506062010012006";
    static final String ADMIN = "198707072012011007";

    static final Set<String> DENIALS = Set.of("LOGIN_REQUIRED", "INVALID_TOKEN", "PERMISSION_DENIED", "NOT_DECLARED", "PASSWORD_CHANGE_REQUIRED");

    @Inject
    ModuleService modules;

    @Inject
    BundleContext context;

    static void member(String nip, String unit, String supervisor) throws Exception {
        expect(201, postJson("/staff", "{\"nip\":\"" + nip + "\",\"fullName\":\"Pegawai " + nip.substring(14) + "\",\"employmentType\":\"PNS\","
                + "\"rank\":\"III/b\",\"positionName\":\"Pelaksana\",\"positionKind\":\"PELAKSANA\",\"positionClass\":7,\"unitCode\":\"" + unit + "\""
                + (supervisor == null ? "" : ",\"supervisorNip\":\"" + supervisor + "\"") + "}"));
    }

    @Test
    public void everyEndpointAsEveryRole() throws Exception {
        awaitApi("/staff");
        installEveryModule(modules);

        expect(201, postJson("/units", "{\"code\":\"MA\",\"name\":\"Dinas A\"}"));
        expect(201, postJson("/units", "{\"code\":\"MB\",\"name\":\"Dinas B\"}"));
        member(HEAD_A, "MA", null);
        member(SUP_A, "MA", HEAD_A);
        member(STAFF_A, "MA", SUP_A);
        member(HEAD_B, "MB", OFFICER); // the officer decides objections against HEAD_B's ratings
        member(STAFF_B, "MB", HEAD_B);
        expect(200, send("PUT", "/units/MA/head", "application/json", "{\"nip\":\"" + HEAD_A + "\"}"));
        expect(200, send("PUT", "/units/MB/head", "application/json", "{\"nip\":\"" + HEAD_B + "\"}"));
        // a group of functional staff in a unit of its own, reporting to the head in the parent unit: none of them heads it
        expect(201, postJson("/units", "{\"code\":\"MA-F\",\"name\":\"Kelompok Jabatan Fungsional A\",\"parentCode\":\"MA\"}"));
        member(FUNCTIONAL_A, "MA-F", HEAD_A);
        member(TREASURER, "ITADM", OFFICER);
        member(ADMIN, "ITADM", OFFICER);
        assign(TREASURER, "TREASURY");
        assign(ADMIN, "PLATFORM_ADMIN");

        // real appraisal records of unit B, addressed by their keys: nobody of unit A, the treasury or the admin may touch them
        long evaluationB = finalPredikat(STAFF_B, HEAD_B, "DI_BAWAH_EKSPEKTASI", "SESUAI_EKSPEKTASI");
        JsonNode planB = expect(200, get("/appraisal/plans?nip=" + STAFF_B)).get("items").get(0);
        long planId = planB.get("id").asLong();
        long activityB = expect(201, as(STAFF_B, "POST", "/appraisal/plans/" + planId + "/activities", "{\"workResultId\":"
                + planB.get("workResults").get(0).get("id").asLong() + ",\"date\":\"2026-02-10\",\"description\":\"Laporan Februari\","
                + "\"minutesSpent\":60,\"outputCount\":1}")).get("id").asLong();
        long evidenceB = expect(201, upload(STAFF_B, "/appraisal/activities/" + activityB + "/evidence", "laporan.pdf",
                "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII))).get("id").asLong();
        long objectionB = expect(201, as(STAFF_B, "POST", "/appraisal/evaluations/" + evaluationB + "/objections",
                "{\"reason\":\"Realisasi belum dihitung\"}")).get("id").asLong();
        // the weak predikat made a coaching proposal for STAFF_B; a citizen complained about unit B
        long proposalB = CoachingModuleIT.awaitProposal(STAFF_B, "2026-Q1").get("id").asLong();
        String complaintCode = expect(201, anonymous("POST", "/public/complaints", "application/json", "{\"categoryCode\":\"ADMINDUK\","
                + "\"unitCode\":\"MB\",\"description\":\"Pelayanan di Dinas B lambat sekali\",\"anonymous\":true}")).get("trackingCode").asText();
        long complaintB = -1;
        for (JsonNode complaint : expect(200, get("/complaints?limit=500")).get("items")) {
            complaintB = complaintCode.equals(complaint.get("trackingCode").asText()) ? complaint.get("id").asLong() : complaintB;
        }
        Map<String, Long> recordsOfB = Map.of("/v1/appraisal/plans/{id}", planId, "/v1/appraisal/evaluations/{id}", evaluationB,
                "/v1/appraisal/activities/{id}", activityB, "/v1/appraisal/evidence/{id}", evidenceB, "/v1/appraisal/objections/{id}", objectionB,
                "/v1/coaching/proposals/{id}", proposalB, "/v1/complaints/{id}", complaintB);

        // each persona's roles as the platform derives them from the registry and the assignments
        Map<String, String> personas = new LinkedHashMap<>();
        personas.put("anonymous", null);
        personas.put("staff", STAFF_A);
        personas.put("supervisor", SUP_A);
        personas.put("unit head", HEAD_A);
        personas.put("personnel officer", OFFICER);
        personas.put("treasury", TREASURER);
        personas.put("platform admin", ADMIN);
        Map<String, Set<String>> rolesOf = new HashMap<>();
        rolesOf.put("anonymous", Set.of("PUBLIC"));
        for (Map.Entry<String, String> p : personas.entrySet()) {
            if (p.getValue() != null) {
                Set<String> roles = new TreeSet<>();
                expect(200, as(p.getValue(), "GET", "/auth/me", null)).get("roles").forEach(r -> roles.add(r.asText()));
                rolesOf.put(p.getKey(), roles);
            }
        }
        assertEquals(Set.of("PUBLIC", "STAFF"), rolesOf.get("staff"));
        assertEquals(Set.of("PUBLIC", "STAFF", "SUPERVISOR"), rolesOf.get("supervisor"));
        assertEquals(Set.of("PUBLIC", "STAFF", "SUPERVISOR", "UNIT_HEAD"), rolesOf.get("unit head"));
        assertTrue(rolesOf.get("personnel officer").toString(), rolesOf.get("personnel officer").contains("PERSONNEL_OFFICER"));
        assertEquals(Set.of("PUBLIC", "STAFF", "TREASURY"), rolesOf.get("treasury"));
        Set<String> functional = new TreeSet<>();
        expect(200, as(FUNCTIONAL_A, "GET", "/auth/me", null)).get("roles").forEach(r -> functional.add(r.asText()));
        assertEquals("reporting to a head outside one's unit does not make one its head", Set.of("PUBLIC", "STAFF"), functional);
        assertEquals(Set.of("PUBLIC", "STAFF", "PLATFORM_ADMIN"), rolesOf.get("platform admin"));

        // the grants are data: read them as the officer, as a city's administrator would
        Map<String, Set<String>> grants = new HashMap<>();
        for (JsonNode role : expect(200, get("/security/roles"))) {
            Set<String> permissions = new HashSet<>();
            role.get("permissions").forEach(p -> permissions.add(p.asText()));
            grants.put(role.get("code").asText(), permissions);
        }
        Set<String> declared = new HashSet<>();
        expect(200, get("/security/permissions")).forEach(p -> declared.add(p.get("code").asText()));

        List<Endpoint> endpoints = discover(context);
        assertTrue("the core and three modules serve far more endpoints than " + endpoints.size(), endpoints.size() > 120);
        List<String> problems = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            if (endpoint.permission() == null) {
                problems.add(endpoint + ": declares no permission");
                continue;
            }
            if (!declared.contains(endpoint.permission())) {
                problems.add(endpoint + ": its permission is declared by no module");
            }
        }
        int calls = 0;
        for (Endpoint endpoint : endpoints) {
            for (Map.Entry<String, String> persona : personas.entrySet()) {
                boolean allowed = rolesOf.get(persona.getKey()).stream()
                        .anyMatch(role -> grants.getOrDefault(role, Set.of()).contains(endpoint.permission()));
                HttpResponse<String> response = call(endpoint, persona.getValue(), STAFF_B, recordsOfB);
                calls++;
                String error = errorCode(response);
                String seen = persona.getKey() + " -> " + endpoint + ": " + response.statusCode() + " " + abbreviate(response.body());
                if (response.statusCode() >= 500) {
                    problems.add(seen + " (server error)");
                } else if (!allowed && persona.getValue() == null && !(response.statusCode() == 401 && "LOGIN_REQUIRED".equals(error))) {
                    problems.add(seen + " (expected 401 LOGIN_REQUIRED)");
                } else if (!allowed && persona.getValue() != null && !(response.statusCode() == 403 && "PERMISSION_DENIED".equals(error))) {
                    problems.add(seen + " (expected 403 PERMISSION_DENIED)");
                } else if (allowed && error != null && DENIALS.contains(error)) {
                    problems.add(seen + " (the role holds " + endpoint.permission() + ")");
                } else if (allowed && endpoint.path().contains("{nip}") && List.of("staff", "supervisor", "unit head").contains(persona.getKey())
                        && response.statusCode() < 300) {
                    problems.add(seen + " (another unit's person must be neither readable nor changeable)");
                } else if (recordOfB(endpoint, recordsOfB) != null && persona.getValue() != null && !persona.getValue().equals(OFFICER)
                        && response.statusCode() < 300) {
                    problems.add(seen + " (a record of another unit must be neither readable nor changeable)");
                }
            }
            // the staff member reads their own records, and their direct supervisor too (the unit's head as well, except
            // where a module keeps a record narrower: development plans and one-to-one coaching)
            if (endpoint.permission() != null && endpoint.method().equals("GET") && endpoint.path().contains("{nip}")
                    && grants.get("STAFF").contains(endpoint.permission())) {
                for (String reader : List.of(STAFF_A, SUP_A)) {
                    HttpResponse<String> own = call(endpoint, reader, STAFF_A, Map.of());
                    calls++;
                    if (own.statusCode() == 403 || own.statusCode() == 401 || own.statusCode() >= 500) {
                        problems.add(reader + " -> " + endpoint + " of " + STAFF_A + ": " + own.statusCode() + " " + abbreviate(own.body()));
                    }
                }
            }
        }
        assertTrue(problems.size() + " of " + calls + " calls broke the matrix:\n" + String.join("\n", problems), problems.isEmpty());

        // an assigned role is taken back in the console: its next request already lacks it
        adminConsole("kinerja:role-unassign " + TREASURER + " TREASURY", "dicabut");
        assertEquals("PERMISSION_DENIED", expect(403, as(TREASURER, "GET", "/pay/runs", null)).get("error").asText());
        assertFalse(as(TREASURER, "GET", "/auth/me", null).body().contains("TREASURY"));
    }

    /** The key of the record of unit B an endpoint addresses, {@code null} if none. */
    static Long recordOfB(Endpoint endpoint, Map<String, Long> records) {
        return records.entrySet().stream().filter(r -> endpoint.path().startsWith(r.getKey())).map(Map.Entry::getValue).findFirst().orElse(null);
    }

    /**
     * Calls the endpoint with placeholder path values ({@code nip} the given person, the first {@code id} a record
     * of unit B where one is given for the path) and a body of its media type.
     */
    static HttpResponse<String> call(Endpoint endpoint, String actor, String person, Map<String, Long> records) throws Exception {
        Long record = recordOfB(endpoint, records);
        String path = (record == null ? endpoint.path() : endpoint.path().replaceFirst("\\{id\\}", String.valueOf(record)))
                .replaceFirst("^/v1", "")
                .replace("{nip}", person).replace("{year}", "2026").replace("{month}", "2026-01").replace("{period}", "2026-Q1")
                .replace("{format}", "json").replace("{code}", "MB").replaceAll("\\{[a-zA-Z]+\\}", "999999");
        String type = endpoint.consumes();
        String body = null;
        if (type != null) {
            type = type.startsWith("multipart/") ? type + "; boundary=kinerja" : type;
            body = type.startsWith("application/json") ? (endpoint.path().endsWith("/discipline-events") ? "[]" : "{}")
                    : type.startsWith("multipart/") ? "--kinerja--\r\n" : "";
        } else if (!endpoint.method().equals("GET") && !endpoint.method().equals("DELETE")) {
            body = "";
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api(path)))
                .method(endpoint.method(), body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (type != null) {
            request.header("Content-Type", type);
        }
        if (actor != null) {
            request.header("Authorization", bearer(actor));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String errorCode(HttpResponse<String> response) {
        try {
            JsonNode body = JSON.readTree(response.body());
            return body != null && body.hasNonNull("error") ? body.get("error").asText() : null;
        } catch (java.io.IOException notJson) {
            return null;
        }
    }

    static String abbreviate(String body) {
        return body.length() > 160 ? body.substring(0, 160) + "…" : body;
    }

}
