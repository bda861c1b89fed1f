package id.kinerja.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;

import org.junit.After;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Two nodes on one PostgreSQL database, set up as docs/cluster.md says (distributions of their own,
 * as README command 1 starts them; the Derby execution only). Proven so far: both start at once on an
 * empty database (one migrates at a time, one signing key); a token signed by one node is taken by the
 * other; a role given or taken back on one node holds on the other at once; a change of a staff member written on one node is read on the other at once (no shared cache on
 * a cluster's nodes).
 */
public class ClusterIT {

    static final String ADMIN_PASSWORD = "Admin-ClusterIT-2026";
    static final String OFFICER = "197903182013102070";
    static final String OFFICER_PASSWORD = "Kinerja-Klaster-2026";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private LocalPlatform a;
    private LocalPlatform b;

    @After
    public void stop() throws Exception {
        for (LocalPlatform node : new LocalPlatform[] { a, b }) {
            if (node != null) {
                node.stop();
            }
        }
    }

    private static HttpResponse<String> call(LocalPlatform node, String token, String method, String path, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(node.base() + "/api/v1" + path)).header("Authorization", "Bearer " + token);
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return HTTP.send(request.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode ok(HttpResponse<String> response) throws Exception {
        assertEquals(response.uri() + ": " + response.body(), 200, response.statusCode());
        return JSON.readTree(response.body());
    }

    /** A node of the cluster: its own distribution, the cluster's database, marked a cluster node (no shared cache). */
    private static LocalPlatform node(String name, String url) throws Exception {
        LocalPlatform node = LocalPlatform.unpack(name);
        node.usePostgresql(url);
        Files.writeString(node.home.resolve("etc/system.properties"), "\n# a node of a cluster (docs/cluster.md)\nkinerja.cluster = true\n",
                java.nio.file.StandardOpenOption.APPEND);
        return node;
    }

    @Test
    public void twoNodesOnOneDatabaseCannotBeToldApart() throws Exception {
        String url = ItestDatabase.emptyDatabase("kinerja_cluster");
        a = node("cluster-a", url);
        b = node("cluster-b", url);
        // both at once on the empty database: every module's migrations and the signing key made once
        a.start(Map.of("KINERJA_ADMIN_PASSWORD", ADMIN_PASSWORD));
        b.start(Map.of("KINERJA_ADMIN_PASSWORD", ADMIN_PASSWORD));
        a.awaitApi();
        b.awaitApi();

        a.client(ADMIN_PASSWORD, "kinerja:demo-load", "Demo data loaded");
        // a role given on A holds on B at once
        a.client(ADMIN_PASSWORD, "kinerja:role-assign " + OFFICER + " PERSONNEL_OFFICER", "diberikan");

        String temporary = a.temporaryPassword(ADMIN_PASSWORD, OFFICER);
        HttpResponse<String> changed = call(a, a.login(OFFICER, temporary), "POST", "/auth/password",
                "{\"current\":\"" + temporary + "\",\"password\":\"" + OFFICER_PASSWORD + "\"}");
        assertTrue(changed.body(), changed.statusCode() < 300);
        String fromA = a.login(OFFICER, OFFICER_PASSWORD);
        String fromB = b.login(OFFICER, OFFICER_PASSWORD);
        // a token signed by one node is taken by the other
        JsonNode onB = ok(call(b, fromA, "GET", "/staff?limit=5", null));
        assertEquals(ok(call(a, fromB, "GET", "/staff?limit=5", null)), onB);

        // a change written on A is read on B at once, though B read the person just before
        String nip = onB.get("items").get(0).get("nip").asText();
        ObjectNode person = (ObjectNode) ok(call(b, fromB, "GET", "/staff/" + nip, null));
        String renamed = person.get("fullName").asText() + " Siregar";
        person.put("fullName", renamed);
        ok(call(a, fromA, "PUT", "/staff/" + nip, person.toString()));
        assertEquals(renamed, ok(call(b, fromB, "GET", "/staff/" + nip, null)).get("fullName").asText());
        assertEquals(renamed, ok(call(b, fromA, "GET", "/staff?limit=5&q=" + nip, null)).get("items").get(0).get("fullName").asText());

        // a role taken back on B no longer holds on A
        b.client(ADMIN_PASSWORD, "kinerja:role-unassign " + OFFICER + " PERSONNEL_OFFICER", "dicabut");
        assertEquals(403, call(a, fromA, "GET", "/staff?limit=5", null).statusCode());
    }
}
