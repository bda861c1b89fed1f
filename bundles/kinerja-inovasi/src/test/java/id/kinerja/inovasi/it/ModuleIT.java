package id.kinerja.inovasi.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.Before;
import org.junit.FixMethodOrder;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.MethodSorters;
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
 * kinerja-inovasi on the assembled distribution, installed from its KAR as a city's administrator
 * installs it, in the story of Salatiga's year: a leader's feedback meeting and its follow-ups, the
 * innovation contest from opening to results, both seen by the rater and cited as evidence in an
 * SKP; then the module removed (its data and the citations stay) and installed again.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class ModuleIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ZoneId CITY = ZoneId.of("Asia/Jakarta");
    /** The leader (supervisor of A and B), their two staff, someone outside their team, two judges. */
    static final String LEADER = "197501012000031001";
    static final String A = "198802022012012002";
    static final String B = "199003032015031003";
    static final String OUTSIDER = "198504042010011004";
    static final String JUDGE_1 = "197805052005012005";
    static final String JUDGE_2 = "198106062008011006";

    private static boolean installed;
    private static Path kar;
    static long meetingId;
    static long followUpA;
    static long followUpB;
    static long contestId;
    static long proposalA;
    static long proposalOutsider;
    static long criterion1;
    static long criterion2;
    static long criterion3;
    static long activityId;

    @Configuration
    public Option[] config() {
        return KinerjaContainer.options();
    }

    /** Once per container (a JUnit @BeforeClass would run outside it). */
    @Before
    public void installTheModule() throws Exception {
        if (installed) {
            return;
        }
        installed = true;
        kar = KinerjaPlatform.installModule();
        KinerjaPlatform.awaitApi("/inovasi/meetings");
        KinerjaPlatform.register(LEADER, "Kepala Bagian Uji", null);
        KinerjaPlatform.register(A, "Ani Pelaksana", LEADER);
        KinerjaPlatform.register(B, "Budi Pelaksana", LEADER);
        KinerjaPlatform.register(OUTSIDER, "Citra Lain", null);
        KinerjaPlatform.register(JUDGE_1, "Dewi Juri", null);
        KinerjaPlatform.register(JUDGE_2, "Eko Juri", null);
    }

    @Test
    public void s01_aLeaderRecordsAFeedbackMeetingWithTheirStaff() throws Exception {
        LocalDate yesterday = today().minusDays(1);
        String agreed = "[{\"description\":\"Rekap absensi triwulan\",\"ownerNip\":\"" + A + "\",\"dueDate\":\"" + today().plusDays(7) + "\"},"
                + "{\"description\":\"Perbarui SOP arsip\",\"ownerNip\":\"" + B + "\",\"dueDate\":\"" + yesterday + "\"}]";
        // someone the leader does not lead, an owner who was not there: refused, nothing saved
        assertEquals("NOT_LED_BY_CALLER", error(403, as(LEADER, "POST", "/inovasi/meetings", meeting(yesterday, "\"" + A + "\",\"" + OUTSIDER + "\"", agreed))));
        assertEquals("OWNER_NOT_PRESENT", error(422, as(LEADER, "POST", "/inovasi/meetings", meeting(yesterday, "\"" + A + "\"", agreed))));
        assertEquals("date", expect(400, as(LEADER, "POST", "/inovasi/meetings", meeting(null, "\"" + A + "\"", "[]"))).get("field").asText());
        assertEquals(0, expect(200, as(LEADER, "GET", "/inovasi/meetings", null)).get("total").asInt());
        // staff cannot call a meeting (the permission is the leaders')
        expect(403, as(A, "POST", "/inovasi/meetings", meeting(yesterday, "\"" + B + "\"", "[]")));

        JsonNode meeting = expect(201, as(LEADER, "POST", "/inovasi/meetings", meeting(yesterday, "\"" + A + "\",\"" + B + "\"", agreed)));
        meetingId = meeting.get("id").asLong();
        followUpA = meeting.get("followUps").get(0).get("id").asLong();
        followUpB = meeting.get("followUps").get(1).get("id").asLong();
        assertEquals("OPEN", meeting.get("followUps").get(0).get("status").asText());

        assertEquals(meetingId, expect(200, as(A, "GET", "/inovasi/meetings", null)).get("items").get(0).get("id").asLong());
        expect(200, as(B, "GET", "/inovasi/meetings/" + meetingId, null));
        expect(403, as(OUTSIDER, "GET", "/inovasi/meetings/" + meetingId, null));
        expect(401, KinerjaPlatform.request(null, "GET", "/inovasi/meetings", null, null));
    }

    @Test
    public void s02_followUpsAreReportedDoneByTheirOwners() throws Exception {
        JsonNode mine = expect(200, as(A, "GET", "/inovasi/follow-ups?status=OPEN", null));
        assertEquals(followUpA, mine.get("items").get(0).get("id").asLong());
        assertEquals("NOT_THE_OWNER", error(403, as(B, "POST", "/inovasi/follow-ups/" + followUpA + "/done", "{\"note\":\"bukan milik saya\"}")));
        assertEquals("note", expect(400, as(A, "POST", "/inovasi/follow-ups/" + followUpA + "/done", "{}")).get("field").asText());
        JsonNode done = expect(200, as(A, "POST", "/inovasi/follow-ups/" + followUpA + "/done", "{\"note\":\"Rekap dikirim ke BKPSDM\"}"));
        assertEquals("DONE", done.get("status").asText());
        assertEquals("ALREADY_DONE", error(409, as(A, "POST", "/inovasi/follow-ups/" + followUpA + "/done", "{\"note\":\"lagi\"}")));
        // B's was due yesterday: done today, late
        expect(200, as(B, "POST", "/inovasi/follow-ups/" + followUpB + "/done", "{\"note\":\"SOP diperbarui\"}"));
        // the leader reads their staff's follow-ups; a colleague does not
        expect(200, as(LEADER, "GET", "/inovasi/follow-ups?nip=" + A, null));
        expect(403, as(B, "GET", "/inovasi/follow-ups?nip=" + A, null));
    }

    @Test
    public void s03_theOrganiserOpensTheContest() throws Exception {
        String officer = KinerjaPlatform.officer();
        assertEquals("INVALID_CRITERIA", error(400, as(officer, "POST", "/inovasi/contests", contest("[{\"name\":\"Kebaruan\",\"weight\":60}]"))));
        expect(403, as(A, "POST", "/inovasi/contests", contest(CRITERIA)));
        JsonNode contest = expect(201, as(officer, "POST", "/inovasi/contests", contest(CRITERIA)));
        contestId = contest.get("id").asLong();
        criterion1 = contest.get("criteria").get(0).get("id").asLong();
        criterion2 = contest.get("criteria").get(1).get("id").asLong();
        criterion3 = contest.get("criteria").get(2).get("id").asLong();
        assertEquals("OPEN", contest.get("status").asText());
        assertEquals(1, expect(200, as(A, "GET", "/inovasi/contests", null)).size());
    }

    @Test
    public void s04_civilServantsProposeAloneOrAsATeam() throws Exception {
        String path = "/inovasi/contests/" + contestId + "/proposals";
        assertEquals("JUDGE_CANNOT_PROPOSE", error(422, as(JUDGE_1, "POST", path, proposal("Arsip digital", ""))));
        assertEquals("solution", expect(400, as(A, "POST", path, "{\"title\":\"Arsip\",\"problem\":\"Lambat\"}")).get("field").asText());
        JsonNode team = expect(201, as(A, "POST", path, proposal("Antrean layanan daring", "\"" + B + "\"")));
        proposalA = team.get("id").asLong();
        assertEquals(B, team.get("team").get(0).asText());
        proposalOutsider = expect(201, as(OUTSIDER, "POST", path, proposal("Arsip surat digital", ""))).get("id").asLong();
        // a contest's proposals are the organisers' and the judges' to read; one's own are one's own
        assertEquals("NOT_A_JUDGE", error(403, as(A, "GET", path, null)));
        assertEquals(2, expect(200, as(JUDGE_1, "GET", path, null)).get("total").asInt());
        assertEquals(proposalA, expect(200, as(B, "GET", "/inovasi/proposals", null)).get(0).get("id").asLong());
        expect(403, as(OUTSIDER, "GET", "/inovasi/proposals/" + proposalA, null));
    }

    @Test
    public void s05_screeningThenJudging() throws Exception {
        String officer = KinerjaPlatform.officer();
        String status = "/inovasi/contests/" + contestId + "/status";
        assertEquals("SCREENING_INCOMPLETE", error(422, as(officer, "POST", status, "{\"status\":\"JUDGING\"}")));
        expect(400, as(officer, "POST", "/inovasi/proposals/" + proposalA + "/screening", "{\"note\":\"lolos\"}"));
        expect(200, as(officer, "POST", "/inovasi/proposals/" + proposalA + "/screening", "{\"shortlisted\":true}"));
        expect(200, as(officer, "POST", "/inovasi/proposals/" + proposalOutsider + "/screening", "{\"shortlisted\":true,\"note\":\"lolos\"}"));
        assertEquals("INVALID_STATUS", error(400, as(officer, "POST", status, "{\"status\":\"SELESAI\"}")));
        assertEquals("JUDGING", expect(200, as(officer, "POST", status, "{\"status\":\"JUDGING\"}")).get("status").asText());
        assertEquals("CONTEST_NOT_OPEN", error(422, as(A, "POST", "/inovasi/contests/" + contestId + "/proposals", proposal("Terlambat", ""))));
    }

    @Test
    public void s06_judgesScoreOnTheWeightedCriteria() throws Exception {
        String officer = KinerjaPlatform.officer();
        assertEquals("NOT_A_JUDGE", error(403, as(A, "PUT", "/inovasi/proposals/" + proposalOutsider + "/scores", sheet(80, 80, 80))));
        assertEquals("SHEET_INCOMPLETE", error(400, as(JUDGE_1, "PUT", "/inovasi/proposals/" + proposalA + "/scores",
                "{\"scores\":[{\"criterionId\":" + criterion1 + ",\"score\":90}]}")));
        assertEquals("INVALID_SCORE", error(400, as(JUDGE_1, "PUT", "/inovasi/proposals/" + proposalA + "/scores", sheet(101, 80, 80))));
        expect(200, as(JUDGE_1, "PUT", "/inovasi/proposals/" + proposalA + "/scores", sheet(90, 70, 50)));
        expect(200, as(JUDGE_2, "PUT", "/inovasi/proposals/" + proposalA + "/scores", sheet(90, 90, 90)));
        expect(200, as(JUDGE_1, "PUT", "/inovasi/proposals/" + proposalOutsider + "/scores", sheet(60, 60, 60)));
        String status = "/inovasi/contests/" + contestId + "/status";
        assertEquals("JUDGING_INCOMPLETE", error(422, as(officer, "POST", status, "{\"status\":\"CLOSED\"}")));
        expect(200, as(JUDGE_2, "PUT", "/inovasi/proposals/" + proposalOutsider + "/scores", sheet(70, 70, 70)));
        // a judge's new sheet replaces theirs
        expect(200, as(JUDGE_2, "PUT", "/inovasi/proposals/" + proposalOutsider + "/scores", sheet(65, 65, 65)));
        assertEquals(65, expect(200, as(JUDGE_2, "GET", "/inovasi/proposals/" + proposalOutsider + "/scores", null)).get(0).get("score").asInt());
        assertEquals("CLOSED", expect(200, as(officer, "POST", status, "{\"status\":\"CLOSED\"}")).get("status").asText());
    }

    @Test
    public void s07_theResultsAndTheInnovationsInUse() throws Exception {
        JsonNode results = expect(200, as(OUTSIDER, "GET", "/inovasi/contests/" + contestId + "/results", null));
        // A's: (74 + 90) / 2 = 82.00, first and the one winner; the outsider's (60 + 65) / 2 = 62.50
        assertEquals(proposalA, results.get(0).get("id").asLong());
        assertEquals(0, new BigDecimal("82.00").compareTo(results.get(0).get("finalScore").decimalValue()));
        assertEquals(1, results.get(0).get("finalRank").asInt());
        assertTrue(results.get(0).get("winner").asBoolean());
        assertFalse(results.get(1).get("winner").asBoolean());
        expect(200, as(OUTSIDER, "GET", "/inovasi/proposals/" + proposalA, null));

        String officer = KinerjaPlatform.officer();
        assertEquals("since", expect(400, as(officer, "POST", "/inovasi/proposals/" + proposalA + "/implementation", "{\"since\":\"kemarin\"}"))
                .get("field").asText());
        expect(200, as(officer, "POST", "/inovasi/proposals/" + proposalA + "/implementation",
                "{\"since\":\"" + today() + "\",\"note\":\"Dipakai di loket layanan\"}"));
        assertEquals(proposalA, expect(200, as(B, "GET", "/inovasi/proposals/in-use", null)).get("items").get(0).get("id").asLong());
    }

    @Test
    public void s08_theRaterSeesFollowUpsAndInnovations() throws Exception {
        long planId = approvedPlan(A, LEADER);
        JsonNode evaluation = expect(201, as(A, "POST", "/appraisal/evaluations", "{\"nip\":\"" + A + "\",\"period\":\"" + quarter() + "\"}"));
        JsonNode inputs = expect(200, as(LEADER, "GET", "/appraisal/evaluations/" + evaluation.get("id").asLong() + "/inputs", null));
        JsonNode followUps = input(inputs, "Tindak lanjut rapat umpan balik " + quarter());
        assertEquals("1", followUps.get("figures").get("tindakLanjutSelesai").asText());
        assertEquals("1/1", followUps.get("figures").get("tepatWaktu").asText());
        JsonNode innovations = input(inputs, "Inovasi " + quarter());
        assertEquals("1", innovations.get("figures").get("juara").asText());
        assertEquals("1", innovations.get("figures").get("diterapkan").asText());

        JsonNode plan = expect(200, as(A, "GET", "/appraisal/plans/" + planId, null));
        activityId = expect(201, as(A, "POST", "/appraisal/plans/" + planId + "/activities", "{\"workResultId\":"
                + plan.get("workResults").get(0).get("id").asLong() + ",\"date\":\"" + today() + "\",\"description\":\"Menerapkan antrean daring\","
                + "\"minutesSpent\":120}")).get("id").asLong();
    }

    @Test
    public void s09_anInnovationAndAFollowUpCitedAsEvidenceOfTheSkp() throws Exception {
        JsonNode citable = expect(200, as(A, "GET", "/appraisal/activities/citable", null));
        assertTrue(citable.toString(), citable.toString().contains("\"reference\":\"INV-" + proposalA + "\""));
        assertTrue(citable.toString(), citable.toString().contains("\"reference\":\"FU-" + followUpA + "\""));
        assertFalse("B's follow-up is B's", citable.toString().contains("\"reference\":\"FU-" + followUpB + "\""));

        String citations = "/appraisal/activities/" + activityId + "/citations";
        JsonNode cited = expect(201, as(A, "POST", citations, cite("INV-" + proposalA)));
        assertEquals("Inovasi: Antrean layanan daring", cited.get("title").asText());
        assertTrue(cited.get("summary").asText(), cited.get("summary").asText().startsWith("Juara 1"));
        expect(201, as(A, "POST", citations, cite("FU-" + followUpA)));
        assertEquals("ALREADY_CITED", error(409, as(A, "POST", citations, cite("INV-" + proposalA))));
        assertEquals("NOT_CITABLE", error(422, as(A, "POST", citations, cite("FU-" + followUpB))));
        assertEquals("NOT_THE_OWNER", error(403, as(B, "POST", citations, cite("INV-" + proposalA))));
        assertEquals("SOURCE_UNAVAILABLE", error(422, as(A, "POST", citations, "{\"source\":\"kinerja-lain\",\"reference\":\"X-1\"}")));
        assertEquals(2, expect(200, as(LEADER, "GET", citations, null)).size());
    }

    @Test
    public void s10_removedTheCitationsStayInstalledAgainItsDataIsThere() throws Exception {
        KinerjaPlatform.uninstallKar(kar);
        awaitGone("/inovasi/meetings");
        String citations = "/appraisal/activities/" + activityId + "/citations";
        assertEquals("Inovasi: Antrean layanan daring", expect(200, as(A, "GET", citations, null)).get(0).get("title").asText());
        assertEquals("SOURCE_UNAVAILABLE", error(422, as(A, "POST", citations, cite("FU-" + followUpA))));

        KinerjaPlatform.installModule();
        KinerjaPlatform.awaitApi("/inovasi/meetings");
        assertEquals(meetingId, expect(200, as(A, "GET", "/inovasi/meetings", null)).get("items").get(0).get("id").asLong());
        assertEquals("CLOSED", expect(200, as(A, "GET", "/inovasi/contests/" + contestId, null)).get("status").asText());
    }

    // ---- helpers ----

    private static final String CRITERIA = "[{\"name\":\"Kebaruan\",\"weight\":40},{\"name\":\"Manfaat\",\"weight\":40},"
            + "{\"name\":\"Keberlanjutan\",\"weight\":20}]";

    private static String contest(String criteria) {
        return "{\"year\":" + today().getYear() + ",\"title\":\"Kontes Inovasi " + today().getYear() + "\",\"winners\":1,\"criteria\":" + criteria
                + ",\"judges\":[\"" + JUDGE_1 + "\",\"" + JUDGE_2 + "\"]}";
    }

    private static String meeting(LocalDate date, String participants, String followUps) {
        return "{" + (date == null ? "" : "\"date\":\"" + date + "\",") + "\"title\":\"Rapat umpan balik triwulan\",\"participants\":[" + participants
                + "],\"points\":\"Capaian triwulan dan kendala layanan\",\"followUps\":" + followUps + "}";
    }

    private static String proposal(String title, String team) {
        return "{\"title\":\"" + title + "\",\"problem\":\"Warga menunggu lama di loket\",\"solution\":\"Nomor antrean dari ponsel\",\"team\":[" + team + "]}";
    }

    private String sheet(int first, int second, int third) {
        return "{\"scores\":[{\"criterionId\":" + criterion1 + ",\"score\":" + first + "},{\"criterionId\":" + criterion2 + ",\"score\":" + second
                + "},{\"criterionId\":" + criterion3 + ",\"score\":" + third + "}]}";
    }

    private static String cite(String reference) {
        return "{\"source\":\"kinerja-inovasi\",\"reference\":\"" + reference + "\"}";
    }

    /** An SKP of the year, submitted by its owner and approved by their supervisor; its id. */
    private static long approvedPlan(String nip, String supervisor) throws Exception {
        JsonNode plan = expect(201, as(nip, "POST", "/appraisal/plans", "{\"year\":" + today().getYear()
                + ",\"workResults\":[{\"text\":\"Layanan lebih cepat\",\"unitGoal\":\"Pelayanan prima\",\"indicators\":[{\"description\":"
                + "\"Waktu tunggu\",\"aspect\":\"QUANTITY\",\"target\":12,\"unit\":\"laporan\"}]}]}"));
        String p = "/appraisal/plans/" + plan.get("id").asLong();
        expect(200, as(nip, "POST", p + "/submit", null));
        expect(200, as(supervisor, "POST", p + "/approve", "{}"));
        return plan.get("id").asLong();
    }

    private static JsonNode input(JsonNode inputs, String title) {
        for (JsonNode input : inputs) {
            if ("kinerja-inovasi".equals(input.get("source").asText()) && title.equals(input.get("title").asText())) {
                return input;
            }
        }
        throw new AssertionError("no input \"" + title + "\" of kinerja-inovasi in " + inputs);
    }

    private static void awaitGone(String path) throws Exception {
        long deadline = System.currentTimeMillis() + 30_000;
        int status = 0;
        while (System.currentTimeMillis() < deadline) {
            status = as(A, "GET", path, null).statusCode();
            if (status == 404) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError(path + " still answers " + status + " after the module was removed");
    }

    private static LocalDate today() {
        return LocalDate.now(CITY);
    }

    private static String quarter() {
        return today().getYear() + "-Q" + ((today().getMonthValue() - 1) / 3 + 1);
    }

    private static HttpResponse<String> as(String nip, String method, String path, String json) throws Exception {
        return KinerjaPlatform.as(nip, method, path, json);
    }

    private static String error(int status, HttpResponse<String> response) throws Exception {
        JsonNode body = expect(status, response);
        assertNotNull(response.body(), body);
        return body.get("error").asText();
    }

    private static JsonNode expect(int status, HttpResponse<String> response) throws Exception {
        assertEquals(response.request().method() + " " + response.uri() + ": " + response.body(), status, response.statusCode());
        return response.body().isEmpty() ? null : JSON.readTree(response.body());
    }
}
