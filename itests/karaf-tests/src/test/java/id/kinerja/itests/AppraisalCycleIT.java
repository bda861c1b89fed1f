package id.kinerja.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;

import javax.inject.Inject;

import org.junit.FixMethodOrder;
import org.junit.Test;
import org.junit.runners.MethodSorters;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

import com.fasterxml.jackson.databind.JsonNode;

import id.kinerja.appraisal.api.AppraisalInput;
import id.kinerja.appraisal.api.AppraisalInputProvider;
import id.kinerja.appraisal.api.Predikat;
import id.kinerja.core.api.notification.NotificationEvents;
import id.kinerja.appraisal.api.PredikatService;

/**
 * A whole appraisal cycle for a small unit over real HTTP on the real database: plan, return, approve,
 * self-assess, colleague feedback, rate, finalise (the event reaches a listener), object, decide,
 * calibrate against the curve, acting officials, and the audit trail; and the 4xx of broken rules.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class AppraisalCycleIT extends KinerjaTestSupport {

    static final String TOPIC = "id/kinerja/appraisal/PREDIKAT_FINAL";

    @Inject
    BundleContext context;

    @Inject
    ConfigurationAdmin configurations;

    @Inject
    PredikatService predikatService;

    @Inject
    @org.ops4j.pax.exam.util.Filter("(osgi.jndi.service.name=kinerja)")
    javax.sql.DataSource kinerjaDatabase;

    /** What a plan's row keeps of its content for the rater's queue (SKP_PLAN.SUBMITTED_CONTENT), or null. */
    String submittedContent(long planId) throws Exception {
        try (java.sql.Connection c = kinerjaDatabase.getConnection();
                java.sql.PreparedStatement st = c.prepareStatement("SELECT SUBMITTED_CONTENT FROM SKP_PLAN WHERE ID = ?")) {
            st.setLong(1, planId);
            try (java.sql.ResultSet rs = st.executeQuery()) {
                assertTrue(rs.next());
                return rs.getString(1);
            }
        }
    }

    /** A valid PNS NIP: born 1985-02-02, TMT CPNS 2010-01, female, sequence {@code n}. */
    static String nip(int n) {
        return String.format("198502022010012%03d", n);
    }

    static final String HEAD = nip(1);
    static final String SUPERVISOR = nip(2);
    static final String STAFF = nip(3);
    static final String PEER = nip(4);
    static final String NEWCOMER = nip(5);

    static void staff(String nip, String unit, String supervisor) throws Exception {
        expect(201, postJson("/staff", "{\"nip\":\"" + nip + "\",\"fullName\":\"Pegawai " + nip.substring(15) + "\","
                + "\"employmentType\":\"PNS\",\"rank\":\"III/c\",\"positionName\":\"Analis\",\"positionKind\":\"FUNGSIONAL\","
                + "\"positionClass\":9,\"unitCode\":\"" + unit + "\"" + (supervisor == null ? "" : ",\"supervisorNip\":\"" + supervisor + "\"")
                + "}"));
    }

    /** The feedback request a person sees for an evaluation, or null. */
    static JsonNode feedbackRequest(String nip, long evaluationId) throws Exception {
        for (JsonNode request : expect(200, as(nip, "GET", "/appraisal/evaluations/feedback-requests", null))) {
            if (request.get("evaluationId").asLong() == evaluationId) {
                return request;
            }
        }
        return null;
    }

    static String plan(String workResults) {
        return "{\"year\":2026,\"workResults\":[" + workResults + "],\"behaviours\":[{\"value\":\"KOLABORATIF\","
                + "\"expectation\":\"Aktif membantu rekan satu seksi\"}]}";
    }

    static String workResult(String text, String cascade, int target) {
        return "{\"text\":\"" + text + "\"," + cascade + ",\"indicators\":[{\"description\":\"" + text + " selesai\","
                + "\"aspect\":\"QUANTITY\",\"target\":" + target + ",\"unit\":\"dokumen\"}]}";
    }

    static String error(int status, java.net.http.HttpResponse<String> response) throws Exception {
        return expect(status, response).get("error").asText();
    }

    // ---- the cycle's state, carried from one step to the next (the steps run in name order in one container)
    static BlockingQueue<Event> events;
    static ServiceRegistration<EventHandler> listener;
    static long supervisorResult;
    static long planId;
    static JsonNode edited;
    static long workResult;
    static String realisations;
    static JsonNode evaluation;
    static long id;
    static String e;
    static String rating;
    static JsonNode objection;
    static JsonNode annual;
    static LocalDate day;
    static JsonNode newcomerPlan;
    static JsonNode peerEvaluation;

    /** The PREDIKAT_FINAL events of the cycle, collected from its first step on (and for good: the listener only queues). */
    void listen() {
        if (listener == null) {
            events = new LinkedBlockingQueue<>();
            Dictionary<String, Object> topics = new Hashtable<>();
            topics.put(EventConstants.EVENT_TOPIC, TOPIC);
            listener = context.registerService(EventHandler.class, events::add, topics);
        }
    }

    /** The unit, its head and staff. */
    @Test
    public void s01_theUnitItsHeadAndStaff() throws Exception {
        awaitApi("/appraisal/plans?nip=" + HEAD);
        listen();
        expect(201, postJson("/units", "{\"code\":\"AP\",\"name\":\"Dinas Uji\"}"));
        expect(201, postJson("/units", "{\"code\":\"AP-1\",\"name\":\"Bidang Uji\",\"parentCode\":\"AP\"}"));
        staff(HEAD, "AP", null);
        expect(200, send("PUT", "/units/AP/head", "application/json", "{\"nip\":\"" + HEAD + "\"}"));
        staff(SUPERVISOR, "AP-1", HEAD);
        staff(STAFF, "AP-1", SUPERVISOR);
        staff(PEER, "AP-1", SUPERVISOR);
        staff(NEWCOMER, "AP-1", SUPERVISOR);
    }

    /** Plan: the head has no rater in the registry; the supervisor's plan serves a unit goal. */
    @Test
    public void s02_planTheHeadHasNoRaterIn() throws Exception {
        JsonNode headPlan = expect(201, as(HEAD, "POST", "/appraisal/plans", plan(workResult("Renstra", "\"unitGoal\":\"IKU dinas\"", 1))));
        assertEquals("NO_RATER", error(422, as(HEAD, "POST", "/appraisal/plans/" + headPlan.get("id") + "/submit", null)));
        assertEquals("NOT_THE_OWNER", error(403, as(PEER, "DELETE", "/appraisal/plans/" + headPlan.get("id"), null)));
        assertEquals(204, as(HEAD, "DELETE", "/appraisal/plans/" + headPlan.get("id"), null).statusCode());
        expect(404, get("/appraisal/plans/" + headPlan.get("id")));

        JsonNode supervisorPlan = expect(201, as(SUPERVISOR, "POST", "/appraisal/plans",
                plan(workResult("Layanan kepegawaian", "\"unitGoal\":\"Layanan prima\"", 12))));
        long supervisorPlanId = supervisorPlan.get("id").asLong();
        supervisorResult = supervisorPlan.get("workResults").get(0).get("id").asLong();
        assertEquals("SUBMITTED", expect(200, as(SUPERVISOR, "POST", "/appraisal/plans/" + supervisorPlanId + "/submit", null)).get("status").asText());
        assertEquals(HEAD, expect(200, get("/appraisal/plans/" + supervisorPlanId)).get("raterNip").asText());
        assertEquals("APPROVED", expect(200, as(HEAD, "POST", "/appraisal/plans/" + supervisorPlanId + "/approve", "{}")).get("status").asText());
    }

    /** The cascading picker: the work results a staff member's plan may support are the supervisor's approved ones. */
    @Test
    public void s03_theCascadingPickerTheWorkResultsA() throws Exception {
        JsonNode supportable = expect(200, as(STAFF, "GET", "/appraisal/plans/supportable?nip=" + STAFF + "&year=2026", null));
        assertEquals(1, supportable.size());
        assertEquals(supervisorResult, supportable.get(0).get("id").asLong());
        assertEquals(0, expect(200, as(STAFF, "GET", "/appraisal/plans/supportable?nip=" + STAFF + "&year=2027", null)).size());
        assertEquals("OUT_OF_SCOPE", error(403, as(PEER, "GET", "/appraisal/plans/supportable?nip=" + STAFF + "&year=2026", null)));
        assertEquals("year", expect(400, as(STAFF, "GET", "/appraisal/plans/supportable?nip=" + STAFF, null)).get("field").asText());
    }

    /** The staff member's plan cascades from the supervisor's approved work result. */
    @Test
    public void s04_theStaffMembersPlanCascadesFromTheSupervisors() throws Exception {
        assertEquals("CASCADE_INVALID", error(422, as(STAFF, "POST", "/appraisal/plans",
                plan(workResult("Entri data", "\"supportsWorkResultId\":999999", 500)))));
        assertEquals("CASCADE_REQUIRED", error(400, as(STAFF, "POST", "/appraisal/plans", plan(workResult("Entri data", "\"unitGoal\":\" \"", 500)))));
        // nobody acts without a token, and nobody names the actor but the token
        assertEquals("LOGIN_REQUIRED", error(401, anonymous("POST", "/appraisal/plans", "application/json",
                plan(workResult("Entri data", "\"unitGoal\":\"x\"", 1)))));
        assertEquals("RESERVED_HEADER", error(400, HTTP.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(api("/appraisal/plans")))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(plan(workResult("Entri data", "\"unitGoal\":\"x\"", 1))))
                .header("Content-Type", "application/json").header("Authorization", bearer(PEER)).header("X-Kinerja-NIP", STAFF).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString())));
        JsonNode staffPlan = expect(201, as(STAFF, "POST", "/appraisal/plans",
                plan(workResult("Entri data", "\"supportsWorkResultId\":" + supervisorResult, 500))));
        planId = staffPlan.get("id").asLong();
        assertEquals(7, staffPlan.get("behaviours").size());
        assertEquals("PLAN_EXISTS", error(409, as(STAFF, "POST", "/appraisal/plans", plan(workResult("Lain", "\"unitGoal\":\"x\"", 1)))));
        expect(200, as(STAFF, "POST", "/appraisal/plans/" + planId + "/submit", null));
        // the rater's queue shows it (and keeps it for the next reads of the queue while it is unchanged); its first look,
        // the plans' rows read in one statement with the queue's order, counts the queue as well
        JsonNode firstLook = expect(200, get("/appraisal/plans?rater=" + SUPERVISOR));
        assertEquals(500, firstLook.get("items").get(0).get("workResults").get(0).get("indicators").get(0).get("target").asInt());
        assertEquals(List.of(planId), ids(firstLook.get("items")));
        assertEquals(1, firstLook.get("total").asInt());
        assertTrue(firstLook.get("totalExact").asBoolean());
        assertFalse(firstLook.hasNonNull("next"));
        assertEquals("read again from the keys and the plan kept", firstLook, expect(200, get("/appraisal/plans?rater=" + SUPERVISOR)));
        assertEquals("NOT_THE_RATER", error(403, as(PEER, "POST", "/appraisal/plans/" + planId + "/approve", "{}")));
        assertEquals("comment", expect(400, as(SUPERVISOR, "POST", "/appraisal/plans/" + planId + "/return", "{}")).get("field").asText());
        assertEquals("RETURNED", expect(200, as(SUPERVISOR, "POST", "/appraisal/plans/" + planId + "/return",
                "{\"comment\":\"Target terlalu rendah\"}")).get("status").asText());
        // the rater was told of the submission, the owner of the return (with the comment and where to act)
        JsonNode toRater = notification(SUPERVISOR, "SKP menunggu persetujuan Anda");
        assertEquals("penilai", toRater.get("link").asText());
        assertEquals("A plan awaits your approval", toRater.get("titleEn").asText());
        JsonNode returnedNotice = notification(STAFF, "SKP Anda dikembalikan");
        assertTrue(returnedNotice.get("text").asText().contains("Target terlalu rendah"));
        assertEquals("skp/" + planId, returnedNotice.get("link").asText());
        // one's own only, marked read one by one or all at once
        long noticeId = returnedNotice.get("id").asLong();
        assertEquals("NOTIFICATION_NOT_FOUND", error(404, as(PEER, "POST", "/notifications/" + noticeId + "/read", null)));
        int unread = expect(200, as(STAFF, "GET", "/notifications/unread-count", null)).get("unread").asInt();
        assertTrue(unread >= 1);
        assertTrue(expect(200, as(STAFF, "POST", "/notifications/" + noticeId + "/read", null)).hasNonNull("readAt"));
        assertEquals(unread - 1, expect(200, as(STAFF, "GET", "/notifications/unread-count", null)).get("unread").asInt());
        expect(200, as(SUPERVISOR, "POST", "/notifications/read-all", null));
        assertEquals(0, expect(200, as(SUPERVISOR, "GET", "/notifications?unread=true", null)).get("total").asInt());
        assertEquals(401, anonymous("GET", "/notifications/unread-count", null, null).statusCode());
        // edited into a plan of two work results, the second towards a unit goal with three indicators of different aspects
        edited = expect(200, as(STAFF, "PUT", "/appraisal/plans/" + planId,
                plan(workResult("Entri data", "\"supportsWorkResultId\":" + supervisorResult, 800)
                        + ",{\"text\":\"Layanan arsip\",\"unitGoal\":\"Arsip tertib\",\"indicators\":["
                        + "{\"description\":\"Kepuasan pemohon\",\"aspect\":\"QUALITY\",\"target\":92.5,\"unit\":\"persen\"},"
                        + "{\"description\":\"Waktu layanan\",\"aspect\":\"TIME\",\"target\":3,\"unit\":\"hari\"},"
                        + "{\"description\":\"Berkas dipindai\",\"aspect\":\"QUANTITY\",\"target\":1200,\"unit\":\"berkas\"}]}")));
        assertEquals(2, edited.get("workResults").size());
        workResult = edited.get("workResults").get(0).get("id").asLong();
        assertEquals(800, edited.get("workResults").get(0).get("indicators").get(0).get("target").asInt());
        expect(200, as(STAFF, "POST", "/appraisal/plans/" + planId + "/submit", null));
        // the home page's tasks: the rater has one plan to approve, the owner's plan of the year is waiting
        JsonNode raterTasks = expect(200, as(SUPERVISOR, "GET", "/appraisal/tasks", null));
        assertEquals(1, raterTasks.get("plansToApprove").asInt());
        JsonNode ownerTasks = expect(200, as(STAFF, "GET", "/appraisal/tasks", null));
        assertEquals(0, ownerTasks.get("plansToApprove").asInt());
        if (ownerTasks.get("year").asInt() == 2026) {
            assertEquals("SUBMITTED", ownerTasks.get("myPlan").get("status").asText());
            assertEquals(planId, ownerTasks.get("myPlan").get("id").asLong());
        }
        // the rater's list of plans to approve carries each plan whole (its collections read for the page at once),
        // as it is now: returned, edited and submitted again, not as the queue showed it before
        JsonNode waiting = expect(200, get("/appraisal/plans?rater=" + SUPERVISOR)).get("items");
        assertEquals(1, waiting.size());
        assertEquals(800, waiting.get(0).get("workResults").get(0).get("indicators").get(0).get("target").asInt());
        assertTrue(waiting.get(0).get("behaviours").size() > 0);
        assertEquals(planId, waiting.get(0).get("id").asLong());
        assertEquals(3, waiting.get(0).get("workResults").get(1).get("indicators").size());
        assertEquals("the queue's plan, read as rows, is the plan read whole: children once each and in their order",
                expect(200, get("/appraisal/plans/" + planId)), waiting.get(0));
        assertEquals("and so is the plan the queue kept", waiting.get(0),
                expect(200, get("/appraisal/plans?rater=" + SUPERVISOR)).get("items").get(0));
        JsonNode approved = expect(200, as(SUPERVISOR, "POST", "/appraisal/plans/" + planId + "/approve",
                "{\"comment\":\"Setuju\",\"expectations\":[{\"value\":\"ADAPTIF\",\"expectation\":\"Menguasai aplikasi SIASN baru\"}]}"));
        assertEquals("APPROVED", approved.get("status").asText());
        assertEquals("approved, it leaves the queue", 0, expect(200, get("/appraisal/plans?rater=" + SUPERVISOR)).get("total").asInt());
        assertEquals("skp/" + planId, notification(STAFF, "SKP Anda disetujui").get("link").asText());
        boolean specific = false;
        for (JsonNode b : approved.get("behaviours")) {
            specific |= "ADAPTIF".equals(b.get("value").asText()) && "Menguasai aplikasi SIASN baru".equals(b.get("expectation").asText());
        }
        assertTrue("the rater's specific expectation is part of the approved plan: " + approved.get("behaviours"), specific);
        // the owner's notifications newest first, page after page from where the last ended (its next), as the whole list
        List<Long> told = ids(expect(200, as(STAFF, "GET", "/notifications?limit=500", null)).get("items"));
        assertTrue(told.toString(), told.size() >= 2);
        assertEquals(told.stream().sorted(java.util.Comparator.reverseOrder()).toList(), told);
        assertEquals(told, idsPageAfterPage(STAFF, "/notifications?"));
        assertEquals(told, idsPageByOffset(STAFF, "/notifications?"));
        assertEquals(ids(expect(200, as(STAFF, "GET", "/notifications?unread=true&limit=500", null)).get("items")),
                idsPageAfterPage(STAFF, "/notifications?unread=true"));
        assertEquals("INVALID_CURSOR", error(400, as(STAFF, "GET", "/notifications?limit=1&after=bukan-penanda!", null)));
        assertEquals("PLAN_NOT_EDITABLE", error(422, as(STAFF, "DELETE", "/appraisal/plans/" + planId, null)));
        assertEquals("PLAN_NOT_EDITABLE", error(422, as(STAFF, "PUT", "/appraisal/plans/" + planId,
                plan(workResult("Entri data", "\"supportsWorkResultId\":" + supervisorResult, 1)))));
    }

    /** Record: activities with evidence, monthly realisation. */
    @Test
    public void s05_recordActivitiesWithEvidenceMonthlyRealisation() throws Exception {
        String activity = "{\"workResultId\":" + workResult + ",\"date\":\"2026-02-10\",\"description\":\"Entri berkas mutasi\","
                + "\"minutesSpent\":120,\"outputCount\":35}";
        assertEquals("NOT_THE_OWNER", error(403, as(PEER, "POST", "/appraisal/plans/" + planId + "/activities", activity)));
        assertEquals("minutesSpent", expect(400, as(STAFF, "POST", "/appraisal/plans/" + planId + "/activities",
                activity.replace("120", "0"))).get("field").asText());
        assertEquals("DATE_OUTSIDE_PLAN", error(422, as(STAFF, "POST", "/appraisal/plans/" + planId + "/activities",
                activity.replace("2026-02-10", "2025-12-31"))));
        JsonNode logged = expect(201, as(STAFF, "POST", "/appraisal/plans/" + planId + "/activities", activity));
        long activityId = logged.get("id").asLong();
        byte[] report = ("%PDF-1.4\n% Laporan entri berkas Februari\n" + "x".repeat(5000) + "\n%%EOF").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertEquals("FILE_TYPE", error(400, upload(STAFF, "/appraisal/activities/" + activityId + "/evidence", "laporan.pdf",
                "MZ not a pdf".getBytes(java.nio.charset.StandardCharsets.US_ASCII))));
        assertEquals("NOT_THE_OWNER", error(403, upload(PEER, "/appraisal/activities/" + activityId + "/evidence", "laporan.pdf", report)));
        JsonNode evidence = expect(201, upload(STAFF, "/appraisal/activities/" + activityId + "/evidence", "Laporan Februari.pdf", report));
        assertEquals("application/pdf", evidence.get("contentType").asText());
        assertEquals(report.length, evidence.get("size").asInt());
        java.net.http.HttpResponse<byte[]> download = HTTP.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                api("/appraisal/evidence/" + evidence.get("id").asLong() + "/content"))).header("Authorization", bearer(STAFF)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, download.statusCode());
        assertTrue("the stored file comes back unchanged", Arrays.equals(report, download.body()));
        assertTrue(download.headers().firstValue("Content-Disposition").orElse("").contains("Laporan Februari.pdf"));
        JsonNode listed = expect(200, get("/appraisal/plans/" + planId + "/activities?period=2026-02"));
        assertEquals(1, listed.get("total").asInt());
        assertEquals(1, listed.get("items").get(0).get("evidence").size());
        assertEquals(0, expect(200, get("/appraisal/plans/" + planId + "/activities?period=2026-03")).get("total").asInt());
        long indicator = edited.get("workResults").get(0).get("indicators").get(0).get("id").asLong();
        realisations = "/appraisal/plans/" + planId + "/realisations/" + indicator;
        assertEquals("MONTH_REQUIRED", error(400, as(STAFF, "PUT", realisations + "/2026-Q1", "{\"value\":70}")));
        expect(200, as(STAFF, "PUT", realisations + "/2026-02", "{\"value\":60,\"note\":\"awal\"}"));
        assertEquals(70, expect(200, as(STAFF, "PUT", realisations + "/2026-02", "{\"value\":70}")).get("value").asInt());
        JsonNode reported = expect(200, get("/appraisal/plans/" + planId + "/realisations"));
        assertEquals(1, reported.size());
        assertEquals("2026-02", reported.get(0).get("period").asText());
    }

    /** Evaluation of the first quarter. */
    @Test
    public void s06_evaluationOfTheFirstQuarter() throws Exception {
        assertEquals("PERIOD_KIND", error(422, as(STAFF, "POST", "/appraisal/evaluations", "{\"nip\":\"" + STAFF + "\",\"period\":\"2026-03\"}")));
        assertEquals("period", expect(400, as(STAFF, "POST", "/appraisal/evaluations", "{\"nip\":\"" + STAFF + "\",\"period\":\"2026-Q9\"}")).get("field").asText());
        int nextYear = LocalDate.now(ZoneId.of("Asia/Jakarta")).getYear() + 1;
        assertEquals("PERIOD_NOT_STARTED", error(422, as(STAFF, "POST", "/appraisal/evaluations",
                "{\"nip\":\"" + STAFF + "\",\"period\":\"" + nextYear + "-Q4\"}")));
        evaluation = expect(201, as(STAFF, "POST", "/appraisal/evaluations", "{\"nip\":\"" + STAFF + "\",\"period\":\"2026-Q1\"}"));
        id = evaluation.get("id").asLong();
        assertEquals("2026-Q1", evaluation.get("period").asText());
        assertEquals(SUPERVISOR, evaluation.get("raterNip").asText());
        e = "/appraisal/evaluations/" + id;

        expect(200, as(STAFF, "PUT", e + "/self-assessment", "{\"workResults\":[{\"workResultId\":" + workResult
                + ",\"rating\":\"DI_ATAS_EKSPEKTASI\",\"note\":\"850 berkas\"}],\"comment\":\"Target terlampaui\"}"));
        assertEquals("UNKNOWN_WORK_RESULT", error(422, as(STAFF, "PUT", e + "/self-assessment",
                "{\"workResults\":[{\"workResultId\":" + supervisorResult + ",\"rating\":\"DI_ATAS_EKSPEKTASI\"}]}")));
        // a colleague of the unit is asked for feedback on the open evaluation (nothing of the evaluation shown), the owner is not
        JsonNode asked = feedbackRequest(PEER, id);
        assertNotNull("the colleague is asked for feedback", asked);
        assertEquals(0, asked.get("given").size());
        assertNull("no rating reaches a colleague", asked.get("predikat"));
        assertNull("nobody is asked about themselves", feedbackRequest(STAFF, id));
        assertEquals(1, expect(200, as(STAFF, "GET", "/appraisal/tasks", null)).get("myEvaluationsOpen").asInt());
        assertTrue(expect(200, as(SUPERVISOR, "GET", "/appraisal/tasks", null)).get("evaluationsToRate").asInt() >= 1);
        expect(201, as(PEER, "POST", e + "/feedback", "{\"value\":\"KOLABORATIF\",\"rating\":\"DI_BAWAH_EKSPEKTASI\",\"comment\":\"Jarang berbagi\"}"));
        assertEquals("[\"KOLABORATIF\"]", feedbackRequest(PEER, id).get("given").toString());
        assertEquals("FEEDBACK_EXISTS", error(409, as(PEER, "POST", e + "/feedback", "{\"value\":\"KOLABORATIF\",\"rating\":\"SESUAI_EKSPEKTASI\"}")));
        assertEquals("SELF_FEEDBACK", error(403, as(STAFF, "POST", e + "/feedback", "{\"value\":\"LOYAL\",\"rating\":\"DI_ATAS_EKSPEKTASI\"}")));

        rating = "{\"workResults\":[{\"workResultId\":" + workResult + ",\"rating\":\"SESUAI_EKSPEKTASI\"}],"
                + "\"hasilKerja\":\"DI_BAWAH_EKSPEKTASI\",\"behaviours\":[{\"value\":\"KOLABORATIF\",\"rating\":\"DI_BAWAH_EKSPEKTASI\"}],"
                + "\"perilaku\":\"SESUAI_EKSPEKTASI\",\"feedback\":\"Perlu lebih teliti\"}";
        assertEquals("NOT_THE_RATER", error(403, as(STAFF, "PUT", e + "/rating", rating)));
        assertEquals("NOT_THE_RATER", error(403, as(PEER, "PUT", e + "/rating", rating)));
        assertEquals("perilaku", expect(400, as(SUPERVISOR, "PUT", e + "/rating", rating.replace("\"perilaku\":\"SESUAI_EKSPEKTASI\",", ""))).get("field").asText());
        // the rater's queue shows the evaluation open and self-assessed (and keeps it: QueuedViews); its first look, read
        // whole in its order, counts the queue too ...
        JsonNode queuedOpen = null;
        JsonNode firstLook = expect(200, get("/appraisal/evaluations?rater=" + SUPERVISOR));
        for (JsonNode item : firstLook.get("items")) {
            queuedOpen = item.get("id").asLong() == id ? item : queuedOpen;
        }
        assertEquals(firstLook.get("items").size(), firstLook.get("total").asInt());
        assertTrue(firstLook.get("totalExact").asBoolean());
        assertEquals("read again from the keys, the same", firstLook, expect(200, get("/appraisal/evaluations?rater=" + SUPERVISOR)));
        assertEquals("OPEN", queuedOpen.get("status").asText());
        assertEquals("Target terlampaui", queuedOpen.get("self").get("comment").asText());
        JsonNode rated = expect(200, as(SUPERVISOR, "PUT", e + "/rating", rating));
        assertEquals("RATED", rated.get("status").asText());
        JsonNode afterRating = expect(200, as(SUPERVISOR, "GET", "/appraisal/tasks", null));
        assertEquals(1, afterRating.get("evaluationsToFinalise").asInt());
        // the screens show the predikat a rating gives from the rules the service applied
        JsonNode rules = expect(200, as(SUPERVISOR, "GET", "/appraisal/rules", null));
        assertEquals(rated.get("predikat").asText(), rules.get("matrix").get("DI_BAWAH_EKSPEKTASI").get("SESUAI_EKSPEKTASI").asText());
        assertEquals("BAIK", rules.get("matrix").get("DI_ATAS_EKSPEKTASI").get("SESUAI_EKSPEKTASI").asText());
        assertEquals("AT_MOST", rules.get("curves").get("BAIK").get(0).get("kind").asText());
        assertEquals(70, rules.get("curves").get("BAIK").get(0).get("percent").asInt());
        // the same rating in the person's list and in the rater's list (collections read for the whole list)
        JsonNode mine = expect(200, get("/appraisal/evaluations?nip=" + STAFF)).get("items");
        JsonNode toRate = expect(200, get("/appraisal/evaluations?rater=" + SUPERVISOR)).get("items");
        for (JsonNode list : List.of(mine, toRate)) {
            JsonNode same = null;
            for (JsonNode item : list) {
                same = item.get("id").asLong() == rated.get("id").asLong() ? item : same;
            }
            assertEquals(list.toString(), rated.get("rater").toString(), same.get("rater").toString());
            assertEquals(list.toString(), "RATED", same.get("status").asText()); // ... and, rated since, not as kept
        }
        assertEquals("BUTUH_PERBAIKAN", rated.get("predikat").asText());
        // the predikat is derived, never typed in
        String typedIn = rating.substring(0, rating.length() - 1) + ",\"predikat\":\"SANGAT_BAIK\"}";
        assertEquals("predikat", expect(400, as(SUPERVISOR, "PUT", e + "/rating", typedIn)).get("field").asText());

        // the rater sees who said what; the rated person only the anonymised summary
        JsonNode forRater = expect(200, as(SUPERVISOR, "GET", e + "/feedback", null));
        assertEquals(PEER, forRater.get(0).get("authorNip").asText());
        assertEquals("NOT_THE_RATER", error(403, as(STAFF, "GET", e + "/feedback", null)));
        JsonNode withheld = expect(200, as(STAFF, "GET", e + "/feedback/summary", null));
        assertTrue("one colleague's feedback would be recognisable: " + withheld, withheld.get("withheld").asBoolean());
        assertEquals(0, withheld.get("ratings").size());
        expect(201, as(HEAD, "POST", e + "/feedback", "{\"value\":\"KOLABORATIF\",\"rating\":\"SESUAI_EKSPEKTASI\"}"));
        expect(201, as(NEWCOMER, "POST", e + "/feedback", "{\"value\":\"ADAPTIF\",\"rating\":\"DI_ATAS_EKSPEKTASI\",\"comment\":\"Cepat belajar\"}"));
        java.net.http.HttpResponse<String> summary = as(STAFF, "GET", e + "/feedback/summary", null);
        JsonNode shown = expect(200, summary);
        assertFalse(shown.get("withheld").asBoolean());
        assertEquals(3, shown.get("authors").asInt());
        assertEquals(1, shown.get("ratings").get("KOLABORATIF").get("DI_BAWAH_EKSPEKTASI").asInt());
        assertEquals("Cepat belajar", shown.get("comments").get("ADAPTIF").get(0).asText());
        for (String author : List.of(PEER, HEAD, NEWCOMER)) {
            assertFalse("the summary never names an author: " + summary.body(), summary.body().contains(author));
        }
        // what optional modules offer the rater, through the input contract
        ServiceRegistration<AppraisalInputProvider> provider = context.registerService(AppraisalInputProvider.class,
                (nip, unit, period) -> List.of(new AppraisalInput("itest", "Pengaduan " + period, unit + "/" + nip, Map.of("answeredInTime", "9/10"))),
                null);
        try {
            JsonNode inputs = expect(200, as(SUPERVISOR, "GET", e + "/inputs", null));
            assertEquals("Pengaduan 2026-Q1", inputs.get(0).get("title").asText());
            assertEquals("AP-1/" + STAFF, inputs.get(0).get("summary").asText());
            assertEquals("9/10", inputs.get(0).get("figures").get("answeredInTime").asText());
            assertEquals("NOT_THE_RATER", error(403, as(PEER, "GET", e + "/inputs", null)));
        } finally {
            provider.unregister();
        }
    }

    /** Finalise: official, published. */
    @Test
    public void s07_finaliseOfficialPublished() throws Exception {
        assertEquals("FINAL", expect(200, as(SUPERVISOR, "POST", e + "/finalise", null)).get("status").asText());
        Event finalised = events.poll(10, TimeUnit.SECONDS);
        assertNotNull("the PREDIKAT_FINAL event reached a listener", finalised);
        assertEquals(STAFF, finalised.getProperty("nip"));
        assertEquals("BUTUH_PERBAIKAN", finalised.getProperty("predikat"));
        assertEquals("2026-Q1", finalised.getProperty("period"));
        assertEquals("EVALUATION", finalised.getProperty("source"));
        assertEquals(List.of("KOLABORATIF"), Arrays.asList((String[]) finalised.getProperty("behaviourBelowExpectation")));
        assertEquals("NOT_RATED", error(422, as(SUPERVISOR, "POST", e + "/finalise", null)));
        assertEquals("EVALUATION_FINAL", error(422, as(STAFF, "PUT", e + "/self-assessment", "{\"comment\":\"lagi\"}")));
        assertEquals("EVALUATION_FINAL", error(422, as(SUPERVISOR, "PUT", e + "/rating", rating)));
        assertEquals("BUTUH_PERBAIKAN", expect(200, get("/appraisal/predikat/" + STAFF + "/2026-Q1")).get("predikat").asText());
        JsonNode told = notification(STAFF, "Penilaian 2026-Q1 Anda ditetapkan: Butuh Perbaikan");
        assertEquals(e.substring(e.lastIndexOf('/') + 1), told.get("link").asText().substring("penilaian/".length()));
        notification(STAFF, "Penilaian 2026-Q1 Anda sudah dinilai");
    }

    /** Objection, decided by the rater's supervisor. */
    @Test
    public void s08_objectionDecidedByTheRatersSupervisor() throws Exception {
        assertEquals("NOT_THE_OWNER", error(403, as(PEER, "POST", e + "/objections", "{\"reason\":\"x\"}")));
        objection = expect(201, as(STAFF, "POST", e + "/objections", "{\"reason\":\"Realisasi 850 dari 800 berkas\"}"));
        assertEquals(HEAD, objection.get("deciderNip").asText());
        assertEquals("penilai", notification(HEAD, "Keberatan atas penilaian menunggu putusan Anda").get("link").asText());
        assertEquals("OBJECTION_PENDING", error(409, as(STAFF, "POST", e + "/objections", "{\"reason\":\"lagi\"}")));
        String o = "/appraisal/objections/" + objection.get("id").asLong();
        assertEquals("NOT_THE_DECIDER", error(403, as(SUPERVISOR, "POST", o + "/decision",
                "{\"accepted\":false,\"note\":\"Tetap\"}")));
        assertEquals("note", expect(400, as(HEAD, "POST", o + "/decision", "{\"accepted\":false}")).get("field").asText());
        JsonNode decided = expect(200, as(HEAD, "POST", o + "/decision",
                "{\"accepted\":true,\"hasilKerja\":\"SESUAI_EKSPEKTASI\",\"perilaku\":\"SESUAI_EKSPEKTASI\",\"note\":\"Bukti realisasi sah\"}"));
        assertEquals("ACCEPTED", decided.get("status").asText());
        assertEquals("BAIK", decided.get("predikatAfter").asText());
        assertTrue(notification(STAFF, "Keberatan Anda diterima").get("text").asText().contains("Bukti realisasi sah"));
        assertEquals("OBJECTION_DECIDED", error(409, as(HEAD, "POST", o + "/decision", "{\"accepted\":false,\"note\":\"x\"}")));
        Event recomputed = events.poll(10, TimeUnit.SECONDS);
        assertNotNull(recomputed);
        assertEquals("BAIK", recomputed.getProperty("predikat"));
        assertEquals("OBJECTION", recomputed.getProperty("source"));
        assertEquals("BAIK", expect(200, get("/appraisal/predikat/" + STAFF + "/2026-Q1")).get("predikat").asText());
        annual = expect(200, get("/appraisal/predikat/" + STAFF + "/2026"));
        assertEquals("BAIK", annual.get("predikat").asText());
        assertEquals("ANNUAL_RULE", annual.get("source").asText());
        assertEquals(2, expect(200, get("/appraisal/predikat/" + STAFF)).size());
    }

    /** Distribution against the curve and calibration by the head of the unit. */
    @Test
    public void s09_distributionAgainstTheCurveAndCalibrationBy() throws Exception {
        String orgPredikat = "/appraisal/units/AP/organisation-predikat/2026";
        // a staff member's roles do not reach calibration; the personnel officer's do, but the service leaves it to the unit's head
        assertEquals("PERMISSION_DENIED", error(403, as(PEER, "PUT", orgPredikat, "{\"predikat\":\"BAIK\"}")));
        assertEquals("NOT_THE_UNIT_HEAD", error(403, as(OFFICER, "PUT", orgPredikat, "{\"predikat\":\"BAIK\"}")));
        expect(200, as(HEAD, "PUT", orgPredikat, "{\"predikat\":\"BAIK\"}"));
        JsonNode distribution = expect(200, get("/appraisal/units/AP/distribution?period=2026-Q1"));
        assertEquals(1, distribution.get("total").asInt());
        assertEquals(1, distribution.get("counts").get("BAIK").asInt());
        assertTrue(distribution.toString(), distribution.get("violations").size() >= 1);
        assertEquals("AP", expect(200, get("/appraisal/units/over-quota?period=2026-Q1")).get(0).get("unitCode").asText());
        // the leaders' dashboard: how far the appraisal stands in the unit and the one below it, counted in the database
        JsonNode progress = expect(200, as(HEAD, "GET", "/appraisal/progress/AP?period=2026-Q1", null));
        assertEquals(progress.toString(), 2, progress.size());
        JsonNode ap = progress.get(0);
        JsonNode bidang = progress.get(1);
        assertEquals("AP", ap.get("unitCode").asText());
        assertEquals(1, ap.get("staff").asInt());
        assertEquals("the head's plan was deleted (no rater to submit it to)", 0, ap.get("plansInDraft").asInt() + ap.get("plansApproved").asInt());
        assertEquals("AP-1", bidang.get("unitCode").asText());
        assertEquals(4, bidang.get("staff").asInt());
        assertTrue(bidang.toString(), bidang.get("plansApproved").asInt() >= 2);
        assertTrue(bidang.toString(), bidang.get("evaluationsFinal").asInt() >= 1);
        assertEquals("PERMISSION_DENIED", error(403, as(PEER, "GET", "/appraisal/progress/AP?period=2026-Q1", null)));
        assertEquals(404, get("/appraisal/progress/NOPE?period=2026-Q1").statusCode());
        assertEquals(400, get("/appraisal/progress/AP?period=kemarin").statusCode());
        // the year's distribution counts each person's annual predikat in force (here from the annual rule)
        JsonNode year = expect(200, get("/appraisal/units/AP/distribution?period=2026"));
        assertEquals(year.toString(), 1, year.get("total").asInt());
        assertEquals(1, year.get("counts").get("BAIK").asInt());
        assertEquals(distribution.get("violations"), year.get("violations"));
        assertEquals("AP", expect(200, get("/appraisal/units/over-quota?period=2026")).get(0).get("unitCode").asText());
        String calibration = "{\"hasilKerja\":\"DI_BAWAH_EKSPEKTASI\",\"perilaku\":\"SESUAI_EKSPEKTASI\",\"reason\":\"Kuota Baik terlampaui; capaian terendah di bidang\"}";
        assertEquals("PERMISSION_DENIED", error(403, as(PEER, "POST", e + "/calibration", calibration)));
        assertEquals("NOT_THE_UNIT_HEAD", error(403, as(OFFICER, "POST", e + "/calibration", calibration)));
        assertEquals("reason", expect(400, as(HEAD, "POST", e + "/calibration", calibration.replaceAll(",\"reason\":\"[^\"]*\"", ""))).get("field").asText());
        assertEquals("BUTUH_PERBAIKAN", expect(200, as(HEAD, "POST", e + "/calibration", calibration)).get("predikat").asText());
        assertEquals("CALIBRATION", events.poll(10, TimeUnit.SECONDS).getProperty("source"));
        assertEquals(0, expect(200, get("/appraisal/units/AP/distribution?period=2026-Q1")).get("violations").size());
        JsonNode calibratedYear = expect(200, get("/appraisal/units/AP/distribution?period=2026"));
        assertEquals(1, calibratedYear.get("counts").get("BUTUH_PERBAIKAN").asInt());
        assertEquals(0, calibratedYear.get("violations").size());
    }

    /** What a monthly allowance run reads: everyone's latest final predikat by a date, in one call. */
    @Test
    public void s10_whatAMonthlyAllowanceRunReadsEveryone() throws Exception {
        assertTrue(predikatService.latestFinal(LocalDate.of(2026, 3, 31)).stream()
                .anyMatch(r -> r.nip().equals(STAFF) && r.predikat() == Predikat.BUTUH_PERBAIKAN && "2026-Q1".equals(r.period().toString())));
        assertTrue(predikatService.latestFinal(LocalDate.of(2025, 12, 31)).stream().noneMatch(r -> r.nip().equals(STAFF)));
    }

    /** Every change is audited, with who did it. */
    @Test
    public void s11_everyChangeIsAuditedWithWhoDid() throws Exception {
        JsonNode trail = expect(200, get(e + "/audit"));
        List<String> actions = new java.util.ArrayList<>();
        trail.forEach(a -> actions.add(a.get("action").asText()));
        assertEquals(List.of("EVALUATION_OPENED", "SELF_ASSESSED", "RATED", "FINALISED", "OBJECTION_ACCEPTED", "CALIBRATED"), actions);
        assertEquals(HEAD, trail.get(5).get("actorNip").asText());
        assertEquals("BAIK", trail.get(5).get("before").get("predikat").asText());
        assertEquals("BUTUH_PERBAIKAN", trail.get(5).get("after").get("predikat").asText());
    }

    /** A subordinate acting for the head never rates their own superior nor decides their own objection. */
    @Test
    public void s12_aSubordinateActingForTheHeadNever() throws Exception {
        day = LocalDate.now(ZoneId.of("Asia/Jakarta"));
        expect(201, as(HEAD, "POST", "/appraisal/delegations", "{\"principalNip\":\"" + HEAD + "\",\"delegateNip\":\"" + STAFF
                + "\",\"kind\":\"PLH\",\"startDate\":\"" + day + "\",\"endDate\":\"" + day.plusDays(3) + "\"}"));
        JsonNode supervisorEvaluation = expect(201, as(SUPERVISOR, "POST", "/appraisal/evaluations",
                "{\"nip\":\"" + SUPERVISOR + "\",\"period\":\"2026-Q1\"}"));
        assertEquals("RATING_A_SUPERIOR", error(403, as(STAFF, "PUT", "/appraisal/evaluations/" + supervisorEvaluation.get("id") + "/rating",
                "{\"hasilKerja\":\"DI_ATAS_EKSPEKTASI\",\"perilaku\":\"DI_ATAS_EKSPEKTASI\"}")));
        JsonNode second = expect(201, as(STAFF, "POST", e + "/objections", "{\"reason\":\"Kalibrasi tidak adil\"}"));
        String secondDecision = "/appraisal/objections/" + second.get("id").asLong() + "/decision";
        assertEquals("SELF_DECISION", error(403, as(STAFF, "POST", secondDecision, "{\"accepted\":true,\"hasilKerja\":\"DI_ATAS_EKSPEKTASI\","
                + "\"perilaku\":\"DI_ATAS_EKSPEKTASI\",\"note\":\"Sendiri\"}")));
        assertEquals("REJECTED", expect(200, as(HEAD, "POST", secondDecision, "{\"accepted\":false,\"note\":\"Kalibrasi sah\"}"))
                .get("status").asText());
    }

    /** An acting official (Plh) rates in the supervisor's place. */
    @Test
    public void s13_anActingOfficialPlhRatesInThe() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
        String delegation = "{\"principalNip\":\"" + SUPERVISOR + "\",\"delegateNip\":\"" + PEER + "\",\"kind\":\"PLH\","
                + "\"startDate\":\"" + today + "\",\"endDate\":\"" + today.plusDays(14) + "\",\"decree\":\"SPT 800/12\"}";
        assertEquals("PERMISSION_DENIED", error(403, as(STAFF, "POST", "/appraisal/delegations", delegation)));
        assertEquals("NOT_THE_APPOINTER", error(403, as(OFFICER, "POST", "/appraisal/delegations", delegation)));
        expect(201, as(HEAD, "POST", "/appraisal/delegations", delegation));
        newcomerPlan = expect(201, as(NEWCOMER, "POST", "/appraisal/plans",
                plan(workResult("Arsip digital", "\"supportsWorkResultId\":" + supervisorResult, 100))));
        expect(200, as(NEWCOMER, "POST", "/appraisal/plans/" + newcomerPlan.get("id") + "/submit", null));
        JsonNode peerPlan = expect(201, as(PEER, "POST", "/appraisal/plans",
                plan(workResult("Surat masuk", "\"supportsWorkResultId\":" + supervisorResult, 100))));
        expect(200, as(PEER, "POST", "/appraisal/plans/" + peerPlan.get("id") + "/submit", null));
        // the rater's queue in the order submitted, page after page from where the last ended (its next); the first page is
        // the first look since the queue was empty (s04): the plans' rows read, one more than the page, then counted by the keys
        assertEquals(List.of(newcomerPlan.get("id").asLong(), peerPlan.get("id").asLong()), idsPageAfterPage(null, "/appraisal/plans?rater=" + SUPERVISOR));
        assertEquals(List.of(newcomerPlan.get("id").asLong(), peerPlan.get("id").asLong()), idsPageByOffset(null, "/appraisal/plans?rater=" + SUPERVISOR));
        assertEquals(List.of(newcomerPlan.get("id").asLong(), peerPlan.get("id").asLong()),
                ids(expect(200, get("/appraisal/plans?limit=500&rater=" + SUPERVISOR)).get("items")));
        assertEquals("INVALID_CURSOR", error(400, get("/appraisal/plans?limit=1&rater=" + SUPERVISOR + "&after=bukan-penanda!")));
        assertEquals("APPROVED", expect(200, as(PEER, "POST", "/appraisal/plans/" + newcomerPlan.get("id") + "/approve", "{}"))
                .get("status").asText());
        // ... but never for their own plan or evaluation
        assertEquals("SELF_APPROVAL", error(403, as(PEER, "POST", "/appraisal/plans/" + peerPlan.get("id") + "/approve", "{}")));
        expect(200, as(SUPERVISOR, "POST", "/appraisal/plans/" + peerPlan.get("id") + "/approve", "{}"));
        peerEvaluation = expect(201, as(PEER, "POST", "/appraisal/evaluations", "{\"nip\":\"" + PEER + "\",\"period\":\"2026-Q2\"}"));
        assertEquals("SELF_RATING", error(403, as(PEER, "PUT", "/appraisal/evaluations/" + peerEvaluation.get("id") + "/rating", rating)));
    }

    /** The rater is the supervisor on the last day of the period, from the registry's history. */
    @Test
    public void s14_theRaterIsTheSupervisorOnThe() throws Exception {
        String moved = "{\"nip\":\"" + PEER + "\",\"fullName\":\"Pegawai 004\",\"employmentType\":\"PNS\",\"rank\":\"III/c\","
                + "\"positionName\":\"Analis\",\"positionKind\":\"FUNGSIONAL\",\"positionClass\":9,\"unitCode\":\"AP-1\","
                + "\"supervisorNip\":\"" + HEAD + "\"}";
        expect(200, send("PUT", "/staff/" + PEER + "?effectiveDate=2026-06-01", "application/json", moved));
        // a functional staff member in AP-1 reporting to the head in AP is not AP-1's head: heads are recorded, never inferred
        assertFalse(expect(200, as(PEER, "GET", "/auth/me", null)).get("roles").toString().contains("UNIT_HEAD"));
        assertEquals("PERMISSION_DENIED", error(403, as(PEER, "PUT", "/appraisal/units/AP-1/organisation-predikat/2026", "{\"predikat\":\"BAIK\"}")));
        String q2 = "/appraisal/evaluations/" + peerEvaluation.get("id");
        String q2Rating = "{\"hasilKerja\":\"SESUAI_EKSPEKTASI\",\"perilaku\":\"SESUAI_EKSPEKTASI\"}";
        assertEquals("on 2026-06-30 the head supervised", "NOT_THE_RATER", error(403, as(SUPERVISOR, "PUT", q2 + "/rating", q2Rating)));
        JsonNode ratedByHead = expect(200, as(HEAD, "PUT", q2 + "/rating", q2Rating));
        assertEquals(HEAD, ratedByHead.get("raterNip").asText());
        JsonNode q1OfPeer = expect(201, as(PEER, "POST", "/appraisal/evaluations", "{\"nip\":\"" + PEER + "\",\"period\":\"2026-Q1\"}"));
        assertEquals("on 2026-03-31 the supervisor still did", SUPERVISOR, q1OfPeer.get("raterNip").asText());
        // the rater's evaluations to rate, by period end, page after page from where the last ended
        JsonNode q3OfNewcomer = expect(201, as(NEWCOMER, "POST", "/appraisal/evaluations", "{\"nip\":\"" + NEWCOMER + "\",\"period\":\"2026-Q3\"}"));
        assertEquals(SUPERVISOR, q3OfNewcomer.get("raterNip").asText());
        List<Long> toRate = ids(expect(200, get("/appraisal/evaluations?limit=500&rater=" + SUPERVISOR)).get("items"));
        assertTrue(toRate.toString(), toRate.indexOf(q1OfPeer.get("id").asLong()) >= 0
                && toRate.indexOf(q1OfPeer.get("id").asLong()) < toRate.indexOf(q3OfNewcomer.get("id").asLong()));
        assertEquals(toRate, idsPageAfterPage(null, "/appraisal/evaluations?rater=" + SUPERVISOR));
        assertEquals(toRate, idsPageByOffset(null, "/appraisal/evaluations?rater=" + SUPERVISOR));
    }

    /** The city switches to the older numeric method at runtime (configuration, no code). */
    @Test
    public void s15_theCitySwitchesToTheOlderNumeric() throws Exception {
        Configuration policy = configurations.getConfiguration("id.kinerja.appraisal", "?");
        Dictionary<String, Object> numericPolicy = new Hashtable<>();
        numericPolicy.put("scoringMethod", "NUMERIC");
        policy.update(numericPolicy);
        try {
            long newcomerPlanId = newcomerPlan.get("id").asLong();
            long newcomerIndicator = newcomerPlan.get("workResults").get(0).get("indicators").get(0).get("id").asLong();
            int[] monthly = { 10, 10, 5 }; // a quarter of the yearly target of 100: capaian 100%
            for (int month = 1; month <= 3; month++) {
                expect(200, as(NEWCOMER, "PUT", "/appraisal/plans/" + newcomerPlanId + "/realisations/" + newcomerIndicator + "/2026-0" + month,
                        "{\"value\":" + monthly[month - 1] + "}"));
            }
            JsonNode numericEvaluation = expect(201, as(NEWCOMER, "POST", "/appraisal/evaluations", "{\"nip\":\"" + NEWCOMER + "\",\"period\":\"2026-Q1\"}"));
            String ne = "/appraisal/evaluations/" + numericEvaluation.get("id").asLong();
            // the new policy is in force once a rating without a behaviour value is refused for that field
            String missing = null;
            long deadline = System.currentTimeMillis() + 15_000;
            while (!"behaviourValue".equals(missing) && System.currentTimeMillis() < deadline) {
                missing = expect(400, as(SUPERVISOR, "PUT", ne + "/rating", "{}")).get("field").asText();
                Thread.sleep(100);
            }
            assertEquals("behaviourValue", missing);
            assertEquals("behaviourValue", expect(400, as(SUPERVISOR, "PUT", ne + "/rating", "{\"behaviourValue\":101}")).get("field").asText());
            JsonNode scored = expect(200, as(SUPERVISOR, "PUT", ne + "/rating", "{\"behaviourValue\":85}"));
            assertEquals("60% x 100 + 40% x 85", 94.0, scored.get("score").asDouble(), 1e-9);
            assertEquals("SANGAT_BAIK", scored.get("predikat").asText());
            assertEquals("DI_ATAS_EKSPEKTASI", scored.get("rater").get("hasilKerja").asText());
            assertEquals("SESUAI_EKSPEKTASI", scored.get("rater").get("perilaku").asText());
            expect(200, as(SUPERVISOR, "POST", ne + "/finalise", null));
            assertEquals("SANGAT_BAIK", events.poll(10, TimeUnit.SECONDS).getProperty("predikat"));
            assertEquals("PERIOD_FINAL", error(422, as(NEWCOMER, "PUT", "/appraisal/plans/" + newcomerPlanId + "/realisations/"
                    + newcomerIndicator + "/2026-02", "{\"value\":99}")));
        } finally {
            policy.delete();
        }
    }

    /** The bell counts a person's unread notifications up to 100 and then says "at least" (the web application shows 99+). */
    @Test
    public void s16_theBellCountsUpToAHundred() throws Exception {
        expect(200, as(NEWCOMER, "POST", "/notifications/read-all", null));
        JsonNode none = expect(200, as(NEWCOMER, "GET", "/notifications/unread-count", null));
        assertEquals(0, none.get("unread").asInt());
        assertTrue(none.get("exact").asBoolean());
        EventAdmin eventAdmin = service(EventAdmin.class);
        for (int i = 1; i <= 101; i++) {
            eventAdmin.sendEvent(new Event(NotificationEvents.TOPIC,
                    NotificationEvents.of("itest", List.of(NEWCOMER), "Pemberitahuan " + i, "Notification " + i, "Isi " + i, "Text " + i, null)));
        }
        JsonNode many = expect(200, as(NEWCOMER, "GET", "/notifications/unread-count", null));
        assertEquals(100, many.get("unread").asInt());
        assertFalse(many.get("exact").asBoolean());
        JsonNode newest = expect(200, as(NEWCOMER, "GET", "/notifications?unread=true&limit=1", null));
        assertEquals("Pemberitahuan 101", newest.get("items").get(0).get("title").asText());
        assertEquals("the list counts on (up to 200 past its page)", 101, newest.get("total").asInt());
        // a page's rows come from the shared cache where it has them: marked read one by one or all at once, the
        // list shows them read at once
        JsonNode unreadPage = expect(200, as(NEWCOMER, "GET", "/notifications?limit=20", null));
        assertTrue(StreamSupport.stream(unreadPage.get("items").spliterator(), false).noneMatch(n -> n.hasNonNull("readAt")));
        expect(200, as(NEWCOMER, "POST", "/notifications/" + newest.get("items").get(0).get("id").asLong() + "/read", null));
        JsonNode oneRead = expect(200, as(NEWCOMER, "GET", "/notifications?limit=20", null));
        assertTrue(oneRead.get("items").get(0).hasNonNull("readAt"));
        assertFalse(oneRead.get("items").get(1).hasNonNull("readAt"));
        expect(200, as(NEWCOMER, "POST", "/notifications/read-all", null));
        assertEquals(0, expect(200, as(NEWCOMER, "GET", "/notifications/unread-count", null)).get("unread").asInt());
        JsonNode allRead = expect(200, as(NEWCOMER, "GET", "/notifications?limit=20", null));
        assertEquals(ids(unreadPage.get("items")), ids(allRead.get("items")));
        assertTrue(allRead.toString(), StreamSupport.stream(allRead.get("items").spliterator(), false).allMatch(n -> n.hasNonNull("readAt")));
    }

    /**
     * A submitted plan's content is kept in its row for the rater's queue, unless it is too long for the row
     * (32,672 characters): then the queue reads it from its rows. A page with both shows each plan as it is.
     */
    @Test
    public void s17_aPlanTooLongForItsRowIsQueuedAsWell() throws Exception {
        int year = java.time.LocalDate.now().getYear() + 1;
        StringBuilder long_ = new StringBuilder();
        for (int i = 1; i <= 20; i++) {
            long_.append(i == 1 ? "" : ",").append("{\"text\":\"Hasil ").append(i).append(' ').append("k".repeat(990))
                    .append("\",\"unitGoal\":\"").append("g".repeat(1000)).append("\",\"indicators\":[{\"description\":\"Indikator ")
                    .append(i).append("\",\"aspect\":\"QUANTITY\",\"target\":").append(i).append(".25,\"unit\":\"dokumen\"}]}");
        }
        JsonNode big = expect(201, as(NEWCOMER, "POST", "/appraisal/plans", plan(long_.toString()).replace("\"year\":2026", "\"year\":" + year)));
        JsonNode small = expect(201, as(STAFF, "POST", "/appraisal/plans",
                plan(workResult("Entri data " + year, "\"unitGoal\":\"Arsip tertib\"", 40)).replace("\"year\":2026", "\"year\":" + year)));
        expect(200, as(NEWCOMER, "POST", "/appraisal/plans/" + big.get("id").asLong() + "/submit", null));
        expect(200, as(STAFF, "POST", "/appraisal/plans/" + small.get("id").asLong() + "/submit", null));
        assertNull("too long for its row", submittedContent(big.get("id").asLong()));
        assertTrue(submittedContent(small.get("id").asLong()).contains("Entri data " + year + " selesai"));
        int seen = 0;
        for (JsonNode queued : expect(200, get("/appraisal/plans?limit=50&rater=" + SUPERVISOR)).get("items")) {
            if (queued.get("id").asLong() == big.get("id").asLong() || queued.get("id").asLong() == small.get("id").asLong()) {
                assertEquals("the queue shows the plan as it is", expect(200, get("/appraisal/plans/" + queued.get("id").asLong())), queued);
                seen++;
            }
        }
        assertEquals(2, seen);
        JsonNode bigRead = expect(200, get("/appraisal/plans/" + big.get("id").asLong()));
        assertEquals(20, bigRead.get("workResults").size());
        assertEquals(20.25, bigRead.get("workResults").get(19).get("indicators").get(0).get("target").asDouble(), 0);
        assertEquals(7, bigRead.get("behaviours").size());
        // the rater returns both: the rows keep nothing of what was submitted, and the queue shows neither
        for (JsonNode plan : List.of(big, small)) {
            assertEquals("RETURNED", expect(200, as(SUPERVISOR, "POST", "/appraisal/plans/" + plan.get("id").asLong() + "/return",
                    "{\"comment\":\"Tahun depan dibahas lagi\"}")).get("status").asText());
            assertNull(submittedContent(plan.get("id").asLong()));
        }
        for (JsonNode queued : expect(200, get("/appraisal/plans?limit=50&rater=" + SUPERVISOR)).get("items")) {
            assertTrue(queued.get("id").asLong() != big.get("id").asLong() && queued.get("id").asLong() != small.get("id").asLong());
        }
    }
}
