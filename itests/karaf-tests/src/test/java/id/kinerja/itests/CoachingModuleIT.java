package id.kinerja.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import javax.inject.Inject;

import org.junit.AfterClass;
import org.junit.FixMethodOrder;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.MethodSorters;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

import com.fasterxml.jackson.databind.JsonNode;

import id.kinerja.core.api.module.ModuleService;

/**
 * The coaching module installed on the running distribution: a weak predikat finalised in the
 * appraisal core becomes a proposal; a supervisor accepts it, the person waits for a seat, gets it,
 * attends and completes; the learning hours count, the rater sees them among the appraisal's
 * inputs; the module is removed and reinstalled with its data, the core answering throughout.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class CoachingModuleIT extends KinerjaTestSupport {

    static final String HEAD = "197203032000031001";
    static final String WEAK = "198804042012032002";
    static final String OTHER = "199005052015031003";
    static final String OUTSIDER = "199106062016032004";

    @Inject
    ModuleService modules;

    @Inject
    org.osgi.framework.BundleContext context;

    @Inject
    @org.ops4j.pax.exam.util.Filter("(osgi.jndi.service.name=kinerja)")
    javax.sql.DataSource kinerjaDatabase;

    static void member(String nip, String supervisor, int positionClass) throws Exception {
        expect(201, postJson("/staff", "{\"nip\":\"" + nip + "\",\"fullName\":\"Pegawai " + nip.substring(14) + "\",\"employmentType\":\"PNS\","
                + "\"rank\":\"III/b\",\"positionName\":\"Pelaksana\",\"positionKind\":\"PELAKSANA\",\"positionClass\":" + positionClass
                + ",\"unitCode\":\"DUKCAPIL\"" + (supervisor == null ? "" : ",\"supervisorNip\":\"" + supervisor + "\"") + "}"));
    }

    static JsonNode program(String title, String form, int hours, String addresses) throws Exception {
        return program(title, form, hours, addresses, null);
    }

    static JsonNode program(String title, String form, int hours, String addresses, Long followUp) throws Exception {
        return expect(201, as(HEAD, "POST", "/coaching/programs", "{\"title\":\"" + title + "\",\"competencyArea\":\"Pelayanan publik\",\"form\":\""
                + form + "\",\"learningHours\":" + hours + ",\"provider\":\"BPSDM Provinsi\",\"addresses\":[" + addresses + "]"
                + (followUp == null ? "" : ",\"followUpProgramId\":" + followUp) + "}"));
    }

    /** Another final evaluation of the same plan's year, for 2026-Q4. */
    static long finalQ4(String nip, String rater, String hasilKerja) throws Exception {
        JsonNode evaluation = expect(201, as(nip, "POST", "/appraisal/evaluations", "{\"nip\":\"" + nip + "\",\"period\":\"2026-Q4\"}"));
        String e = "/appraisal/evaluations/" + evaluation.get("id").asLong();
        expect(200, as(rater, "PUT", e + "/rating", "{\"hasilKerja\":\"" + hasilKerja + "\",\"perilaku\":\"SESUAI_EKSPEKTASI\"}"));
        expect(200, as(rater, "POST", e + "/finalise", null));
        return evaluation.get("id").asLong();
    }

    // ---- the story's state, carried from one step to the next (the steps run in name order in one container)
    static CoreWatch watch;
    static JsonNode service;
    static JsonNode advanced;
    static JsonNode time;
    static long evaluation;
    static JsonNode proposal;
    static LocalDate today;
    static long timeId;
    static long sessionId;
    static JsonNode other;
    static long enrolmentId;

    @AfterClass
    public static void stopWatching() throws InterruptedException {
        if (watch != null) {
            watch.close(); // a step failed before the last one
        }
    }

    /** The module installed while a client reads the core; its catalogue of programmes. */
    @Test
    public void s01_theModuleInstallsWithItsCatalogueWhileTheCoreAnswers() throws Exception {
        awaitApi("/staff");
        expect(201, postJson("/units", "{\"code\":\"DUKCAPIL\",\"name\":\"Dinas Kependudukan dan Pencatatan Sipil\"}"));
        member(HEAD, null, 12);
        expect(200, send("PUT", "/units/DUKCAPIL/head", "application/json", "{\"nip\":\"" + HEAD + "\"}"));
        member(WEAK, HEAD, 7);
        member(OTHER, HEAD, 7);
        member(OUTSIDER, HEAD, 6);
        assign(HEAD, "PERSONNEL_OFFICER"); // the head also runs the city's programmes, as BKPSDM does
        assertEquals(404, get("/coaching/programs").statusCode());

        watch = new CoreWatch(context, java.util.Set.of("id.kinerja.coaching"), List.of("/staff?limit=5", "/units",
                "/appraisal/plans?nip=" + WEAK));
        modules.install("kinerja-coaching");
        awaitApi("/coaching/programs");

        service = program("Pelayanan Prima", "WORKSHOP", 16, "\"BERORIENTASI_PELAYANAN\"");
        advanced = program("Manajemen Waktu Lanjutan", "COACHING", 12, "\"KOMPETEN\"");
        time = program("Manajemen Waktu", "CLASSROOM_TRAINING", 8, "", advanced.get("id").asLong());
        program("Komunikasi Efektif", "SEMINAR", 4, "\"KOLABORATIF\"");
        assertEquals("INVALID_HOURS", expect(400, as(HEAD, "POST", "/coaching/programs", "{\"title\":\"X\",\"competencyArea\":\"Y\","
                + "\"form\":\"WORKSHOP\",\"learningHours\":0,\"provider\":\"Z\"}")).get("error").asText());
        assertEquals(400, as(HEAD, "POST", "/coaching/programs", "{\"title\":\"X\",\"competencyArea\":\"Y\",\"form\":\"NAP\","
                + "\"learningHours\":2,\"provider\":\"Z\"}").statusCode());
    }

    /** The appraisal core finalises Butuh Perbaikan: a proposal appears, nobody is enrolled. */
    @Test
    public void s02_aWeakPredikatBecomesAProposal() throws Exception {
        evaluation = finalPredikat(WEAK, HEAD, "DI_BAWAH_EKSPEKTASI", "SESUAI_EKSPEKTASI");
        proposal = awaitProposal(WEAK, "2026-Q1");
        assertEquals("BUTUH_PERBAIKAN", proposal.get("predikat").asText());
        assertEquals("OPEN", proposal.get("status").asText());
        assertTrue(proposal.get("coachingSuggested").asBoolean());
        assertEquals("the general programme for a weak predikat", List.of(time.get("id").asLong()),
                List.of(proposal.get("programIds").get(0).asLong()));
        assertEquals(1, proposal.get("programIds").size());
        assertEquals(0, expect(200, get("/coaching/people/" + WEAK + "/enrolments")).size());
        assertEquals("a good predikat proposes nothing", 0, expect(200, get("/coaching/proposals?nip=" + HEAD)).get("total").asInt());
    }

    /** A session of one seat, ending today; OTHER takes the seat first; the supervisor, not the person, accepts the proposal. */
    @Test
    public void s03_theSupervisorAcceptsItIntoASessionOfOneSeat() throws Exception {
        today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
        timeId = time.get("id").asLong();
        JsonNode session = expect(201, as(HEAD, "POST", "/coaching/programs/" + timeId + "/sessions", "{\"startDate\":\"" + today.minusDays(1)
                + "\",\"endDate\":\"" + today + "\",\"location\":\"Aula BKPSDM\",\"online\":false,\"trainer\":\"Dra. Sri Wahyuni\",\"capacity\":1}"));
        sessionId = session.get("id").asLong();
        other = expect(201, as(HEAD, "POST", "/coaching/sessions/" + sessionId + "/nominations", "{\"nip\":\"" + OTHER + "\"}"));
        assertEquals("ENROLLED", expect(200, as(HEAD, "POST", "/coaching/enrolments/" + other.get("id").asLong() + "/approve", null))
                .get("status").asText());

        // the person a proposal is about never decides it: a staff member's roles do not reach it at all
        assertEquals("PERMISSION_DENIED", expect(403, as(WEAK, "POST", "/coaching/proposals/" + proposal.get("id").asLong() + "/accept",
                "{\"sessionIds\":[" + sessionId + "]}")).get("error").asText());
        JsonNode accepted = expect(200, as(HEAD, "POST", "/coaching/proposals/" + proposal.get("id").asLong() + "/accept",
                "{\"sessionIds\":[" + sessionId + "],\"note\":\"Dibina atasan langsung\"}"));
        assertEquals("ACCEPTED", accepted.get("status").asText());
        // the list shows the decision at once (its rows come from the shared cache, which the decision's commit updates)
        JsonNode listed = expect(200, get("/coaching/proposals?nip=" + WEAK)).get("items").get(0);
        assertEquals(List.of("ACCEPTED", "Dibina atasan langsung"), List.of(listed.get("status").asText(), listed.get("note").asText()));
        JsonNode enrolment = expect(200, get("/coaching/people/" + WEAK + "/enrolments")).get(0);
        enrolmentId = enrolment.get("id").asLong();
        assertEquals("NOMINATED", enrolment.get("status").asText());
        assertEquals(proposal.get("id").asLong(), enrolment.get("proposalId").asLong());
        // an advanced programme needs its basic one first
        JsonNode advancedService = expect(201, as(HEAD, "POST", "/coaching/programs", "{\"title\":\"Pelayanan Prima Lanjutan\","
                + "\"competencyArea\":\"Pelayanan publik\",\"form\":\"MENTORING\",\"learningHours\":6,\"provider\":\"BKPSDM\","
                + "\"prerequisites\":[" + service.get("id").asLong() + "]}"));
        JsonNode advancedSession = expect(201, as(HEAD, "POST", "/coaching/programs/" + advancedService.get("id").asLong() + "/sessions",
                "{\"startDate\":\"" + today + "\",\"endDate\":\"" + today.plusDays(1) + "\",\"location\":\"Daring\",\"online\":true,"
                + "\"trainer\":\"Mentor\",\"capacity\":5}"));
        assertEquals("PREREQUISITE_MISSING", expect(422, as(HEAD, "POST", "/coaching/sessions/" + advancedSession.get("id").asLong()
                + "/nominations", "{\"nip\":\"" + WEAK + "\"}")).get("error").asText());
        assertEquals("ALREADY_NOMINATED", expect(409, as(HEAD, "POST", "/coaching/sessions/" + sessionId + "/nominations",
                "{\"nip\":\"" + WEAK + "\"}")).get("error").asText());
        assertEquals("PROPOSAL_DECIDED", expect(409, as(HEAD, "POST", "/coaching/proposals/" + proposal.get("id").asLong() + "/dismiss",
                "{\"note\":\"x\"}")).get("error").asText());
    }

    /**
     * The seat is taken: the waiting list; OTHER withdraws and the seat passes on; attended both days,
     * completed: 8 JP for the year.
     */
    @Test
    public void s04_theWaitingListAttendanceAndCompletionCountLearningHours() throws Exception {
        assertEquals("WAITLISTED", expect(200, as(HEAD, "POST", "/coaching/enrolments/" + enrolmentId + "/approve", null)).get("status").asText());
        notification(WEAK, "Anda dalam daftar tunggu");
        notification(OTHER, "Kursi Anda di");
        assertEquals(1, expect(200, get("/coaching/sessions/" + sessionId)).get("waitlisted").asInt());
        assertEquals("INVALID_STATUS", expect(409, as(HEAD, "PUT", "/coaching/enrolments/" + enrolmentId + "/attendance",
                "{\"day\":\"" + today + "\",\"present\":true}")).get("error").asText());
        expect(200, as(OTHER, "POST", "/coaching/enrolments/" + other.get("id").asLong() + "/withdraw", null));
        assertEquals("ENROLLED", expect(200, get("/coaching/enrolments/" + enrolmentId)).get("status").asText());
        // the first on the waiting list is told the seat is theirs
        assertTrue(notification(WEAK, "Kursi Anda di").get("title").asText().endsWith("dikonfirmasi"));

        // attended both days, completed: 8 JP for the year
        assertEquals("OUTSIDE_SESSION", expect(422, as(HEAD, "PUT", "/coaching/enrolments/" + enrolmentId + "/attendance",
                "{\"day\":\"" + today.minusDays(2) + "\",\"present\":true}")).get("error").asText());
        expect(200, as(HEAD, "PUT", "/coaching/enrolments/" + enrolmentId + "/attendance", "{\"day\":\"" + today.minusDays(1) + "\",\"present\":false}"));
        expect(200, as(HEAD, "PUT", "/coaching/enrolments/" + enrolmentId + "/attendance", "{\"day\":\"" + today.minusDays(1) + "\",\"present\":true}"));
        assertEquals(2, expect(200, as(HEAD, "PUT", "/coaching/enrolments/" + enrolmentId + "/attendance", "{\"day\":\"" + today
                + "\",\"present\":true}")).get("daysPresent").asInt());
        JsonNode done = expect(200, as(HEAD, "POST", "/coaching/enrolments/" + enrolmentId + "/complete", "{\"score\":86.5,\"certificateNumber\":\"BPSDM/2026/017\"}"));
        assertEquals("COMPLETED", done.get("status").asText());
        assertEquals(8, done.get("creditedHours").asInt());
        JsonNode hours = expect(200, get("/coaching/people/" + WEAK + "/learning-hours/" + today.getYear()));
        assertEquals(8, hours.get("hours").asInt());
        assertEquals("days present, counted for a whole list at once", 2, hours.get("completed").get(0).get("daysPresent").asInt());
        assertEquals(2, expect(200, get("/coaching/sessions/" + sessionId + "/enrolments")).get(1).get("daysPresent").asInt());
        assertEquals(20, hours.get("minimum").asInt());
        assertEquals(12, hours.get("shortfall").asInt());
        JsonNode behind = expect(200, get("/coaching/learning-hours/" + today.getYear() + "/behind?unitCode=DUKCAPIL"));
        assertEquals(4, behind.get("total").asInt());
        assertEquals(WEAK, behind.get("items").get(3).get("nip").asText());
        assertEquals(8, behind.get("items").get(3).get("hours").asInt());
    }

    /** The participant's own feedback; the programme's effectiveness. */
    @Test
    public void s05_theParticipantsFeedbackAndTheProgrammesEffectiveness() throws Exception {
        assertEquals("NOT_THE_PARTICIPANT", expect(403, as(OTHER, "PUT", "/coaching/enrolments/" + enrolmentId + "/feedback",
                "{\"rating\":1}")).get("error").asText());
        assertEquals("INVALID_RATING", expect(400, as(WEAK, "PUT", "/coaching/enrolments/" + enrolmentId + "/feedback",
                "{\"rating\":6}")).get("error").asText());
        expect(200, as(WEAK, "PUT", "/coaching/enrolments/" + enrolmentId + "/feedback", "{\"rating\":4,\"comments\":\"Praktis, contoh dari loket\"}"));
        JsonNode report = expect(200, get("/coaching/programs/" + timeId + "/effectiveness"));
        assertEquals(1, report.get("participants").asInt());
        assertEquals(1, report.get("completed").asInt());
        assertEquals("86.50", report.get("averageScore").asText());
        assertEquals("4.00", report.get("averageRating").asText());
        assertEquals("Praktis, contoh dari loket", report.get("comments").get(0).asText());
        assertEquals("BUTUH_PERBAIKAN", report.get("outcomes").get(0).get("before").asText());
        assertEquals(1, report.get("effects").get("NO_DATA_YET").asInt());
    }

    /**
     * Still Butuh Perbaikan in Q4: the follow-up programme is proposed (not the one done); the supervisor
     * answers it with one-to-one mentoring by OTHER, seen only by the three of them.
     */
    @Test
    public void s06_stillWeakTheFollowUpBecomesOneToOneMentoring() throws Exception {
        finalQ4(WEAK, HEAD, "DI_BAWAH_EKSPEKTASI");
        JsonNode followUp = awaitProposal(WEAK, "2026-Q4");
        assertEquals("2026-Q4", followUp.get("period").asText());
        java.util.List<Long> proposed = new java.util.ArrayList<>();
        followUp.get("programIds").forEach(id -> proposed.add(id.asLong()));
        assertTrue(proposed.toString(), proposed.contains(advanced.get("id").asLong()) && !proposed.contains(timeId));
        assertEquals(1, expect(200, get("/coaching/programs/" + timeId + "/effectiveness")).get("effects").get("WEAK").asInt());
        // the personnel office's lists of proposals newest first, page after page from where the last ended (its next)
        List<Long> city = ids(expect(200, get("/coaching/proposals?limit=500")).get("items"));
        assertTrue(city.toString(), city.indexOf(followUp.get("id").asLong()) >= 0
                && city.indexOf(followUp.get("id").asLong()) < city.indexOf(proposal.get("id").asLong()));
        assertEquals(city.stream().sorted(java.util.Comparator.reverseOrder()).toList(), city);
        assertEquals(city, idsPageAfterPage(null, "/coaching/proposals?"));
        assertEquals(city, idsPageByOffset(null, "/coaching/proposals?"));
        assertEquals(ids(expect(200, get("/coaching/proposals?status=OPEN&limit=500")).get("items")),
                idsPageAfterPage(null, "/coaching/proposals?status=OPEN"));
        assertEquals(List.of(followUp.get("id").asLong(), proposal.get("id").asLong()), idsPageAfterPage(null, "/coaching/proposals?nip=" + WEAK));
        assertEquals("INVALID_CURSOR", expect(400, get("/coaching/proposals?limit=1&after=bukan-penanda!")).get("error").asText());
        assertQueriesCarryNoValues(kinerjaDatabase, WEAK);

        // the supervisor answers it with one-to-one mentoring by OTHER; only the three of them see it
        JsonNode mentoring = expect(200, as(HEAD, "POST", "/coaching/proposals/" + followUp.get("id").asLong() + "/accept",
                "{\"coaching\":{\"coachNip\":\"" + OTHER + "\",\"kind\":\"MENTORING\",\"goals\":\"Antrean loket selesai tepat waktu\","
                        + "\"endDate\":\"" + today.plusMonths(3) + "\"}}"));
        assertEquals("ACCEPTED", mentoring.get("status").asText());
        JsonNode assignment = expect(200, as(WEAK, "GET", "/coaching/people/" + WEAK + "/assignments", null)).get(0);
        long assignmentId = assignment.get("id").asLong();
        assertEquals(OTHER, assignment.get("coachNip").asText());
        assertEquals("NOT_VISIBLE", expect(403, as(OUTSIDER, "GET", "/coaching/assignments/" + assignmentId, null)).get("error").asText());
        assertEquals("OUT_OF_SCOPE", expect(403, as(OUTSIDER, "GET", "/coaching/people/" + WEAK + "/assignments", null)).get("error").asText());
        expect(200, as(HEAD, "GET", "/coaching/assignments/" + assignmentId, null));
        // the coach finds it among those they coach; neither the coachee nor the supervisor has it there
        JsonNode coached = expect(200, as(OTHER, "GET", "/coaching/assignments", null));
        assertEquals(1, coached.size());
        assertEquals(assignmentId, coached.get(0).get("id").asLong());
        assertEquals(0, expect(200, as(WEAK, "GET", "/coaching/assignments", null)).size());
        assertEquals(0, expect(200, as(HEAD, "GET", "/coaching/assignments", null)).size());
        assertEquals("NOT_THE_SUPERVISOR", expect(403, as(OTHER, "POST", "/coaching/assignments", "{\"coacheeNip\":\"" + WEAK
                + "\",\"coachNip\":\"" + OTHER + "\",\"goals\":\"x\",\"endDate\":\"" + today.plusDays(5) + "\"}")).get("error").asText());
        JsonNode met = expect(200, as(OTHER, "POST", "/coaching/assignments/" + assignmentId + "/meetings", "{\"date\":\"" + today
                + "\",\"notes\":\"Membahas daftar tugas harian\"}"));
        assertEquals("Membahas daftar tugas harian", met.get("meetings").get(0).get("notes").asText());
        assertEquals("NOT_A_PARTICIPANT", expect(403, as(HEAD, "POST", "/coaching/assignments/" + assignmentId + "/meetings", "{\"date\":\""
                + today + "\",\"notes\":\"x\"}")).get("error").asText());
    }

    /** The development plan of the year: suggested from the proposals, then written and agreed. */
    @Test
    public void s07_theDevelopmentPlanOfTheYear() throws Exception {
        String plan = "/coaching/people/" + WEAK + "/plans/2026";
        JsonNode suggested = expect(200, as(WEAK, "GET", plan, null));
        assertTrue(suggested.get("suggested").asBoolean());
        assertEquals("Hasil kerja", suggested.get("gaps").get(0).get("competency").asText());
        assertTrue(suggested.toString(), suggested.get("programIds").toString().contains(String.valueOf(advanced.get("id").asLong())));
        assertEquals("NOT_VISIBLE", expect(403, as(OUTSIDER, "GET", plan, null)).get("error").asText());
        assertEquals("PROGRAM_NOT_FOUND", expect(422, as(WEAK, "PUT", plan, "{\"gaps\":[{\"competency\":\"Manajemen waktu\"}],\"programIds\":[99999]}"))
                .get("error").asText());
        JsonNode saved = expect(200, as(WEAK, "PUT", plan, "{\"gaps\":[{\"competency\":\"Manajemen waktu\",\"note\":\"Antrean loket\"}],"
                + "\"programIds\":[" + advanced.get("id").asLong() + "]}"));
        assertEquals("DRAFT", saved.get("status").asText());
        assertEquals("NOT_THE_SUPERVISOR", expect(403, as(WEAK, "POST", plan + "/agree", null)).get("error").asText());
        assertEquals("AGREED", expect(200, as(HEAD, "POST", plan + "/agree", null)).get("status").asText());
        assertEquals("Antrean loket", expect(200, as(HEAD, "GET", plan, null)).get("gaps").get(0).get("note").asText());
    }

    /** The rater sees the coaching history among the appraisal's inputs. */
    @Test
    public void s08_theRaterSeesCoachingAmongTheAppraisalsInputs() throws Exception {
        JsonNode inputs = expect(200, as(HEAD, "GET", "/appraisal/evaluations/" + evaluation + "/inputs", null));
        JsonNode coaching = null;
        for (JsonNode input : inputs) {
            coaching = "kinerja-coaching".equals(input.get("source").asText()) ? input : coaching;
        }
        assertEquals(inputs.toString(), "8", coaching.get("figures").get("jp").asText());
        assertEquals("1", coaching.get("figures").get("pembinaanAktif").asText());
        assertTrue(coaching.get("summary").asText(), coaching.get("summary").asText().contains("Manajemen Waktu (8 JP)"));
    }

    /** The module removed and reinstalled with its data; the core answered throughout. */
    @Test
    public void s09_removedAndReinstalledWithItsDataTheCoreAnsweringThroughout() throws Exception {
        modules.uninstall("kinerja-coaching");
        awaitStatus(404, "/coaching/programs");
        modules.install("kinerja-coaching");
        awaitApi("/coaching/programs");
        assertEquals(5, expect(200, get("/coaching/programs")).get("total").asInt());
        assertEquals(1, expect(200, as(WEAK, "GET", "/coaching/people/" + WEAK + "/assignments", null)).get(0).get("meetings").size());
        assertEquals("AGREED", expect(200, as(WEAK, "GET", "/coaching/people/" + WEAK + "/plans/2026", null)).get("status").asText());
        assertEquals(8, expect(200, get("/coaching/people/" + WEAK + "/learning-hours/" + today.getYear())).get("hours").asInt());
        assertEquals("ACCEPTED", expect(200, get("/coaching/proposals/" + proposal.get("id").asLong())).get("status").asText());
        assertEquals(service.get("title").asText(), expect(200, get("/coaching/programs/" + service.get("id").asLong())).get("title").asText());
        modules.uninstall("kinerja-coaching");
        awaitStatus(404, "/coaching/programs");
        CoreWatch watched = watch;
        watch = null;
        watched.close();
        assertEquals("bundles stopped (refreshed) by installing/uninstalling kinerja-coaching", List.of(), watched.disturbed);
        assertTrue(watched.calls.get() > 10);
        assertEquals("requests to the core failed while the module came and went", List.of(), watched.failures);
    }

    /**
     * Waits for the proposal of a person's period; it arrives asynchronously (an OSGi event after the
     * appraisal's commit). Waits for that very proposal, not for a count: a page's items and its total
     * are read one after the other, so a proposal made in between is counted but not yet listed.
     */
    static JsonNode awaitProposal(String nip, String period) throws Exception {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            for (JsonNode proposal : expect(200, get("/coaching/proposals?nip=" + nip)).get("items")) {
                if (period.equals(proposal.get("period").asText())) {
                    return proposal;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no coaching proposal for " + nip + " in " + period + " 30 s after the predikat was final");
    }
}
