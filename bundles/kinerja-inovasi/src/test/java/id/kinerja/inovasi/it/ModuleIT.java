package id.kinerja.inovasi.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.kinerja.testkit.KinerjaContainer;
import id.kinerja.testkit.KinerjaPlatform;

/**
 * The module on the assembled Kinerja distribution: its KAR installed into the running platform as a
 * city's administrator installs it, then used over real HTTP by real people of the registry.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ModuleIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** A supervisor (no supervisor above) and the staff member they rate. */
    private static final String SUPERVISOR = "198001012010011001";
    private static final String STAFF = "199001012020121001";
    private static final String NOTES = "/inovasi/notes";

    @Configuration
    public Option[] config() {
        return KinerjaContainer.options();
    }

    private static boolean installed;

    /** Once per container (a JUnit @BeforeClass would run outside it): the module's KAR, and two people of the registry. */
    @Before
    public void installTheModule() throws Exception {
        if (installed) {
            return;
        }
        installed = true;
        KinerjaPlatform.installModule();
        KinerjaPlatform.awaitApi(NOTES);
        KinerjaPlatform.register(SUPERVISOR, "Atasan Uji", null);
        KinerjaPlatform.register(STAFF, "Pegawai Uji", SUPERVISOR);
    }

    @Test
    public void aStaffMemberWritesNotesAndTheirSupervisorReadsThem() throws Exception {
        LocalDate yesterday = LocalDate.now(ZoneId.of("Asia/Jakarta")).minusDays(1);
        JsonNode note = expect(201, KinerjaPlatform.as(STAFF, "POST", NOTES,
                "{\"date\":\"" + yesterday + "\",\"description\":\"Menyusun laporan bulanan\",\"minutes\":90}"));
        assertEquals(STAFF, note.get("nip").asText());

        assertTrue(listed(note, expect(200, KinerjaPlatform.as(STAFF, "GET", NOTES, null))));
        assertTrue(listed(note, expect(200, KinerjaPlatform.as(SUPERVISOR, "GET", NOTES + "?nip=" + STAFF, null))));
    }

    @Test
    public void badInputIsA400NamingTheFieldAndNothingIsSaved() throws Exception {
        JsonNode error = expect(400, KinerjaPlatform.as(SUPERVISOR, "POST", NOTES,
                "{\"date\":\"2026-01-05\",\"description\":\"Rapat\",\"minutes\":0}"));
        assertEquals("minutes", error.get("field").asText());
        assertEquals("date", expect(400, KinerjaPlatform.as(SUPERVISOR, "POST", NOTES,
                "{\"date\":\"5 Januari\",\"description\":\"Rapat\",\"minutes\":30}")).get("field").asText());
        assertEquals(0, expect(200, KinerjaPlatform.as(SUPERVISOR, "GET", NOTES, null)).get("total").asInt());
    }

    @Test
    public void othersNotesAreClosedToColleaguesAndToTheAnonymous() throws Exception {
        expect(403, KinerjaPlatform.as(STAFF, "GET", NOTES + "?nip=" + SUPERVISOR, null));
        expect(401, KinerjaPlatform.request(null, "GET", NOTES, null, null));
    }

    @Test
    public void itsPageJoinsTheMenuOfThoseWhoMayUseIt() throws Exception {
        assertTrue(expect(200, KinerjaPlatform.as(STAFF, "GET", "/ui/menu", null)).toString().contains("\"route\":\"inovasi\""));
        HttpResponse<String> script = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(KinerjaPlatform.api("").replace("/api/v1", "/app/m/inovasi/notes.js"))).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, script.statusCode());
        assertTrue(script.body().contains("export async function render"));
    }

    @Test
    public void theRaterSeesThePeriodsNotesBesideTheEvaluation() throws Exception {
        LocalDate day = LocalDate.now(ZoneId.of("Asia/Jakarta")).minusDays(1);
        String period = day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1);
        expect(201, KinerjaPlatform.as(STAFF, "POST", NOTES, "{\"date\":\"" + day + "\",\"description\":\"Rekap absensi\",\"minutes\":30}"));
        JsonNode plan = expect(201, KinerjaPlatform.as(STAFF, "POST", "/appraisal/plans", "{\"year\":" + day.getYear()
                + ",\"workResults\":[{\"text\":\"Laporan bulanan\",\"unitGoal\":\"Tertib administrasi\",\"indicators\":[{\"description\":"
                + "\"Laporan\",\"aspect\":\"QUANTITY\",\"target\":12,\"unit\":\"laporan\"}]}]}"));
        String p = "/appraisal/plans/" + plan.get("id").asLong();
        expect(200, KinerjaPlatform.as(STAFF, "POST", p + "/submit", null));
        expect(200, KinerjaPlatform.as(SUPERVISOR, "POST", p + "/approve", "{}"));
        JsonNode evaluation = expect(201, KinerjaPlatform.as(STAFF, "POST", "/appraisal/evaluations",
                "{\"nip\":\"" + STAFF + "\",\"period\":\"" + period + "\"}"));

        JsonNode inputs = expect(200, KinerjaPlatform.as(SUPERVISOR, "GET", "/appraisal/evaluations/" + evaluation.get("id").asLong() + "/inputs", null));
        JsonNode ours = null;
        for (JsonNode input : inputs) {
            if ("kinerja-inovasi".equals(input.get("source").asText())) {
                ours = input;
            }
        }
        assertTrue("no input of kinerja-inovasi in " + inputs, ours != null);
        assertTrue(ours.get("figures").get("catatan").asInt() >= 1);
    }

    private static boolean listed(JsonNode note, JsonNode page) {
        for (JsonNode item : page.get("items")) {
            if (item.get("id").asLong() == note.get("id").asLong()) {
                return "Menyusun laporan bulanan".equals(item.get("description").asText()) && item.get("minutes").asInt() == 90;
            }
        }
        return false;
    }

    private static JsonNode expect(int status, HttpResponse<String> response) throws Exception {
        assertEquals(response.request().method() + " " + response.uri() + ": " + response.body(), status, response.statusCode());
        return response.body().isEmpty() ? null : JSON.readTree(response.body());
    }
}
