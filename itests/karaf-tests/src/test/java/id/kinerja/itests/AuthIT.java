package id.kinerja.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import javax.inject.Inject;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Staff accounts over HTTP: an administrator creates one from the console, the person logs in with
 * NIP and password, gets a signed token, changes the temporary password; failures never tell whether
 * a NIP exists; repeated failures lock the account until an administrator resets it.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class AuthIT extends KinerjaTestSupport {

    static final String NIP = "198708082011012001";

    @Inject
    @org.ops4j.pax.exam.util.Filter("(osgi.jndi.service.name=kinerja)")
    javax.sql.DataSource kinerjaDatabase;

    String resetPassword(String nip) throws Exception {
        String out = console("kinerja:password-reset " + nip);
        assertTrue(out, out.contains("Kata sandi sementara " + nip + ": "));
        return out.replaceAll("(?s).*Kata sandi sementara " + nip + ": (\\S+) .*", "$1");
    }

    static HttpResponse<String> login(String nip, String password) throws Exception {
        return postJson("/auth/login", "{\"nip\":\"" + nip + "\",\"password\":\"" + password + "\"}");
    }

    static HttpResponse<String> withToken(String method, String path, String token, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api(path)))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> forwardedLogin(String forwardedFor) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(api("/auth/login"))).header("Content-Type", "application/json")
                .header("X-Forwarded-For", forwardedFor).POST(HttpRequest.BodyPublishers.ofString("{\"nip\":\"" + NIP
                        + "\",\"password\":\"Salah-Sekali-123\"}")).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A login through the city's trusted proxy, for a client at {@code address}. */
    static HttpResponse<String> loginFrom(String address, String nip, String password) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(api("/auth/login"))).header("Content-Type", "application/json")
                .header("X-Forwarded-For", address).POST(HttpRequest.BodyPublishers.ofString("{\"nip\":\"" + nip
                        + "\",\"password\":\"" + password + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A password change through the city's trusted proxy, for a client at {@code address}. */
    static HttpResponse<String> changeFrom(String address, String token, String current, String next) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(api("/auth/password"))).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token).header("X-Forwarded-For", address)
                .POST(HttpRequest.BodyPublishers.ofString("{\"current\":\"" + current + "\",\"password\":\"" + next + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static String lastLoginClient() throws Exception {
        return expect(200, get("/security/logins?nip=" + NIP + "&limit=1")).get("items").get(0).get("client").asText();
    }

    @Test
    public void loginTokensPasswordsAndLockout() throws Exception {
        awaitApi("/staff");
        expect(201, postJson("/units", "{\"code\":\"BKPSDM\",\"name\":\"Badan Kepegawaian\"}"));
        expect(201, postJson("/staff", "{\"nip\":\"" + NIP + "\",\"fullName\":\"Dewi Lestari, S.Kom.\",\"employmentType\":\"PNS\","
                + "\"rank\":\"III/c\",\"positionName\":\"Pranata Komputer\",\"positionKind\":\"FUNGSIONAL\",\"positionClass\":8,\"unitCode\":\"BKPSDM\"}"));
        assertTrue(console("kinerja:password-reset 199901012024011999").contains("tidak terdaftar"));
        String temporary = resetPassword(NIP);

        JsonNode session = expect(200, login(NIP, temporary));
        assertTrue(session.get("mustChangePassword").asBoolean());
        String token = session.get("token").asText();
        JsonNode me = expect(200, withToken("GET", "/auth/me", token, null));
        assertEquals(NIP, me.get("nip").asText());
        // a temporary password's token opens nothing but the account itself
        assertEquals("PASSWORD_CHANGE_REQUIRED", expect(403, withToken("GET", "/units", token, null)).get("error").asText());
        assertEquals("Dewi Lestari, S.Kom.", me.get("fullName").asText());
        HttpResponse<String> anonymous = withToken("GET", "/auth/me", null, null);
        assertEquals(401, anonymous.statusCode());
        assertEquals("Bearer realm=\"kinerja\"", anonymous.headers().firstValue("WWW-Authenticate").orElse(""));
        // every answer: believe the content type, keep nothing, never framed; no CORS for other sites
        HttpResponse<String> answer = withToken("GET", "/auth/me", token, null);
        assertEquals("nosniff", answer.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("no-store", answer.headers().firstValue("Cache-Control").orElse(""));
        assertEquals("DENY", answer.headers().firstValue("X-Frame-Options").orElse(""));
        HttpResponse<String> crossSite = HTTP.send(HttpRequest.newBuilder(URI.create(api("/staff"))).header("Origin", "https://contoh.example")
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(crossSite.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
        assertEquals("INVALID_TOKEN", expect(401, withToken("GET", "/auth/me", token.substring(0, token.length() - 2) + "xx", null)).get("error").asText());

        // the temporary password is replaced by the person's own
        assertEquals("WRONG_PASSWORD", expect(403, withToken("POST", "/auth/password", token, "{\"current\":\"salah\",\"password\":\"Kinerja-Dewi-2026\"}"))
                .get("error").asText());
        assertEquals("WEAK_PASSWORD", expect(400, withToken("POST", "/auth/password", token, "{\"current\":\"" + temporary + "\",\"password\":\"pendek\"}"))
                .get("error").asText());
        expect(200, withToken("POST", "/auth/password", token, "{\"current\":\"" + temporary + "\",\"password\":\"Kinerja-Dewi-2026\"}"));
        assertEquals(401, login(NIP, temporary).statusCode());
        assertFalse(expect(200, login(NIP, "Kinerja-Dewi-2026")).get("mustChangePassword").asBoolean());

        // a failure never tells whether the NIP exists
        HttpResponse<String> wrongPassword = login(NIP, "Salah-Sekali-123");
        HttpResponse<String> unknownNip = login("199901012024011999", "Salah-Sekali-123");
        assertEquals(401, wrongPassword.statusCode());
        assertEquals(unknownNip.statusCode(), wrongPassword.statusCode());
        assertEquals(unknownNip.body(), wrongPassword.body());

        // five failures in a row lock the account: even the right password is refused, the same way
        for (int i = 0; i < 4; i++) {
            assertEquals(401, login(NIP, "Salah-Sekali-123").statusCode());
        }
        HttpResponse<String> locked = login(NIP, "Kinerja-Dewi-2026");
        assertEquals(401, locked.statusCode());
        assertEquals(unknownNip.body(), locked.body());
        // an administrator's reset unlocks it
        String again = resetPassword(NIP);
        assertEquals(200, login(NIP, again).statusCode());

        // every attempt and every write is kept, for personnel officers only
        JsonNode logins = expect(200, get("/security/logins?nip=" + NIP + "&limit=20")).get("items");
        java.util.List<String> reasons = new java.util.ArrayList<>();
        logins.forEach(l -> reasons.add(l.get("reason").asText()));
        assertEquals("newest first", "OK", reasons.get(0));
        assertTrue(reasons.toString(), reasons.containsAll(java.util.List.of("OK", "WRONG_PASSWORD", "WRONG_PASSWORD_LOCKED", "LOCKED")));
        assertEquals(reasons.size(), expect(200, get("/security/logins?nip=" + NIP)).get("total").asInt());
        java.util.List<String> further = new java.util.ArrayList<>();
        expect(200, get("/security/logins?nip=" + NIP + "&limit=2&offset=1")).get("items").forEach(l -> further.add(l.get("reason").asText()));
        assertEquals("a page by its offset", reasons.subList(1, 3), further);
        assertQueriesCarryNoValues(kinerjaDatabase, NIP);
        JsonNode writes = expect(200, get("/security/audit?nip=" + NIP)).get("items");
        java.util.List<String> seen = new java.util.ArrayList<>();
        writes.forEach(w -> seen.add(w.get("method").asText() + " " + w.get("path").asText() + " " + w.get("status").asInt()));
        assertTrue(seen.toString(), seen.containsAll(java.util.List.of("POST /v1/auth/password 200", "POST /v1/auth/password 403",
                "POST /v1/auth/password 400")));
        String own = expect(200, login(NIP, again)).get("token").asText();
        assertEquals("PERMISSION_DENIED", expect(403, withToken("GET", "/security/audit", own, null)).get("error").asText());
        assertEquals("INVALID_DATE", expect(400, get("/security/audit?from=kemarin")).get("error").asText());

        // a client's own X-Forwarded-For is not believed; behind the city's trusted proxy the forwarded address is logged
        assertEquals(401, forwardedLogin("203.0.113.9").statusCode());
        assertEquals("127.0.0.1", lastLoginClient());
        org.osgi.service.cm.Configuration rest = service(org.osgi.service.cm.ConfigurationAdmin.class).getConfiguration("id.kinerja.rest", null);
        java.util.Hashtable<String, Object> proxies = new java.util.Hashtable<>();
        proxies.put("trustedProxies", "127.0.0.1");
        rest.update(proxies);
        long deadline = System.currentTimeMillis() + 10_000;
        String client = null;
        while (!"203.0.113.9".equals(client) && System.currentTimeMillis() < deadline) {
            forwardedLogin("203.0.113.9");
            client = lastLoginClient();
            Thread.sleep(200);
        }
        assertEquals("the address the trusted proxy forwarded", "203.0.113.9", client);

        // from here on every client has an address of its own (the trusted proxy forwards it)
        String password = resetPassword(NIP);
        String first = expect(200, loginFrom("203.0.113.10", NIP, password)).get("token").asText();
        String mine = "Kinerja-Dewi-Baru-1";
        String renewed = expect(200, changeFrom("203.0.113.10", first, password, mine)).get("token").asText();
        // a changed password revokes every token issued before it
        assertEquals("INVALID_TOKEN", expect(401, withToken("GET", "/auth/me", first, null)).get("error").asText());
        expect(200, withToken("GET", "/auth/me", renewed, null));
        // an administrator's reset revokes them too
        String temporary2 = resetPassword(NIP);
        assertEquals("INVALID_TOKEN", expect(401, withToken("GET", "/auth/me", renewed, null)).get("error").asText());
        String second = expect(200, loginFrom("203.0.113.10", NIP, temporary2)).get("token").asText();
        expect(200, changeFrom("203.0.113.10", second, temporary2, mine));

        // failures lock the account for the address they came from only: the owner elsewhere still gets in
        for (int i = 0; i < 5; i++) {
            assertEquals(401, loginFrom("203.0.113.20", NIP, "Salah-Sekali-123").statusCode());
        }
        assertEquals("locked for the guesser's address", 401, loginFrom("203.0.113.20", NIP, mine).statusCode());
        String owner = expect(200, loginFrom("203.0.113.21", NIP, mine)).get("token").asText();

        // wrong current passwords count as failed logins of the account from that address
        for (int i = 0; i < 5; i++) {
            assertEquals(403, changeFrom("203.0.113.22", owner, "Salah-Sekali-123", "Kinerja-Dewi-Baru-3").statusCode());
        }
        assertEquals("even the right current password, from there", 403, changeFrom("203.0.113.22", owner, mine, "Kinerja-Dewi-Baru-3").statusCode());
        assertEquals(401, loginFrom("203.0.113.22", NIP, mine).statusCode());
        expect(200, loginFrom("203.0.113.23", NIP, mine));

        // one address spraying many NIPs waits after 10 failures in 10 minutes (429, Retry-After); other addresses do not
        int refused = 0;
        HttpResponse<String> last = null;
        for (int i = 0; i < 12; i++) {
            last = loginFrom("203.0.113.30", "1990010120200110" + String.format("%02d", i), "Salah-Sekali-123");
            if (last.statusCode() == 429) {
                refused++;
            } else {
                assertEquals(last.body(), 401, last.statusCode());
            }
        }
        assertEquals(2, refused);
        assertEquals("TOO_MANY_ATTEMPTS", json(last).get("error").asText());
        assertTrue(Integer.parseInt(last.headers().firstValue("Retry-After").orElse("0")) > 0);
        assertEquals("even the right password waits there", 429, loginFrom("203.0.113.30", NIP, mine).statusCode());
        expect(200, loginFrom("203.0.113.31", NIP, mine));
    }
}
