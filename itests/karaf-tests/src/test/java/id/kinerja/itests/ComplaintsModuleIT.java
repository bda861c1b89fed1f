package id.kinerja.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import javax.inject.Inject;

import org.junit.FixMethodOrder;
import org.junit.Test;
import org.junit.runners.MethodSorters;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

import com.fasterxml.jackson.databind.JsonNode;

import id.kinerja.core.api.module.ModuleService;

/**
 * The complaints module installed on the running distribution: a citizen files a complaint without
 * an account and follows it with the code and the secret; the staff handle it through every state;
 * the citizen rates and reopens it; the numbers reach the rater among the appraisal's inputs; the
 * public intake is rate limited; the module is removed and reinstalled with its data.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class ComplaintsModuleIT extends KinerjaTestSupport {

    static final String HEAD = "197404042001031001";
    static final String OFFICER = "199202022018032002";

    @Inject
    ModuleService modules;

    @Inject
    org.osgi.framework.BundleContext context;

    @Inject
    org.osgi.service.cm.ConfigurationAdmin configurations;

    @Inject
    @org.ops4j.pax.exam.util.Filter("(osgi.jndi.service.name=kinerja)")
    javax.sql.DataSource kinerjaDatabase;

    static HttpResponse<String> attach(String code, String secret, String fileName, byte[] content) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(api("/public/complaints/" + code + "/attachments?fileName=" + fileName)))
                .POST(HttpRequest.BodyPublishers.ofByteArray(content)).header("Content-Type", "application/octet-stream")
                .header("X-Tracking-Secret", secret).build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> citizen(String method, String path, String secret, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api("/public/complaints" + path)))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (secret != null) {
            request.header("X-Tracking-Secret", secret);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> open311Raw(String method, String path, String form) throws Exception {
        String base = api("").replace("/api/v1", "/open311/v2");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, form == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(form));
        if (form != null) {
            request.header("Content-Type", "application/x-www-form-urlencoded");
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static long idOf(String trackingCode) throws Exception {
        for (JsonNode c : expect(200, get("/complaints?limit=500")).get("items")) {
            if (trackingCode.equals(c.get("trackingCode").asText())) {
                return c.get("id").asLong();
            }
        }
        throw new AssertionError("no complaint " + trackingCode + " in the staff's list");
    }

    // ---- the scenario's state, carried from one step to the next (the steps run in name order in one container)
    static CoreWatch watch;
    static JsonNode receipt;
    static String code;
    static String secret;
    static JsonNode anonymous;
    static long id;
    static long other;
    static JsonNode own;
    static JsonNode unit;
    static JsonNode created;
    static String openCode;
    static JsonNode one;
    static org.osgi.service.cm.Configuration city;
    static String openSecret;
    static long roadId;
    static int refused;
    static java.util.Set<String> burstCodes;

    /** A unit, its head and an officer with a final predikat, before the module. */
    @Test
    public void s01_aUnitItsHeadAndAnOfficer() throws Exception {
        awaitApi("/staff");
        expect(201, postJson("/units", "{\"code\":\"DISPENDUK\",\"name\":\"Dinas Kependudukan\"}"));
        expect(201, postJson("/staff", "{\"nip\":\"" + HEAD + "\",\"fullName\":\"Kepala Dinas\",\"employmentType\":\"PNS\",\"rank\":\"IV/b\","
                + "\"positionName\":\"Kepala Dinas\",\"positionKind\":\"JPT\",\"positionClass\":14,\"unitCode\":\"DISPENDUK\"}"));
        expect(201, postJson("/staff", "{\"nip\":\"" + OFFICER + "\",\"fullName\":\"Petugas Loket\",\"employmentType\":\"PNS\",\"rank\":\"II/c\","
                + "\"positionName\":\"Pengadministrasi\",\"positionKind\":\"PELAKSANA\",\"positionClass\":5,\"unitCode\":\"DISPENDUK\","
                + "\"supervisorNip\":\"" + HEAD + "\"}"));
        expect(200, send("PUT", "/units/DISPENDUK/head", "application/json", "{\"nip\":\"" + HEAD + "\"}"));
        long q1 = finalPredikat(OFFICER, HEAD, "SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI");
        assertTrue(q1 > 0);
        assertEquals(404, citizen("GET", "/categories", null, null).statusCode());

        watch = new CoreWatch(context, java.util.Set.of("id.kinerja.complaints"), List.of("/staff?limit=5", "/units"));
    }

    /** The module installed while the core answers. */
    @Test
    public void s02_theModuleInstalledWhileTheCoreAnswers() throws Exception {
        modules.install("kinerja-complaints");
        awaitApi("/complaints");
        assertEquals(5, expect(200, citizen("GET", "/categories", null, null)).size());
    }

    /** Filing: validated at the door, nothing saved on a refusal. */
    @Test
    public void s03_filingValidatedAtTheDoorNothingSaved() throws Exception {
        assertEquals("TOO_SHORT", expect(400, citizen("POST", "", null, "{\"categoryCode\":\"ADMINDUK\",\"description\":\"KTP\"}"))
                .get("error").asText());
        assertEquals("CATEGORY_NOT_FOUND", expect(422, citizen("POST", "", null, "{\"categoryCode\":\"NOPE\",\"description\":\"KTP belum jadi sebulan\"}"))
                .get("error").asText());
        assertEquals("INVALID_EMAIL", expect(400, citizen("POST", "", null, "{\"categoryCode\":\"ADMINDUK\",\"description\":\"KTP belum jadi sebulan\","
                + "\"contactEmail\":\"bukan-surel\"}")).get("error").asText());
        assertEquals(0, expect(200, get("/complaints")).get("total").asInt());

        receipt = expect(201, citizen("POST", "", null, "{\"categoryCode\":\"ADMINDUK\",\"unitCode\":\"DISPENDUK\","
                + "\"description\":\"KTP elektronik saya belum jadi setelah lima minggu\",\"location\":\"Kantor kecamatan\","
                + "\"contactName\":\"Siti Rahma\",\"contactEmail\":\"siti@contoh.id\",\"contactPhone\":\"0812-1111-2222\",\"confidential\":true}"));
        code = receipt.get("trackingCode").asText();
        secret = receipt.get("secret").asText();
        assertTrue(code.startsWith("ADU-"));
        assertEquals("RECEIVED", expect(200, citizen("GET", "/" + code, secret, null)).get("status").asText());
        JsonNode wrongSecret = expect(404, citizen("GET", "/" + code, "salah", null));
        JsonNode unknownCode = expect(404, citizen("GET", "/ADU-XXXXXXXX", secret, null));
        assertEquals("a wrong secret tells nothing more than an unknown code", unknownCode.toString(), wrongSecret.toString());
        anonymous = expect(201, citizen("POST", "", null, "{\"categoryCode\":\"KEBERSIHAN\",\"description\":\"Sampah menumpuk di pasar pagi\","
                + "\"anonymous\":true,\"contactName\":\"Tidak Dipakai\"}"));
    }

    /** The staff handle it; they never see who complained. */
    @Test
    public void s04_theStaffHandleItTheyNeverSee() throws Exception {
        id = idOf(code);
        JsonNode view = expect(200, get("/complaints/" + id));
        assertFalse("no reporter identity on the staff's side", view.toString().contains("Siti") || view.toString().contains("siti@contoh.id")
                || view.toString().contains("0812"));
        assertTrue(view.get("confidential").asBoolean());
        assertEquals("INVALID_TRANSITION", expect(409, as(HEAD, "POST", "/complaints/" + id + "/answer", "{\"text\":\"Sudah\"}")).get("error").asText());
        JsonNode verified = expect(200, as(HEAD, "POST", "/complaints/" + id + "/verify", null));
        assertEquals("VERIFIED", verified.get("status").asText());
        assertEquals("the answer is due on the deadline shown", verified.get("deadline").get("due").asText(), verified.get("answerDue").asText());
        assertEquals("14 working days for a complaint without a field check", 14, verified.get("deadline").get("workingDaysLeft").asInt());
        expect(200, as(HEAD, "POST", "/complaints/" + id + "/assign", "{\"unitCode\":\"DISPENDUK\",\"responsible\":[\"" + OFFICER + "\"]}"));
        assertEquals("pengaduan-saya/" + id, notification(OFFICER, "Pengaduan " + code + " ditugaskan kepada Anda").get("link").asText());
        expect(200, as(OFFICER, "POST", "/complaints/" + id + "/start", null));
        expect(200, as(OFFICER, "POST", "/complaints/" + id + "/notes", "{\"text\":\"Blangko habis di gudang, minta kiriman provinsi\"}"));
        JsonNode answered = expect(200, as(OFFICER, "POST", "/complaints/" + id + "/answer",
                "{\"text\":\"KTP Ibu sudah dicetak dan dapat diambil di loket 3 mulai besok.\"}"));
        assertEquals("ANSWERED", answered.get("status").asText());
    }

    /** The citizen sees the answer, not the internal note nor who wrote it; rates; reopens. */
    @Test
    public void s05_theCitizenSeesTheAnswerNotThe() throws Exception {
        JsonNode followed = expect(200, citizen("GET", "/" + code, secret, null));
        assertTrue(followed.toString().contains("loket 3"));
        assertFalse(followed.toString().contains("Blangko habis"));
        assertFalse(followed.toString().contains(OFFICER));
        assertTrue(followed.get("canRate").asBoolean());
        assertEquals(2, expect(200, citizen("POST", "/" + code + "/rating", secret, "{\"rating\":2,\"comment\":\"Lama\"}")).get("rating").asInt());
        assertEquals("ALREADY_RATED", expect(409, citizen("POST", "/" + code + "/rating", secret, "{\"rating\":5}")).get("error").asText());
        assertEquals("IN_PROGRESS", expect(200, citizen("POST", "/" + code + "/reopen", secret, "{\"reason\":\"Di loket 3 katanya belum ada\"}"))
                .get("status").asText());
        expect(200, as(OFFICER, "POST", "/complaints/" + id + "/answer", "{\"text\":\"Mohon maaf, KTP Ibu kami antar ke rumah hari ini.\"}"));
        assertEquals(4, expect(200, citizen("POST", "/" + code + "/rating", secret, "{\"rating\":4}")).get("rating").asInt());
        assertEquals("CLOSED", expect(200, as(HEAD, "POST", "/complaints/" + id + "/close", null)).get("status").asText());
        assertEquals(1, expect(200, get("/complaints/" + id)).get("reopenCount").asInt());
    }

    /** The staff's list is paged and filtered in the database. */
    @Test
    public void s06_theStaffsListIsPagedAndFiltered() throws Exception {
        JsonNode closedList = expect(200, get("/complaints?status=CLOSED"));
        assertEquals(1, closedList.get("total").asInt());
        assertEquals(OFFICER, closedList.get("items").get(0).get("responsible").get(0).asText());
        // as it is now, though the list had it when it was just received (its rows come from the shared cache, which every change updates)
        assertEquals(List.of("CLOSED", 1), List.of(closedList.get("items").get(0).get("status").asText(),
                closedList.get("items").get(0).get("reopenCount").asInt()));
        assertEquals("nothing is past its deadline today", 0, expect(200, get("/complaints?overdue=true")).get("total").asInt());
        JsonNode firstPage = expect(200, get("/complaints?limit=1"));
        assertEquals(2, firstPage.get("total").asInt());
        assertEquals(1, firstPage.get("items").size());
        // newest first, page after page
        JsonNode secondPage = expect(200, get("/complaints?limit=1&offset=1"));
        assertEquals(2, secondPage.get("total").asInt());
        JsonNode newer = firstPage.get("items").get(0);
        JsonNode older = secondPage.get("items").get(0);
        assertTrue(newer.get("id").asLong() != older.get("id").asLong());
        assertTrue(java.time.Instant.parse(newer.get("receivedAt").asText()).compareTo(java.time.Instant.parse(older.get("receivedAt").asText())) >= 0);
        JsonNode pastTheEnd = expect(200, get("/complaints?limit=1&offset=2"));
        assertEquals(0, pastTheEnd.get("items").size());
        assertEquals("the list counted from its start", 2, pastTheEnd.get("total").asInt());
        assertTrue(pastTheEnd.get("totalExact").asBoolean());
        // or read on from where the page before ended (its next): the same page, the last one without a next
        JsonNode afterFirst = expect(200, get("/complaints?limit=1&offset=1&after=" + firstPage.get("next").asText()));
        assertEquals(older.get("id").asLong(), afterFirst.get("items").get(0).get("id").asLong());
        assertEquals(1, afterFirst.get("offset").asInt());
        assertEquals(2, afterFirst.get("total").asInt());
        assertFalse(afterFirst.hasNonNull("next"));
        assertFalse(secondPage.hasNonNull("next"));
        assertEquals("INVALID_CURSOR", expect(400, get("/complaints?limit=1&after=bukan-penanda!")).get("error").asText());
        String notAComplaintsCursor = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString("Budi,198503152010011002".getBytes());
        assertEquals("INVALID_CURSOR", expect(400, get("/complaints?limit=1&after=" + notAComplaintsCursor)).get("error").asText());
        assertEquals("INVALID_STATUS", expect(400, get("/complaints?status=LOST")).get("error").asText());
        // the staff member responsible for a complaint finds it among theirs, nobody else does
        JsonNode officers = expect(200, as(OFFICER, "GET", "/complaints/assigned?status=CLOSED", null));
        assertEquals(1, officers.get("total").asInt());
        assertEquals(id, officers.get("items").get(0).get("id").asLong());
        assertEquals(0, expect(200, as(HEAD, "GET", "/complaints/assigned", null)).get("total").asInt());
        assertEquals("INVALID_STATUS", expect(400, as(OFFICER, "GET", "/complaints/assigned?status=LOST", null)).get("error").asText());
        assertQueriesCarryNoValues(kinerjaDatabase, OFFICER);
    }

    /**
     * A complaint's row keeps its responsible staff (complaints V4), so a page of complaints shows them without
     * reading COMPLAINT_STAFF; a row that keeps none (a complaint assigned before V4) shows them from there.
     */
    @Test
    public void s06b_theResponsibleStaffKeptInTheComplaintsRow() throws Exception {
        try (java.sql.Connection c = kinerjaDatabase.getConnection();
                java.sql.PreparedStatement kept = c.prepareStatement("SELECT RESPONSIBLE_NIPS FROM COMPLAINT WHERE ID = ?")) {
            kept.setLong(1, id);
            try (java.sql.ResultSet row = kept.executeQuery()) {
                assertTrue(row.next());
                assertEquals(OFFICER, row.getString(1));
            }
            try (java.sql.PreparedStatement forget = c.prepareStatement("UPDATE COMPLAINT SET RESPONSIBLE_NIPS = NULL WHERE ID = ?")) {
                forget.setLong(1, id);
                assertEquals(1, forget.executeUpdate());
            }
        }
        var units = context.getServiceReferences(javax.persistence.EntityManagerFactory.class, "(osgi.unit.name=kinerja-complaints)");
        assertEquals("the complaints' persistence unit", 1, units.size());
        try {
            context.getService(units.iterator().next()).getCache().evictAll(); // the row as the database now holds it
        } finally {
            context.ungetService(units.iterator().next());
        }
        JsonNode closedList = expect(200, get("/complaints?status=CLOSED"));
        assertEquals(id, closedList.get("items").get(0).get("id").asLong());
        assertEquals("read from COMPLAINT_STAFF", "[\"" + OFFICER + "\"]", closedList.get("items").get(0).get("responsible").toString());
        assertEquals("[\"" + OFFICER + "\"]", expect(200, get("/complaints/" + id)).get("responsible").toString());
    }

    /** Another is rejected with a reason the citizen reads. */
    @Test
    public void s07_anotherIsRejectedWithAReasonThe() throws Exception {
        other = idOf(anonymous.get("trackingCode").asText());
    }

    /** It names no unit: the head of DISPENDUK does not handle it, the city's complaints desk (a personnel officer) does. */
    @Test
    public void s08_itNamesNoUnitTheHeadOf() throws Exception {
        String rejection = "{\"text\":\"Bukan kewenangan pemerintah kota (pasar milik swasta)\"}";
        assertEquals("OUT_OF_SCOPE", expect(403, as(HEAD, "POST", "/complaints/" + other + "/reject", rejection)).get("error").asText());
        // the head's list is that of the units they head: the one assigned to DISPENDUK, not the one naming no unit
        JsonNode heads = expect(200, as(HEAD, "GET", "/complaints", null));
        assertEquals(heads.toString(), 1, heads.get("total").asInt());
        assertEquals(id, heads.get("items").get(0).get("id").asLong());
        assertEquals(1, expect(200, as(HEAD, "GET", "/complaints?unitCode=DISPENDUK", null)).get("total").asInt());
        assertEquals("OUT_OF_SCOPE", expect(403, as(HEAD, "GET", "/complaints?unitCode=BKPSDM", null)).get("error").asText());
        expect(200, send("POST", "/complaints/" + other + "/reject", "application/json", rejection));
        assertTrue(expect(200, citizen("GET", "/" + anonymous.get("trackingCode").asText(), anonymous.get("secret").asText(), null)).toString()
                .contains("Bukan kewenangan"));
    }

    /** The rater sees the officer's and the unit's numbers for the quarter, never the reporter. */
    @Test
    public void s09_theRaterSeesTheOfficersAndThe() throws Exception {
        JsonNode evaluation = expect(201, as(OFFICER, "POST", "/appraisal/evaluations", "{\"nip\":\"" + OFFICER + "\",\"period\":\"2026-Q4\"}"));
        JsonNode inputs = expect(200, as(HEAD, "GET", "/appraisal/evaluations/" + evaluation.get("id").asLong() + "/inputs", null));
        own = null;
        unit = null;
        for (JsonNode input : inputs) {
            if ("kinerja-complaints".equals(input.get("source").asText())) {
                own = input.get("title").asText().startsWith("Pengaduan yang ditangani") ? input : own;
                unit = input.get("title").asText().startsWith("Pengaduan unit") ? input : unit;
            }
        }
        assertEquals(inputs.toString(), "1", own.get("figures").get("diterima").asText());
        assertEquals("1/1", own.get("figures").get("dijawabTepatWaktu").asText());
        assertEquals("4.00", own.get("figures").get("kepuasan").asText());
        assertEquals("1", unit.get("figures").get("diterima").asText());
        assertFalse(inputs.toString().contains("Siti"));
    }

    /** Open311 GeoReport v2 at /open311/v2, JSON and XML: services, a new request, requests; never a confidential one. */
    @Test
    public void s10_open311GeoreportV2AtOpen311V2Json() throws Exception {
        JsonNode services = expect(200, open311Raw("GET", "/services.json", null));
        assertEquals(5, services.size());
        assertEquals("ADMINDUK", services.get(0).get("service_code").asText());
        HttpResponse<String> servicesXml = open311Raw("GET", "/services.xml", null);
        assertEquals(200, servicesXml.statusCode());
        assertTrue(servicesXml.headers().firstValue("Content-Type").orElse("").startsWith("text/xml"));
        assertTrue(servicesXml.body(), servicesXml.body().contains("<services><service><service_code>ADMINDUK</service_code>"));
        created = expect(200, open311Raw("POST", "/requests.json", "service_code=JALAN&lat=3.32712&long=99.16349&address_string="
                + java.net.URLEncoder.encode("Jl. Sudirman depan SD 3", java.nio.charset.StandardCharsets.UTF_8)
                + "&description=" + java.net.URLEncoder.encode("Lubang besar di jalan, berbahaya bagi pengendara", java.nio.charset.StandardCharsets.UTF_8)));
        openCode = created.get(0).get("service_request_id").asText();
        assertTrue(created.get(0).get("service_notice").asText().contains(created.get(0).get("secret").asText()));
        assertEquals("the citizen follows it with the secret from the notice", "RECEIVED",
                expect(200, citizen("GET", "/" + openCode, created.get(0).get("secret").asText(), null)).get("status").asText());
        one = expect(200, open311Raw("GET", "/requests/" + openCode + ".json", null)).get(0);
        assertEquals("open", one.get("status").asText());
        assertTrue("never the reporter's address or own words: " + one, one.get("address").isNull() && one.get("description").isNull());
        assertEquals("the location rounded to about 100 m", 3.327, one.get("lat").asDouble(), 0.000001);
        assertEquals(99.163, one.get("long").asDouble(), 0.000001);
        assertTrue(one.get("requested_datetime").asText().endsWith("+07:00"));
    }

    /** A WITA city (Denpasar): one setting of the platform, read by every module at once, without a restart. */
    @Test
    public void s11_aWitaCityDenpasarOneSettingOf() throws Exception {
        city = configurations.getConfiguration("id.kinerja.city", null);
        city.update(new java.util.Hashtable<>(java.util.Map.of("timeZone", "Asia/Makassar")));
        try {
            String zone = "";
            for (long until = System.currentTimeMillis() + 10_000; !"Asia/Makassar".equals(zone) && System.currentTimeMillis() < until;) {
                Thread.sleep(100);
                zone = expect(200, get("/ui/menu")).get("timeZone").asText();
            }
            assertEquals("the web application shows times in the city's zone", "Asia/Makassar", zone);
            JsonNode inWita = expect(200, open311Raw("POST", "/requests.json", "service_code=JALAN&lat=-8.65&long=115.216&description="
                    + java.net.URLEncoder.encode("Lampu jalan padam sejak kemarin malam", java.nio.charset.StandardCharsets.UTF_8)));
            JsonNode witaRequest = expect(200, open311Raw("GET", "/requests/" + inWita.get(0).get("service_request_id").asText() + ".json", null)).get(0);
            assertTrue(witaRequest.toString(), witaRequest.get("requested_datetime").asText().endsWith("+08:00"));
            java.time.LocalDate received = java.time.OffsetDateTime.parse(witaRequest.get("requested_datetime").asText()).toLocalDate();
            assertEquals("received on the city's day", java.time.LocalDate.now(java.time.ZoneId.of("Asia/Makassar")), received);
        } finally {
            city.update(new java.util.Hashtable<>(java.util.Map.of("timeZone", "Asia/Jakarta")));
            String zone = "";
            for (long until = System.currentTimeMillis() + 10_000; !"Asia/Jakarta".equals(zone) && System.currentTimeMillis() < until;) {
                Thread.sleep(100);
                zone = expect(200, get("/ui/menu")).get("timeZone").asText();
            }
        }
        String xml = open311Raw("GET", "/requests/" + openCode + ".xml", null).body();
        assertTrue(xml, xml.contains("<service_requests><request><service_request_id>" + openCode + "</service_request_id><status>open</status>"));
        assertEquals(404, open311Raw("GET", "/requests/" + code + ".json", null).statusCode());
        assertEquals("no public list unless the city publishes one", "[]", open311Raw("GET", "/requests.json?status=closed", null).body());
        org.osgi.service.cm.Configuration publishing = configurations.getConfiguration("id.kinerja.complaints", "?");
        java.util.Hashtable<String, Object> publish = new java.util.Hashtable<>();
        publish.put("publishRequests", true);
        publishing.update(publish);
        String closedRequests = "[]";
        for (long until = System.currentTimeMillis() + 10_000; "[]".equals(closedRequests) && System.currentTimeMillis() < until;) {
            Thread.sleep(100);
            closedRequests = open311Raw("GET", "/requests.json?status=closed", null).body();
        }
        assertFalse("the complaint's own words are never published", closedRequests.contains("Sampah menumpuk"));
        assertTrue(closedRequests, closedRequests.contains(anonymous.get("trackingCode").asText()) && !closedRequests.contains(code));
        assertTrue("the latest public answer is the status note", closedRequests.contains("Bukan kewenangan pemerintah kota"));
        JsonNode missing = expect(400, open311Raw("POST", "/requests.json", "service_code=JALAN&description=Lubang+besar+di+jalan+raya"));
        assertEquals(400, missing.get(0).get("code").asInt());
        assertTrue(open311Raw("POST", "/requests.xml", "service_code=JALAN&description=x").body().contains("<errors><error><code>400</code>"));
    }

    /** A photo for the road complaint: checked by its content, downloaded by the staff as it came. */
    @Test
    public void s12_aPhotoForTheRoadComplaintChecked() throws Exception {
        openSecret = created.get(0).get("secret").asText();
        byte[] photo = new byte[2048];
        photo[0] = (byte) 0xFF;
        photo[1] = (byte) 0xD8;
        photo[2] = (byte) 0xFF;
        photo[3] = (byte) 0xE0;
        expect(200, attach(openCode, openSecret, "lubang.jpg", photo));
        assertEquals("INVALID_TYPE", expect(422, attach(openCode, openSecret, "foto.jpg", "<html><script>alert(1)</script>".getBytes(
                java.nio.charset.StandardCharsets.US_ASCII))).get("error").asText());
        assertEquals(404, attach(openCode, "salah", "lubang.jpg", photo).statusCode());
        roadId = idOf(openCode);
        JsonNode files = expect(200, get("/complaints/" + roadId + "/attachments"));
        assertEquals(1, files.size());
        assertEquals("image/jpeg", files.get(0).get("contentType").asText());
        HttpResponse<byte[]> download = HTTP.send(HttpRequest.newBuilder(URI.create(api("/complaints/" + roadId + "/attachments/"
                + files.get(0).get("id").asLong()))).header("Authorization", bearer(KinerjaTestSupport.OFFICER)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertTrue(java.util.Arrays.equals(photo, download.body()));
        assertEquals("nosniff", download.headers().firstValue("X-Content-Type-Options").orElse(""));
    }

    /** Deadlines are watched: with a long warning period every open complaint gets a warning, seen by staff only. */
    @Test
    public void s13_deadlinesAreWatchedWithALongWarning() throws Exception {
        // the road complaint goes to the transport office, one staff member responsible: they are told when its deadline nears
        expect(201, postJson("/units", "{\"code\":\"DISHUB\",\"name\":\"Dinas Perhubungan\"}"));
        expect(200, send("POST", "/complaints/" + roadId + "/verify", null, null));
        expect(200, send("POST", "/complaints/" + roadId + "/assign", "application/json", "{\"unitCode\":\"DISHUB\",\"responsible\":[\"" + OFFICER + "\"]}"));
        org.osgi.service.cm.Configuration settings = configurations.getConfiguration("id.kinerja.complaints", "?");
        java.util.Hashtable<String, Object> values = new java.util.Hashtable<>();
        values.put("warningWorkingDays", 100); // more than the 60 working days a road complaint is given
        values.put("deadlineCheckSeconds", 1);
        settings.update(values);
        long deadline = System.currentTimeMillis() + 30_000;
        boolean warned = false;
        while (!warned && System.currentTimeMillis() < deadline) {
            warned = expect(200, get("/complaints/" + roadId)).get("history").toString().contains("\"WARNING\"");
            Thread.sleep(200);
        }
        assertTrue("a warning within 30 s of the setting", warned);
        assertTrue(expect(200, get("/complaints/" + roadId)).get("deadline").get("warning").asBoolean());
        assertFalse(expect(200, citizen("GET", "/" + openCode, openSecret, null)).toString().contains("WARNING"));
        assertEquals("pengaduan-saya/" + roadId, notification(OFFICER, "Tenggat pengaduan " + openCode + " sudah dekat").get("link").asText());
    }

    /** The dashboard per unit and month, as JSON and as CSV. */
    @Test
    public void s14_theDashboardPerUnitAndMonthAs() throws Exception {
        String month = java.time.YearMonth.now(java.time.ZoneId.of("Asia/Jakarta")).toString();
        JsonNode dashboard = expect(200, get("/complaints/dashboard?from=" + month + "&to=" + month));
        JsonNode row = null;
        for (JsonNode r : dashboard) {
            row = "DISPENDUK".equals(r.get("unitCode").asText()) ? r : row;
        }
        assertEquals(dashboard.toString(), 1, row.get("received").asInt());
        assertEquals("100.0", row.get("answeredInTimePercent").asText());
        assertEquals("4.00", row.get("satisfaction").asText());
        String csv = get("/complaints/dashboard/export?from=" + month + "&to=" + month).body();
        assertTrue(csv, csv.startsWith("bulan,unitKerja,diterima,dijawab,medianJamMenjawab,persenTepatWaktu,dinilai,kepuasan"));
        assertTrue(csv, csv.contains(month + ",DISPENDUK,1,1,"));
        assertEquals("INVALID_MONTH", expect(400, get("/complaints/dashboard?from=2026&to=" + month)).get("error").asText());
    }

    /** A burst of citizens filing at once (each from an address of their own, behind the city's proxy): every one gets a receipt. */
    @Test
    public void s15_aBurstOfCitizensFilingAtOnce() throws Exception {
        java.util.Hashtable<String, Object> proxy = new java.util.Hashtable<>();
        proxy.put("trustedProxies", "127.0.0.1");
        configurations.getConfiguration("id.kinerja.rest", null).update(proxy);
        Thread.sleep(500);
        int before = expect(200, get("/complaints?limit=500")).get("total").asInt(); // exact: counted 200 past the page
        java.util.concurrent.ExecutorService citizens = java.util.concurrent.Executors.newFixedThreadPool(16);
        List<java.util.concurrent.Future<HttpResponse<String>>> burst = new java.util.ArrayList<>();
        for (int i = 0; i < 240; i++) {
            String address = "198.51." + (i / 200) + "." + (i % 200 + 1);
            burst.add(citizens.submit(() -> HTTP.send(HttpRequest.newBuilder(URI.create(api("/public/complaints")))
                    .header("Content-Type", "application/json").header("X-Forwarded-For", address)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"categoryCode\":\"KEBERSIHAN\",\"description\":\"Sampah belum diangkut "
                            + address + "\",\"anonymous\":true}")).build(), HttpResponse.BodyHandlers.ofString())));
        }
        java.util.Set<String> receipts = new java.util.HashSet<>();
        for (java.util.concurrent.Future<HttpResponse<String>> filed : burst) {
            receipts.add(expect(201, filed.get(120, java.util.concurrent.TimeUnit.SECONDS)).get("trackingCode").asText());
        }
        citizens.shutdown();
        assertEquals(240, receipts.size());
        burstCodes = receipts;
        assertEquals(before + 240, expect(200, get("/complaints?limit=500")).get("total").asInt());
        configurations.getConfiguration("id.kinerja.rest", null).update(new java.util.Hashtable<>(java.util.Map.of("trustedProxies", "")));
    }

    /**
     * The deadline watch (still every second, a warning period of 100 working days) handles the burst's 240
     * complaints in batches of 100, each its own transaction: every one warned once; then, their deadlines
     * moved into the past in the database, every one escalated once, and listed as overdue. (A round that
     * stopped after its first batch would warn the same 100 every time: checked.)
     */
    @Test
    public void s15b_theBurstIsWatchedInBatchesEachWarnedThenEscalatedOnce() throws Exception {
        java.util.Map<String, Long> ids = new java.util.HashMap<>();
        for (JsonNode c : expect(200, get("/complaints?status=RECEIVED&limit=500")).get("items")) {
            if (burstCodes.contains(c.get("trackingCode").asText())) {
                ids.put(c.get("trackingCode").asText(), c.get("id").asLong());
            }
        }
        assertEquals(240, ids.size());
        // (a round that ran while the citizens were filing may have missed one committed after it: the next takes it)
        for (long complaint : ids.values()) {
            awaitHistory(complaint, "WARNING");
        }
        Thread.sleep(2000); // another round or two: nothing is warned twice
        for (long complaint : ids.values()) {
            assertEquals("complaint " + complaint + " warned once", 1, kinds(complaint, "WARNING"));
        }

        try (java.sql.Connection c = kinerjaDatabase.getConnection();
                java.sql.PreparedStatement past = c.prepareStatement("UPDATE COMPLAINT SET VERIFY_DUE = ? WHERE DESCRIPTION LIKE ?")) {
            past.setDate(1, java.sql.Date.valueOf("2026-01-05"));
            past.setString(2, "Sampah belum diangkut 198.51.%");
            assertEquals(240, past.executeUpdate());
        }
        for (long complaint : ids.values()) {
            awaitHistory(complaint, "ESCALATION");
        }
        Thread.sleep(2000); // another round or two: nothing is escalated twice
        for (long complaint : ids.values()) {
            assertEquals("complaint " + complaint + " escalated once", 1, kinds(complaint, "ESCALATION"));
        }
        assertTrue(expect(200, get("/complaints?overdue=true&limit=100")).get("total").asInt() >= 240); // counted to 300
    }

    private static void awaitHistory(long complaint, String kind) throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        while (kinds(complaint, kind) == 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(250);
        }
        assertEquals("complaint " + complaint + ": " + kind + " within 60 s", 1, kinds(complaint, kind));
    }

    /** How many entries of a kind (WARNING, ESCALATION, ...) a complaint's history has. */
    private static int kinds(long complaint, String kind) throws Exception {
        int n = 0;
        for (JsonNode entry : expect(200, get("/complaints/" + complaint)).get("history")) {
            n += kind.equals(entry.get("kind").asText()) ? 1 : 0;
        }
        return n;
    }

    /** The public intake is limited per client address (10 an hour by default). */
    @Test
    public void s16_thePublicIntakeIsLimitedPerClient() throws Exception {
        refused = 0;
        String retryAfter = null;
        for (int i = 0; i < 12 && refused == 0; i++) {
            HttpResponse<String> r = citizen("POST", "", null, "{\"categoryCode\":\"INFORMASI\",\"description\":\"Jam buka layanan hari Sabtu?\"}");
            if (r.statusCode() == 429) {
                refused++;
                retryAfter = r.headers().firstValue("Retry-After").orElse(null);
            } else {
                assertEquals(r.body(), 201, r.statusCode());
            }
        }
        assertEquals("a flood is refused", 1, refused);
        assertTrue(Integer.parseInt(retryAfter) > 0);

        modules.uninstall("kinerja-complaints");
        awaitStatus(404, "/complaints");
        modules.install("kinerja-complaints");
        awaitApi("/complaints");
        assertEquals("CLOSED", expect(200, citizen("GET", "/" + code, secret, null)).get("status").asText());
    }

    /** Lookups by tracking code (and Open311's by id) are limited per client address like the intake. */
    @Test
    public void s17_lookupsByTrackingCodeAndOpen311sBy() throws Exception {
        java.util.Hashtable<String, Object> fewLookups = new java.util.Hashtable<>();
        fewLookups.put("lookupsPerHour", 5);
        configurations.getConfiguration("id.kinerja.complaints", "?").update(fewLookups);
        int lookups = 0;
        HttpResponse<String> lookup = null;
        for (long until = System.currentTimeMillis() + 10_000; System.currentTimeMillis() < until && lookups < 30; lookups++) {
            lookup = citizen("GET", "/ADU-TIDAKADA", "salah", null);
            if (lookup.statusCode() == 429) {
                break;
            }
            assertEquals(404, lookup.statusCode());
        }
        assertEquals("guessing codes is refused after the allowance: " + lookup.body(), 429, lookup.statusCode());
        assertEquals("TOO_MANY_REQUESTS", json(lookup).get("error").asText());
        assertTrue(Integer.parseInt(lookup.headers().firstValue("Retry-After").orElse("0")) > 0);
        assertEquals(429, open311Raw("GET", "/requests/ADU-TIDAKADA.json", null).statusCode());
    }

    /** The module uninstalled: no request to the core failed and no core bundle was refreshed while it came and went. */
    @Test
    public void s99_theCoreAnsweredThroughoutWhileTheModuleCameAndWent() throws Exception {
        modules.uninstall("kinerja-complaints");
        awaitStatus(404, "/complaints");
        watch.close();
        assertEquals("bundles stopped (refreshed) by installing/uninstalling kinerja-complaints", List.of(), watch.disturbed);
        assertTrue(watch.calls.get() > 10);
        assertEquals("requests to the core failed while the module came and went", List.of(), watch.failures);
    }
}
