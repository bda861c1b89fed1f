package id.kinerja.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;
import javax.mail.internet.MimeMessage;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.FixMethodOrder;
import org.junit.Test;
import org.junit.runners.MethodSorters;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The optional modules' screens in a real browser, each module installed at runtime on the demo
 * city and its pages appearing: complaints first, a citizen on a phone filing one without an
 * account at {@code /aduan} (with a photo), keeping the code and secret, the city's desk verifying
 * and assigning it, the staff member answering from the home card, the citizen reading the answer
 * (never the internal note nor a staff member's NIP) and rating it, the desk's dashboard drawn; the
 * module removed, its pages leave. Screenshots in {@code target/screenshots}.
 */
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class ModuleScreensIT extends BrowserTour {

    static final String ADMIN_PASSWORD = "Admin-ModuleScreensIT-2026";
    static final String OFFICER_PASSWORD = "Kinerja-Meja-Aduan-2026";
    static final String STAFF_PASSWORD = "Kinerja-Pegawai-2026";
    /** The staff member's direct supervisor in the demo city. */
    static final String SUPERVISOR = "197802012012031076";
    static final String SUPERVISOR_PASSWORD = "Kinerja-Atasan-2026";
    static final String ANSWER = "Lampu jalan di Jalan Gajah Mada sudah diganti oleh petugas pada hari ini.";
    static final String NOTE = "Suku cadang diambil dari gudang dinas";

    static String officerTemporary;
    static String staffTemporary;
    static String supervisorTemporary;
    static String staffUnit;
    static String trackingCode;
    static String secret;
    /** The city's SMTP server, as the test runs it (GreenMail). */
    static GreenMail smtp;

    @BeforeClass
    public static void start() throws Exception {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        platform = LocalPlatform.demoCity("screens", ADMIN_PASSWORD, OFFICER, Map.of("id.kinerja.notifications.mail.cfg",
                "host = 127.0.0.1\nport = " + smtp.getSmtp().getPort() + "\nstarttls = false\nfrom = Kinerja Kota Denpasar <kinerja@denpasarkota.go.id>\n"
                        + "applicationUrl = https://kinerja.denpasarkota.go.id/app/\n"));
        base = platform.base();
        officerTemporary = platform.temporaryPassword(ADMIN_PASSWORD, OFFICER);
        staffTemporary = platform.temporaryPassword(ADMIN_PASSWORD, STAFF);
        supervisorTemporary = platform.temporaryPassword(ADMIN_PASSWORD, SUPERVISOR);
        Matcher unit = Pattern.compile("Unit\\s*: (\\S+)").matcher(platform.client(ADMIN_PASSWORD, "kinerja:staff-show " + STAFF, STAFF));
        assertTrue(unit.find());
        staffUnit = unit.group(1);
        browser = Chromium.start();
    }

    /** Installed at runtime, the complaints module links its citizens' page from the sign-in page, and /aduan leads there. */
    @Test
    public void c01_theModuleInstalledTheSignInPageLinksTheCitizensPage() throws Exception {
        browser.get(base + "/app/");
        waitFor(By.id("nip"));
        assertTrue("no citizens' page before the module", browser.findElements(By.cssSelector("a[data-public='aduan']")).isEmpty());
        platform.client(ADMIN_PASSWORD, "kinerja:module-install kinerja-complaints", "kinerja-complaints");
        HttpResponse<Void> shortAddress = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/aduan")).build(), HttpResponse.BodyHandlers.discarding());
        assertEquals(302, shortAddress.statusCode());
        assertEquals(base + "/app/#/aduan", shortAddress.headers().firstValue("Location").orElse(""));
        reloadUntil(() -> !browser.findElements(By.cssSelector("a[data-public='aduan']")).isEmpty());
        waitForText(By.cssSelector("a[data-public='aduan']"), "Sampaikan pengaduan");
    }

    /** A citizen on a phone files a complaint with a photo and keeps the code and the secret. */
    @Test
    public void c02_aCitizenOnAPhoneFilesAComplaintWithAPhoto() throws Exception {
        browser.manage().window().setSize(new Dimension(360, 740));
        try {
            browser.get(base + "/aduan");
            waitForText(By.tagName("h1"), "Sampaikan pengaduan");
            assertTrue("nobody is signed in", browser.findElements(By.id("sign-out")).isEmpty());
            waitFor(By.id("send-complaint")).click();
            waitForText(By.id("categoryCode-error"), "Pilih layanan");
            new Select(browser.findElement(By.id("categoryCode"))).selectByValue("JALAN");
            browser.findElement(By.id("description")).sendKeys("Gelap");
            browser.findElement(By.id("send-complaint")).click();
            // the API's own check, shown at its field
            waitForText(By.id("description-error"), "10 karakter");
            browser.findElement(By.id("description")).clear();
            fill(Map.of("description", "Lampu jalan mati sejak seminggu di depan SD Negeri 3, jalan gelap dan rawan.",
                    "location", "Jalan Gajah Mada depan SD Negeri 3", "contactName", "Made Wirawan", "contactEmail", "made@contoh.id"));
            browser.findElement(By.id("files")).sendKeys(photo().toString());
            assertFits("the complaint form on a phone");
            screenshot("30-aduan-form-phone");
            browser.findElement(By.id("send-complaint")).click();
            waitForText(By.tagName("h1"), "Pengaduan Anda diterima");
            trackingCode = browser.findElement(By.id("tracking-code")).getText();
            secret = browser.findElement(By.id("tracking-secret")).getText();
            assertTrue(trackingCode, trackingCode.startsWith("ADU-"));
            assertTrue("the photo was uploaded", browser.findElements(By.id("upload-failures")).isEmpty());
            assertFalse("going on waits for the citizen to say they kept both", browser.findElement(By.id("receipt-next")).isEnabled());
            assertFits("the receipt on a phone");
            screenshot("31-aduan-kode-phone");
            browser.findElement(By.id("kept")).click();
            browser.findElement(By.id("receipt-next")).click();
            waitForText(By.id("complaint"), "diterima");
            assertTrue(browser.findElement(By.id("complaint")).getText().contains("Diverifikasi paling lambat"));
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    /** The city's desk finds it in its queue with its deadline, sees the photo, verifies and assigns it, and notes something internal. */
    @Test
    public void c03_theDeskVerifiesAndAssignsIt() throws Exception {
        browser.get(base + "/app/");
        firstSignIn(OFFICER, officerTemporary, OFFICER_PASSWORD);
        // the citizens' page is in a signed-in person's menu too: a walk-in's complaint at the service desk
        assertEquals(1, browser.findElements(By.cssSelector("nav a[data-route='aduan']")).size());
        menu("pengaduan");
        waitForText(By.id("complaint-list"), trackingCode);
        WebElement row = browser.findElement(By.xpath("//table[@id='complaint-list']//tr[td/a[text()='" + trackingCode + "']]"));
        assertTrue(row.getText().contains("diterima"));
        assertEquals("on-time", row.findElement(By.cssSelector("[data-deadline]")).getAttribute("data-deadline"));
        row.findElement(By.tagName("a")).click();
        waitFor(By.id("verify"));
        assertFalse("the reporter's identity is not shown to staff", browser.findElement(By.tagName("main")).getText().contains("Made Wirawan"));
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> ((Number) ((JavascriptExecutor) d).executeScript(
                "const i = document.querySelector('#attachments img'); return i && i.complete ? i.naturalWidth : 0;")).intValue() == 40);
        browser.findElement(By.id("verify")).click();
        waitFor(By.id("assign-form"));
        WebElement unit = browser.findElement(By.id("unitCode"));
        unit.clear();
        unit.sendKeys(staffUnit);
        browser.findElement(By.id("responsible")).sendKeys(STAFF);
        browser.findElement(By.id("assign")).click();
        waitForText(By.tagName("h1"), "diteruskan ke unit");
        browser.findElement(By.id("note-text")).sendKeys(NOTE);
        browser.findElement(By.id("note")).click();
        waitForText(By.id("history"), NOTE);
        assertFits("a complaint's page");
        ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0)");
        screenshot("32-pengaduan-petugas");
    }

    /**
     * The staff member is told (the bell, and the home card counts it), opens the notification to the
     * complaint, starts it and answers the citizen; the citizen who left an address gets the answer by
     * e-mail, without the internal note or a NIP.
     */
    @Test
    public void c04_theStaffMemberIsToldAndAnswers() throws Exception {
        browser.findElement(By.id("sign-out")).click();
        firstSignIn(STAFF, staffTemporary, STAFF_PASSWORD);
        assertTrue("no handling queue for a staff member", browser.findElements(By.cssSelector("nav a[data-route='pengaduan']")).isEmpty());
        waitForText(By.cssSelector("#complaint-tasks li:first-child .count"), "1");
        waitForText(By.id("bell-count"), "1");
        screenshot("35-beranda-lonceng");
        browser.findElement(By.id("bell")).click();
        waitForText(By.id("notifications"), "Pengaduan " + trackingCode + " ditugaskan kepada Anda");
        screenshot("36-pemberitahuan");
        browser.findElement(By.cssSelector("#notifications li.unread button.open")).click();
        waitFor(By.id("start")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> d.findElement(By.id("bell-count")).getText().isEmpty());
        waitFor(By.id("answer-text")).sendKeys(ANSWER);
        browser.findElement(By.id("answer")).click();
        waitForText(By.tagName("h1"), "dijawab");
        assertTrue(browser.findElement(By.id("history")).getText().contains(ANSWER));
        MimeMessage toCitizen = mailTo("made@contoh.id");
        assertEquals("Jawaban atas pengaduan " + trackingCode, toCitizen.getSubject());
        String body = GreenMailUtil.getBody(toCitizen);
        assertTrue(body, body.contains("Gajah Mada sudah diganti"));
        assertFalse("no internal note", body.contains(NOTE));
        assertFalse("no NIP", body.contains(STAFF) || body.contains(OFFICER));
        assertTrue("where to follow it", body.contains("https://kinerja.denpasarkota.go.id/app/#/aduan/lacak"));
    }

    /** The citizen reads the answer (not the internal note, no NIP) and rates it. */
    @Test
    public void c05_theCitizenReadsTheAnswerAndRatesIt() throws Exception {
        browser.findElement(By.id("sign-out")).click();
        browser.manage().window().setSize(new Dimension(360, 740));
        try {
            browser.get(base + "/app/#/aduan/lacak");
            fill(Map.of("trackingCode", trackingCode, "secret", "salah-sekali"));
            browser.findElement(By.id("track")).click();
            waitFor(By.cssSelector("#track-form .form-error .error"));
            browser.findElement(By.id("secret")).clear();
            browser.findElement(By.id("secret")).sendKeys(secret);
            browser.findElement(By.id("track")).click();
            waitForText(By.id("history"), ANSWER);
            String seen = browser.findElement(By.id("complaint")).getText();
            assertFalse("no internal note", seen.contains(NOTE));
            assertFalse("no staff member's NIP", seen.contains(STAFF) || seen.contains(OFFICER));
            browser.findElement(By.cssSelector("#rating-form input[name='rating'][value='4']")).click();
            browser.findElement(By.id("comment")).sendKeys("Cepat, terima kasih");
            browser.findElement(By.id("send-rating")).click();
            waitForText(By.id("complaint"), "4/5");
            assertTrue("an answered complaint may be reopened", !browser.findElements(By.id("reopen-form")).isEmpty());
            assertFits("a followed complaint on a phone");
            scrollTo("complaint");
            screenshot("33-aduan-lacak-phone");
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    /** The desk closes it; the dashboard draws the month's complaints and the table says answered in time and rated. */
    @Test
    public void c06_theDeskClosesItAndReadsTheDashboard() throws Exception {
        browser.get(base + "/app/");
        signIn(OFFICER, OFFICER_PASSWORD);
        waitFor(By.id("sign-out"));
        browser.get(base + "/app/#/pengaduan?status=ANSWERED");
        waitForText(By.id("complaint-list"), trackingCode);
        browser.findElement(By.linkText(trackingCode)).click();
        waitFor(By.id("close")).click();
        waitForText(By.tagName("h1"), "selesai");
        menu("dasbor-pengaduan");
        waitFor(By.id("complaints-chart"));
        String table = browser.findElement(By.id("dashboard-table")).getText();
        assertTrue(table, table.contains(staffUnit));
        assertTrue(table, table.contains("100%"));
        assertTrue(table, table.contains("4/5 (1)"));
        assertFits("the complaints dashboard");
        screenshot("34-dasbor-pengaduan");
    }

    /** The module removed at runtime: its pages leave the menu and the sign-in page. */
    @Test
    public void c07_theModuleRemovedItsPagesLeave() throws Exception {
        platform.client(ADMIN_PASSWORD, "kinerja:module-uninstall kinerja-complaints", "kinerja-complaints");
        reloadUntil(() -> browser.findElements(By.cssSelector("nav a[data-route='pengaduan']")).isEmpty());
        assertTrue(browser.findElements(By.cssSelector("nav a[data-route='pengaduan']")).isEmpty());
        browser.findElement(By.id("sign-out")).click();
        waitFor(By.id("nip"));
        assertTrue(browser.findElements(By.cssSelector("a[data-public='aduan']")).isEmpty());
    }

    /**
     * Coaching installed at runtime: the officer adds a programme (a missing field refused at the
     * field) and its session, nominates the staff member from the catalogue, approves the nomination,
     * records both days present and completes it with a score.
     */
    @Test
    public void k01_theCoachingModuleInstalledANominationFromTheCatalogueCompleted() throws Exception {
        platform.client(ADMIN_PASSWORD, "kinerja:module-install kinerja-coaching", "kinerja-coaching");
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Jakarta"));
        browser.get(base + "/app/");
        signOutIfSignedIn();
        signIn(OFFICER, OFFICER_PASSWORD);
        waitFor(By.id("sign-out"));
        reloadUntil(() -> !browser.findElements(By.cssSelector("nav a[data-route='kelola-pelatihan']")).isEmpty());
        // the training office adds the programme and its session
        menu("kelola-pelatihan");
        waitFor(By.id("save-program")).click();
        waitFor(By.cssSelector("#program-form [aria-invalid='true']"));
        fill(Map.of("title", "Pelayanan Prima", "competencyArea", "Pelayanan publik", "learningHours", "8", "provider", "BKPSDM"));
        browser.findElement(By.id("save-program")).click();
        waitForText(By.id("manage-done"), "Program tersimpan");
        new Select(browser.findElement(By.id("programId"))).selectByVisibleText("Pelayanan Prima");
        // a date field's typing is the browser's locale; the value itself is ISO
        ((JavascriptExecutor) browser).executeScript("document.getElementById('startDate').value = arguments[0];"
                + "document.getElementById('endDate').value = arguments[1];", today.minusDays(1).toString(), today.toString());
        fill(Map.of("location", "Aula BKPSDM", "trainer", "Dra. Sri Wahyuni", "capacity", "2"));
        browser.findElement(By.id("save-session")).click();
        // saved, the catalogue is shown with the new session
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().endsWith("#/pelatihan"));
        WebElement session = waitFor(By.cssSelector("section.program li[data-session]"));
        assertTrue(session.getText(), session.getText().contains("0 dari 2 kursi terisi"));
        session.findElement(By.cssSelector("input[name='nip']")).sendKeys(STAFF);
        session.findElement(By.cssSelector("form.nominate button[type='submit']")).click();
        waitForText(By.cssSelector("section.program li[data-session] .form-error"), "Diusulkan");
        assertFits("the catalogue");
        screenshot("50-katalog-pelatihan");
        session.findElement(By.cssSelector("a.manage")).click();
        waitFor(By.cssSelector("#participants button.approve")).click();
        // both days of the session, then the completion with its score
        // each action draws the page anew: what is clicked next is found again after it
        for (int day = 0; day < 2; day++) {
            new Select(waitFor(By.cssSelector("#participants select.day"))).selectByIndex(day);
            browser.findElement(By.cssSelector("#participants button.present")).click();
            waitForText(By.cssSelector("#participants tr[data-enrolment]"), (day + 1) + " / 2");
        }
        waitFor(By.cssSelector("#participants input.score")).sendKeys("85");
        browser.findElement(By.cssSelector("#participants button.complete")).click();
        waitForText(By.id("participants"), "lulus");
        screenshot("51-peserta-pelatihan");
    }

    /** The staff member is told the seat is theirs, and reads the year's learning hours against the 20 JP. */
    @Test
    public void k02_theStaffMemberSeesTheirLearningHours() throws Exception {
        browser.findElement(By.id("sign-out")).click();
        signIn(STAFF, STAFF_PASSWORD);
        waitFor(By.id("bell")).click();
        waitForText(By.id("notifications"), "Kursi Anda di Pelayanan Prima dikonfirmasi");
        menu("pengembangan");
        waitForText(By.id("learning-hours"), "8 JP dari minimal 20 JP: kurang 12 JP");
        assertTrue(browser.findElement(By.id("my-enrolments")).getText().contains("Pelayanan Prima"));
        assertTrue(browser.findElement(By.id("my-enrolments")).getText().contains("lulus"));
        // the participant's own feedback on the programme they completed
        WebElement feedback = browser.findElement(By.cssSelector("#my-enrolments form.feedback"));
        new Select(feedback.findElement(By.name("rating"))).selectByValue("5");
        feedback.findElement(By.name("comments")).sendKeys("Materi langsung terpakai di loket");
        feedback.findElement(By.cssSelector("button[type='submit']")).click();
        waitForText(By.cssSelector("#my-enrolments form.feedback .form-error"), "Terima kasih");
        assertFits("my development");
        screenshot("52-pengembangan-saya");
        onAPhone("my development", "52b-pengembangan-phone");
    }

    /** The officer sees who is short of the 20 JP, the proposals waiting, and the programme's effect on the predikat. */
    @Test
    public void k03_theOfficerSeesWhoIsBehindAndTheProgrammesEffect() throws Exception {
        browser.findElement(By.id("sign-out")).click();
        signIn(OFFICER, OFFICER_PASSWORD);
        menu("pembinaan");
        WebElement unit = waitFor(By.id("unitCode"));
        unit.clear();
        unit.sendKeys(staffUnit);
        browser.findElement(By.cssSelector("#behind-form button[type='submit']")).click();
        waitForText(By.id("behind-list"), STAFF);
        waitFor(By.cssSelector("#proposals h2"));
        screenshot("53-pembinaan-pegawai");
        menu("pelatihan");
        waitFor(By.cssSelector("a.effect-link")).click();
        waitForText(By.id("outcomes"), STAFF);
        assertTrue("the participant's rating counts", browser.findElement(By.tagName("main")).getText().contains("5/5"));
        assertTrue(browser.findElement(By.id("effects")).getText().contains("belum ada predikat sesudahnya"));
    }

    /**
     * The staff member writes the year's development plan; the direct supervisor agrees it, sets up
     * coaching and records its first meeting; the staff member reads them and adds a meeting too.
     */
    @Test
    public void k04_aDevelopmentPlanAgreedAndCoachingWithItsMeetings() throws Exception {
        browser.findElement(By.id("sign-out")).click();
        signIn(STAFF, STAFF_PASSWORD);
        menu("pengembangan");
        WebElement competency = waitFor(By.id("gaps[0]"));
        competency.clear();
        competency.sendKeys("Pelayanan publik");
        browser.findElement(By.id("note-0")).clear();
        browser.findElement(By.id("note-0")).sendKeys("Antrean loket selesai tepat waktu");
        browser.findElement(By.id("save-plan")).click();
        waitForText(By.cssSelector("#plan-form .plan-state"), "menunggu persetujuan atasan");

        browser.findElement(By.id("sign-out")).click();
        firstSignIn(SUPERVISOR, supervisorTemporary, SUPERVISOR_PASSWORD);
        menu("pengembangan");
        By report = By.cssSelector("#team details[data-nip='" + STAFF + "']");
        assertTrue(waitFor(report).getText().contains("Pelayanan publik"));
        browser.findElement(report).findElement(By.cssSelector("button.agree-plan")).click();
        waitForText(By.cssSelector("#team details[data-nip='" + STAFF + "'] .plan-state"), "disepakati");
        if (browser.findElement(report).getAttribute("open") == null) {
            browser.findElement(report).findElement(By.tagName("summary")).click();
        }
        browser.findElement(report).findElement(By.name("goals")).sendKeys("Menyusun SOP loket bersama");
        browser.findElement(report).findElement(By.cssSelector("form.new-assignment button[type='submit']")).click();
        waitForText(By.id("assignment-status"), "berjalan");
        waitFor(By.id("notes")).sendKeys("Membahas alur antrean dan contoh SOP dari kelurahan lain");
        browser.findElement(By.id("save-meeting")).click();
        waitForText(By.id("meetings"), "Membahas alur antrean");
        assertFits("a coaching assignment");
        screenshot("55-coaching");

        browser.findElement(By.id("sign-out")).click();
        signIn(STAFF, STAFF_PASSWORD);
        menu("pengembangan");
        waitForText(By.cssSelector("#plan-form .plan-state"), "disepakati");
        screenshot("54-rencana-pengembangan");
        waitFor(By.cssSelector("#my-assignments a")).click();
        waitForText(By.id("meetings"), "Membahas alur antrean");
        assertTrue("the coachee does not close it", browser.findElements(By.id("close-assignment")).isEmpty());
        waitFor(By.id("notes")).sendKeys("SOP loket draf pertama selesai");
        browser.findElement(By.id("save-meeting")).click();
        waitForText(By.id("meetings"), "SOP loket draf pertama selesai");
        onAPhone("a coaching assignment", "55b-coaching-phone");
    }

    /**
     * Performance pay installed at runtime: the officer reads the policy in force, computes the month
     * as a job (its progress drawn until it is done), checks, approves and closes it; the per-unit
     * summary and the slips with money as people write it.
     */
    @Test
    public void p01_thePayModuleInstalledTheOfficerRunsTheMonth() throws Exception {
        platform.client(ADMIN_PASSWORD, "kinerja:module-install kinerja-pay", "kinerja-pay");
        signOutIfSignedIn();
        signIn(OFFICER, OFFICER_PASSWORD);
        waitFor(By.id("sign-out"));
        reloadUntil(() -> !browser.findElements(By.cssSelector("nav a[data-route='tpp']")).isEmpty());
        menu("tpp");
        waitForText(By.id("policies"), "berlaku sejak");
        browser.findElement(By.id("compute")).click();
        // the job's page follows it every second until the run can be checked
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> !d.findElements(By.id("check")).isEmpty());
        assertTrue(browser.findElement(By.id("run-status")).getText().contains("draf"));
        String summary = waitFor(By.id("run-summary")).getText();
        assertTrue(summary, summary.contains("Rp"));
        assertTrue("the slips are listed", browser.findElements(By.cssSelector("#slip-list tbody tr")).size() > 0);
        browser.findElement(By.id("check")).click();
        waitForText(By.id("run-status"), "diperiksa");
        waitFor(By.id("approve")).click();
        waitForText(By.id("run-status"), "disetujui");
        assertFits("a pay run's page");
        screenshot("40-proses-tpp");
        waitFor(By.id("close")).click();
        waitForText(By.id("run-status"), "ditutup");
        assertTrue("the treasury's file can be saved", !browser.findElements(By.id("export")).isEmpty());
    }

    /** Every staff member reads their own slip: each line with its rule, TPP and take-home in rupiah; on a phone too. */
    @Test
    public void p02_aStaffMemberReadsTheirSlip() throws Exception {
        browser.findElement(By.id("sign-out")).click();
        signIn(STAFF, STAFF_PASSWORD);
        menu("slip-tpp");
        waitFor(By.cssSelector("#my-slips tbody tr a")).click();
        waitFor(By.id("slip-lines"));
        String slip = browser.findElement(By.id("slip")).getText();
        assertTrue(slip, slip.contains("TPP diterima") && slip.contains("Rp") && slip.contains("TPP dasar"));
        assertFalse("no personnel pages for a staff member", !browser.findElements(By.cssSelector("nav a[data-route='tpp']")).isEmpty());
        screenshot("41-slip-tpp-saya");
        onAPhone("a slip", "41b-slip-phone");
    }

    /** The month's attendance imported as CSV: a wrong row is refused with the per-row report, the file as a whole is kept once right. */
    @Test
    public void p03_theOfficerImportsTheMonthsAttendance() throws Exception {
        browser.findElement(By.id("sign-out")).click();
        signIn(OFFICER, OFFICER_PASSWORD);
        menu("disiplin");
        String month = java.time.YearMonth.now(java.time.ZoneId.of("Asia/Jakarta")).minusMonths(1).toString(); // last month: no date in the future
        Path wrong = Files.createTempFile("kehadiran", ".csv");
        Files.writeString(wrong, "nip,date,kind,minutes\n" + STAFF + "," + month + "-02,LATE,30\n" + STAFF + "," + month + "-31x,ABSENT,\n");
        waitFor(By.id("file")).sendKeys(wrong.toString());
        browser.findElement(By.id("run-import")).click();
        waitForText(By.id("import-errors"), "date");
        assertTrue(browser.findElement(By.id("import-errors")).getText().startsWith("Baris"));
        screenshot("42-data-disiplin");
        Files.writeString(wrong, "nip,date,kind,minutes\n" + STAFF + "," + month + "-02,LATE,30\n");
        browser.findElement(By.id("file")).clear();
        browser.findElement(By.id("file")).sendKeys(wrong.toString());
        browser.findElement(By.id("run-import")).click();
        waitForText(By.id("import-done"), "1 catatan disiplin tersimpan");
    }

    /**
     * The officer changes the TPP policy: the one whose month is paid is read only and offers a new
     * policy from the next month, copied from it; a setting out of bounds is told at its field; saved,
     * it is in force and listed first.
     */
    @Test
    public void p04_theOfficerMakesANewPolicyFromTheNextMonth() throws Exception {
        menu("tpp");
        waitFor(By.cssSelector("#policies a[data-policy]")).click();
        waitForText(By.id("policy-locked"), "sudah dibayar");
        assertFalse("a paid policy is not changed", browser.findElement(By.id("performancePercent")).isEnabled());
        browser.findElement(By.id("new-policy")).click();
        waitForText(By.tagName("h1"), "Kebijakan TPP baru");
        String next = java.time.YearMonth.now(java.time.ZoneId.of("Asia/Jakarta")).plusMonths(1).toString();
        assertEquals(next, browser.findElement(By.id("effectiveFrom")).getAttribute("value"));
        fill(Map.of("name", "Perwali Sukamaju 2027"));
        WebElement share = browser.findElement(By.id("performancePercent"));
        share.clear();
        share.sendKeys("150");
        WebElement base = browser.findElement(By.id("baseByClass.9"));
        base.clear();
        base.sendKeys("3600000");
        browser.findElement(By.id("save-policy")).click();
        waitForText(By.id("performancePercent-error"), "0 sampai 100");
        screenshot("43b-kebijakan-tpp-salah");
        share.clear();
        share.sendKeys("60");
        browser.findElement(By.id("save-policy")).click();
        waitForText(By.id("policy-saved"), "sudah berlaku");
        assertEquals("3600000", browser.findElement(By.id("baseByClass.9")).getAttribute("value"));
        String monthName = java.time.YearMonth.parse(next).format(java.time.format.DateTimeFormatter.ofPattern("MMMM yyyy", java.util.Locale.forLanguageTag("id")));
        assertTrue(browser.findElement(By.tagName("h1")).getText(), browser.findElement(By.tagName("h1")).getText().endsWith(monthName));
        assertFits("a TPP policy");
        screenshot("43-kebijakan-tpp");
        browser.findElement(By.cssSelector("main a[href='#/tpp']")).click();
        waitForText(By.id("policies"), "Perwali Sukamaju 2027");
        assertTrue(browser.findElement(By.cssSelector("#policies li")).getText().startsWith("Perwali Sukamaju 2027"));
    }

    /**
     * The leaders' dashboard: complaints installed again (its data kept), the officer's home page
     * carries the complaints' and coaching's figures as cards, and the appraisal's page draws how far
     * the period stands per unit with the predikat against its curve.
     */
    @Test
    public void z01_theLeadersDashboardFromTheModulesInstalled() throws Exception {
        platform.client(ADMIN_PASSWORD, "kinerja:module-install kinerja-complaints", "kinerja-complaints");
        browser.get(base + "/app/#/");
        reloadUntil(() -> !browser.findElements(By.id("complaint-figures")).isEmpty());
        String complaints = waitFor(By.id("complaint-figures")).getText();
        assertTrue(complaints, complaints.contains("100%") && complaints.contains("4/5"));
        assertTrue(waitFor(By.id("coaching-figures")).getText().contains("pegawai kurang dari 20 JP"));
        screenshot("60-beranda-pimpinan");
        menu("dasbor");
        waitFor(By.cssSelector("#progress tbody tr"));
        waitFor(By.id("distribution-chart"));
        assertTrue(browser.findElement(By.id("progress-totals")).getText().contains("SKP disetujui"));
        assertFits("the leaders' dashboard");
        screenshot("61-dasbor-pimpinan");
        // the officer's long menu in groups named by their modules: one opens, the one before closes
        WebElement pay = browser.findElement(By.cssSelector("details.menu-group[data-group='TPP']"));
        WebElement appraisal = browser.findElement(By.cssSelector("details.menu-group[data-group='Penilaian kinerja']"));
        assertTrue("the group of the page shown is marked", appraisal.findElement(By.tagName("summary")).getAttribute("class").contains("current"));
        appraisal.findElement(By.tagName("summary")).click();
        pay.findElement(By.tagName("summary")).click();
        assertTrue(waitFor(By.cssSelector("nav a[data-route='tpp']")).isDisplayed());
        assertEquals(null, appraisal.getAttribute("open"));
        screenshot("62-menu-berkelompok");
        onAPhone("the grouped menu", "62b-menu-phone");
    }

    /** The first mail the SMTP server received for this address, waiting for it up to 20 s. */
    static MimeMessage mailTo(String address) throws Exception {
        long deadline = System.currentTimeMillis() + 20_000;
        do {
            for (MimeMessage message : smtp.getReceivedMessages()) {
                if (message.getAllRecipients()[0].toString().equals(address)) {
                    return message;
                }
            }
            Thread.sleep(200);
        } while (System.currentTimeMillis() < deadline);
        throw new AssertionError("no mail to " + address + " among " + smtp.getReceivedMessages().length);
    }

    /** A small photo (40 × 30 PNG) as a phone would attach one. */
    static Path photo() throws Exception {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x0b5394));
        g.fillRect(0, 0, 40, 30);
        g.setColor(Color.YELLOW);
        g.fillOval(12, 6, 16, 16);
        g.dispose();
        Path file = Files.createTempFile("lampu-jalan", ".png");
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    @AfterClass
    public static void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (platform != null) {
            platform.stop();
        }
        if (smtp != null) {
            smtp.stop();
        }
    }
}
