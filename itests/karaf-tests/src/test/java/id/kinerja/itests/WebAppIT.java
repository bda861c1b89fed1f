package id.kinerja.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.FixMethodOrder;
import org.junit.Test;
import org.junit.runners.MethodSorters;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The web application in a real browser (Debian's headless chromium through chromium-driver),
 * against the distribution started as README command 1 starts it, with the demo city loaded: the
 * personnel officer signs in with a temporary password and changes it, finds staff, switches the
 * language; a name that is HTML stays text; a staff member's menu lacks what their roles do not
 * permit; a lost session returns to the same page after signing in again; a 360 px phone.
 * Screenshots in {@code target/screenshots}; on failure the browser's console too.
 */
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class WebAppIT extends BrowserTour {

    static final String ADMIN_PASSWORD = "Admin-WebAppIT-2026";
    /** Their direct supervisor, who approves their SKP. */
    static final String SUPERVISOR = "197802012012031076";

    static String officerTemporary;
    static String staffTemporary;
    static String supervisorTemporary;
    /** A colleague of the staff member in the same seksi, found in the registry. */
    static String colleague;
    static String colleagueTemporary;
    static WebElement search;
    static List<WebElement> names;
    static String header;
    static String token;
    static long width;

    /** The platform as README command 1 starts it, with the demo city, temporary passwords for the tour, and one browser for every step. */
    @BeforeClass
    public static void start() throws Exception {
        platform = LocalPlatform.demoCity("web", ADMIN_PASSWORD, OFFICER);
        base = platform.base();
        officerTemporary = platform.temporaryPassword(ADMIN_PASSWORD, OFFICER);
        staffTemporary = platform.temporaryPassword(ADMIN_PASSWORD, STAFF);
        supervisorTemporary = platform.temporaryPassword(ADMIN_PASSWORD, SUPERVISOR);
        colleague = colleagueOf(STAFF, SUPERVISOR);
        colleagueTemporary = platform.temporaryPassword(ADMIN_PASSWORD, colleague);
        browser = Chromium.start();
        browser.get(base + "/app/");
    }

    /** The console says where to open the application. */
    @Test
    public void s01_theConsoleSaysWhereToOpenThe() throws Exception {
        assertTrue("the address is printed at start", Files.readString(platform.home.resolve("console.out"))
                .contains("open the web application at http://localhost:" + platform.httpPort + "/app/"));
    }

    /**
     * What an administrator reads in the log after the start, the demo city's loading and the first
     * sign-ins: no warning and no error (Jersey's hundreds of warnings about the API's resources, one per
     * resource at every build of the API, are not logged), so that one that matters is seen.
     */
    @Test
    public void s01a_aStartLeavesNoWarningInTheLog() throws Exception {
        List<String> log = Files.readAllLines(platform.home.resolve("data/log/karaf.log"));
        assertTrue("the API was built", log.stream().anyMatch(line -> line.contains("REST API serving")));
        // Karaf's JMX server may start twice in a first start (its services settle) and then says it found the
        // RMI host name it had set itself the first time, and Aries JMX that the notifications of the MBeans it
        // unregistered from the first server found their dispatcher closed: nothing to act on
        List<String> warnings = log.stream().filter(line -> line.contains("| WARN ") || line.contains("| ERROR "))
                .filter(line -> !(line.contains("org.apache.karaf.management.server") && line.contains("java.rmi.server.hostname system property is already set")))
                .filter(line -> !(line.contains("org.apache.aries.jmx.core") && line.contains("Task rejected for JMX Notification dispatch")))
                .toList();
        assertEquals(String.join("\n", warnings), List.of(), warnings);
    }

    /**
     * A start builds the API once while the modules start (it loads Jersey meanwhile) and again when the
     * start has settled (the framework at its start level, Karaf's boot features in, every module's REST
     * resources up), not once per module on its way: every build before that takes the processor from the
     * modules starting (README, "Starts"). The distribution's boot features came installed (its build
     * installed them), so this first start is one as every later start is: the start is what the log has
     * before the first console command of the test.
     */
    @Test
    public void s01b_aStartBuildsTheApiOnceBeforeTheBootEnds() throws Exception {
        List<String> log = Files.readAllLines(platform.home.resolve("data/log/karaf.log"));
        int firstCommand = 0;
        while (firstCommand < log.size() && !log.get(firstCommand).contains("| pipe-")) {
            firstCommand++;
        }
        List<String> start = log.subList(0, firstCommand);
        assertTrue("the boot features came installed", start.stream().noneMatch(line -> line.contains("Changes to perform")));
        List<String> builds = start.stream().filter(line -> line.contains("REST API serving")).toList();
        assertTrue("builds of the API while the platform started: " + builds, builds.size() >= 1 && builds.size() <= 2);
    }

    /** The application's files: gzipped for a browser that reads gzip, not sent again while unchanged. */
    @Test
    public void s02_theApplicationsFilesGzippedForABrowser() throws Exception {
        HttpResponse<byte[]> shell = HTTP.send(HttpRequest.newBuilder(URI.create(platform.base() + "/app/shell.js"))
                .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, shell.statusCode());
        assertEquals("gzip", shell.headers().firstValue("Content-Encoding").orElse(""));
        String shellScript = new String(new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(shell.body())).readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(shellScript.contains("sessionStorage"));
        String etag = shell.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, HTTP.send(HttpRequest.newBuilder(URI.create(platform.base() + "/app/shell.js")).header("If-None-Match", etag).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode());
        assertEquals("", HTTP.send(HttpRequest.newBuilder(URI.create(platform.base() + "/app/shell.js")).build(),
                HttpResponse.BodyHandlers.discarding()).headers().firstValue("Content-Encoding").orElse(""));
        browser.get(base + "/app/");
    }

    /** Sign in with the temporary password: the change of password comes first, the current one filled in. */
    @Test
    public void s03_signInWithTheTemporaryPasswordThe() throws Exception {
        waitFor(By.id("nip"));
        accessible("00-sign-in");
        signIn(OFFICER, officerTemporary);
        WebElement current = waitFor(By.id("current"));
        assertEquals(officerTemporary, current.getAttribute("value"));
        browser.findElement(By.id("password")).sendKeys("Kinerja-Bkpsdm-2026");
        browser.findElement(By.id("repeat")).sendKeys("Kinerja-Bkpsdm-2025");
        browser.findElement(By.id("save-password")).click();
        assertTrue(waitFor(By.id("repeat-error")).getText().contains("tidak sama"));
        accessible("00b-new-password-error");
        browser.findElement(By.id("repeat")).clear();
        browser.findElement(By.id("repeat")).sendKeys("Kinerja-Bkpsdm-2026");
        browser.findElement(By.id("save-password")).click();
        waitForText(By.tagName("h1"), "Selamat datang");
        assertTrue(browser.findElement(By.className("roles")).getText().contains("Pengelola kepegawaian (BKPSDM)"));
        screenshot("01-home-officer");
    }

    /** The registry's page, from the registry's bundle, in the menu: search with paging by the server. */
    @Test
    public void s04_theRegistrysPageFromTheRegistrysBundle() throws Exception {
        menu("pegawai");
        search = waitFor(By.id("q"));
        waitFor(By.id("staff-table"));
        search.sendKeys("siregar");
        browser.findElement(By.id("search")).click();
        waitForText(By.cssSelector("#staff-table caption"), "Menampilkan");
        names = browser.findElements(By.cssSelector("#staff-table td.name"));
        assertFalse(names.isEmpty());
        for (WebElement name : names) {
            assertTrue(name.getText(), name.getText().toLowerCase().contains("siregar"));
        }
        screenshot("02-staff-search");

        // the whole registry: the next page is read on from where this one ended (after=), and so is a
        // previous one, again from where it was read coming forward (its cursor, not an offset the database walks to)
        search.clear();
        browser.findElement(By.id("search")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> !d.getCurrentUrl().contains("q="));
        waitForText(By.cssSelector("#staff-table caption"), "Menampilkan 1–20");
        List<String> firstPage = listedNips();
        browser.findElement(By.cssSelector(".pager button.next")).click();
        waitForText(By.cssSelector("#staff-table caption"), "Menampilkan 21–40");
        List<String> secondPage = listedNips();
        assertEquals(20, secondPage.size());
        assertTrue(secondPage + " after " + firstPage, java.util.Collections.disjoint(firstPage, secondPage));
        assertEquals("the next page asked from the cursor", Boolean.TRUE, ((JavascriptExecutor) browser).executeScript(
                "return performance.getEntriesByType('resource').some((e) => e.name.includes('/staff?') && e.name.includes('after='));"));
        browser.findElement(By.cssSelector(".pager button.next")).click();
        waitForText(By.cssSelector("#staff-table caption"), "Menampilkan 41–60");
        List<String> thirdPage = listedNips();
        assertTrue(thirdPage + " after " + secondPage, java.util.Collections.disjoint(secondPage, thirdPage));
        ((JavascriptExecutor) browser).executeScript("performance.clearResourceTimings();");
        browser.findElement(By.cssSelector(".pager button.previous")).click();
        waitForText(By.cssSelector("#staff-table caption"), "Menampilkan 21–40");
        assertEquals(secondPage, listedNips());
        assertEquals("the page before asked from its cursor", Boolean.TRUE, ((JavascriptExecutor) browser).executeScript(
                "return performance.getEntriesByType('resource').some((e) => e.name.includes('/staff?') && e.name.includes('after=')"
                        + " && e.name.includes('offset=20'));"));
        browser.findElement(By.cssSelector(".pager button.previous")).click();
        waitForText(By.cssSelector("#staff-table caption"), "Menampilkan 1–20");
        assertEquals(firstPage, listedNips());
        browser.findElement(By.cssSelector(".pager button.next")).click();
        waitForText(By.cssSelector("#staff-table caption"), "Menampilkan 21–40");
        assertEquals("forward again from the first page", secondPage, listedNips());

        // two words, each the start of a word of the name (a pair of the name's words, see docs/postgresql.md)
        String[] firstName = browser.findElement(By.cssSelector("#staff-table td.name")).getText().toLowerCase().split("[^\\p{L}]+");
        String twoWords = firstName[0] + " " + firstName[1].substring(0, Math.min(4, firstName[1].length()));
        search = browser.findElement(By.id("q"));
        search.clear();
        search.sendKeys(twoWords);
        browser.findElement(By.id("search")).click();
        // (the table drawn before the answer came is the whole registry's: waited for until every name has both)
        new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector("#staff-table td.name"));
            return !found.isEmpty() && found.stream().allMatch(name -> {
                List<String> words = List.of(name.getText().toLowerCase().split("[^\\p{L}]+"));
                return java.util.Arrays.stream(twoWords.split(" ")).allMatch(typed -> words.stream().anyMatch(w -> w.startsWith(typed)));
            });
        });
        names = browser.findElements(By.cssSelector("#staff-table td.name"));
    }

    /** The NIPs of the staff list's rows, in their order. */
    private List<String> listedNips() {
        return browser.findElements(By.cssSelector("#staff-table tbody tr td:first-child a")).stream().map(WebElement::getText).toList();
    }

    /** A person's page: the record, the link to the direct supervisor, the history. */
    @Test
    public void s05_aPersonsPageTheRecordTheLink() throws Exception {
        String firstName = names.get(0).getText();
        browser.findElement(By.cssSelector("#staff-table tbody tr:first-child a")).click();
        waitForText(By.id("person-name"), firstName);
        waitFor(By.id("history"));
        // the whole chain up to the sekda, nearest first; the direct supervisor's name links to their page
        List<WebElement> chain = browser.findElements(By.cssSelector("#supervisor-chain li"));
        assertTrue("a chain up to the top: " + chain.size(), chain.size() >= 2);
        String supervisorName = browser.findElement(By.id("supervisor")).getText();
        assertTrue(chain.get(0).getText().startsWith(supervisorName));
        assertTrue(chain.get(chain.size() - 1).getText().contains("Sekretaris Daerah"));
        screenshot("02b-person");
        int links = chain.size();
        browser.findElement(By.id("supervisor")).click();
        // the supervisor's page replaces the person's: an element read while it is redrawn is asked again
        new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("person-name")).getText().equals(supervisorName)
                        && d.findElements(By.cssSelector("#supervisor-chain li")).size() == links - 1);
        browser.navigate().back();
        waitForText(By.id("person-name"), firstName);
        menu("pegawai");
        waitFor(By.id("staff-table"));
    }

    /** The list filtered by a unit with the units below it and a status; the filters stay in the address and on the way back. */
    @Test
    public void s05a_theListFilteredByUnitAndStatus() throws Exception {
        browser.findElement(By.id("q")).clear();
        new Select(browser.findElement(By.id("unit"))).selectByValue("BKPSDM");
        new Select(browser.findElement(By.id("status"))).selectByValue("ACTIVE");
        browser.findElement(By.id("search")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("unit=BKPSDM"));
        waitForText(By.cssSelector("#staff-table caption"), "Menampilkan");
        List<WebElement> rows = browser.findElements(By.cssSelector("#staff-table tbody tr"));
        assertEquals(20, rows.size());
        for (WebElement row : rows) {
            List<WebElement> cells = row.findElements(By.tagName("td"));
            assertTrue(cells.get(4).getText(), cells.get(4).getText().endsWith("Badan Kepegawaian dan Pengembangan SDM"));
            assertEquals("Aktif", cells.get(5).getText());
        }
        screenshot("02a-staff-filtered");
        rows.get(0).findElement(By.tagName("a")).click();
        waitFor(By.id("history"));
        browser.findElement(By.id("back-to-list")).click();
        waitForText(By.cssSelector("#staff-table caption"), "Menampilkan");
        assertEquals("BKPSDM", new Select(browser.findElement(By.id("unit"))).getFirstSelectedOption().getAttribute("value"));
        assertEquals("ACTIVE", new Select(browser.findElement(By.id("status"))).getFirstSelectedOption().getAttribute("value"));
    }

    /** Registering a staff member: the API's error is shown at its field, nothing is saved, then it is fixed. */
    @Test
    public void s06_registeringAStaffMemberTheApisError() throws Exception {
        browser.findElement(By.id("new-staff")).click();
        waitFor(By.id("save-staff"));
        fill(Map.of("nip", "198502302010011003", "fullName", "Dewi Sartika, S.Sos.", "rank", "III/a", "positionName", "Analis Kebijakan",
                "positionClass", "8", "unitCode", "BKPSDM"));
        browser.findElement(By.id("save-staff")).click();
        waitForText(By.id("nip-error"), "NIP");
        assertEquals("true", browser.findElement(By.id("nip")).getAttribute("aria-invalid"));
        screenshot("02c-field-error");
        browser.findElement(By.id("nip")).clear();
        browser.findElement(By.id("nip")).sendKeys("198503152010011003");
        browser.findElement(By.id("save-staff")).click();
        waitForText(By.id("person-name"), "Dewi Sartika, S.Sos.");
        menu("pegawai");
        waitFor(By.id("staff-table"));
    }

    /** The city's spreadsheet: a bad cell refuses the whole file, reported by row and column; the fixed file goes in. */
    @Test
    public void s07_theCitysSpreadsheetABadCellRefuses() throws Exception {
        browser.findElement(By.id("import-staff")).click();
        waitFor(By.id("run-import"));
        header = "nip,fullName,employmentType,rank,positionName,positionKind,positionClass,unitCode\n";
        Path sheet = Files.createTempFile("pegawai", ".csv");
        Files.writeString(sheet, header + "198601012010011004,Rina Marlina,PNS,III/b,Analis,FUNGSIONAL,8,BKPSDM\n"
                + "198613012010011005,Salah Bulan,PNS,III/b,Analis,FUNGSIONAL,8,BKPSDM\n");
        browser.findElement(By.id("file")).sendKeys(sheet.toAbsolutePath().toString());
        browser.findElement(By.id("run-import")).click();
        waitFor(By.id("import-errors"));
        List<WebElement> cells = browser.findElements(By.cssSelector("#import-errors tbody tr:first-child td"));
        assertEquals("2", cells.get(0).getText());
        assertEquals("nip", cells.get(1).getText());
        screenshot("02d-import-report");
        Files.writeString(sheet, header + "198601012010011004,Rina Marlina,PNS,III/b,Analis,FUNGSIONAL,8,BKPSDM\n"
                + "198612012010011005,Benar Bulan,PNS,III/b,Analis,FUNGSIONAL,8,BKPSDM\n");
        browser.findElement(By.id("file")).sendKeys(sheet.toAbsolutePath().toString());
        browser.findElement(By.id("run-import")).click();
        waitForText(By.id("import-done"), "2 baru");
    }

    /** The unit tree, and a staff member deactivated (retired), never deleted. */
    @Test
    public void s08_theUnitTreeAndAStaffMember() throws Exception {
        menu("unit-kerja");
        waitFor(By.cssSelector("li[data-unit='SKM'] li[data-unit='BKPSDM']"));
        browser.get(base + "/app/#/pegawai/198503152010011003");
        waitFor(By.id("deactivate")).click();
        waitFor(By.id("confirm-deactivate")).click();
        waitForText(By.cssSelector(".facts"), "Pensiun");
        assertTrue(browser.findElements(By.id("deactivate")).isEmpty());
        menu("pegawai");
        search = waitFor(By.id("q"));
        waitFor(By.id("staff-table"));
    }

    /** A name that is HTML is shown as text and never runs. */
    @Test
    public void s09_aNameThatIsHtmlIsShown() throws Exception {
        token = platform.login(OFFICER, "Kinerja-Bkpsdm-2026");
        String hostile = "<img src=x onerror=alert(1)> Siregar";
        HttpResponse<String> created = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/staff")).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"nip\":\"198503152010011002\",\"fullName\":"
                        + JSON.writeValueAsString(hostile) + ",\"employmentType\":\"PNS\",\"rank\":\"III/c\",\"positionName\":\"Analis\","
                        + "\"positionKind\":\"FUNGSIONAL\",\"positionClass\":9,\"unitCode\":\"SKM\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(created.body(), 201, created.statusCode());
        WebElement query = browser.findElement(By.id("q"));
        query.clear();
        query.sendKeys("198503152010011002");
        browser.findElement(By.id("search")).click();
        waitForText(By.cssSelector("#staff-table td.name"), "<img");
        assertEquals(hostile, browser.findElement(By.cssSelector("#staff-table td.name")).getText());
        assertNull("no script ran", noAlert());
        assertTrue(browser.findElements(By.cssSelector("#staff-table img")).isEmpty());
    }

    /** English by the switch, remembered after a reload. */
    @Test
    public void s10_englishByTheSwitchRememberedAfterA() throws Exception {
        // the menu entry (inside its group in a long menu: read whether shown or not)
        By staffEntry = By.cssSelector("nav a[data-route='pegawai']");
        browser.findElement(By.id("language")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.attributeContains(staffEntry, "textContent", "Staff"));
        browser.navigate().refresh();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.attributeContains(staffEntry, "textContent", "Staff"));
        browser.findElement(By.id("language")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.attributeContains(staffEntry, "textContent", "Pegawai"));
    }

    /** Administration pages, from the bundles whose API they read: roles with holders, the logs, the modules. */
    @Test
    public void s11_administrationPagesFromTheBundlesWhoseApi() throws Exception {
        menu("peran");
        waitForText(By.cssSelector("section.role[data-role='PERSONNEL_OFFICER'] .members"), OFFICER);
        menu("log");
        waitFor(By.id("log"));
        browser.findElement(By.id("tab-logins")).click();
        waitFor(By.id("tab-logins"));
        WebElement nipFilter = waitFor(By.cssSelector("#log-filter #nip"));
        nipFilter.sendKeys(OFFICER);
        browser.findElement(By.id("filter")).click();
        waitForText(By.id("log"), "Berhasil");
        screenshot("02e-login-log");
        menu("modul");
        waitForText(By.cssSelector("#modules tr[data-module='kinerja-pay']"), "Tersedia");
    }

    /** A module installed at runtime brings its page to the menu at the next load; removed, it takes it away. */
    @Test
    public void s12_aModuleInstalledAtRuntimeBringsIts() throws Exception {
        assertTrue(browser.findElements(By.cssSelector("nav a[data-route='catatan']")).isEmpty());
        platform.client(ADMIN_PASSWORD, "feature:repo-add " + System.getProperty("kinerja.itest.features"), "");
        platform.client(ADMIN_PASSWORD, "kinerja:module-install kinerja-itest-module", "kinerja-itest-module");
        // the module's components come up just after the command returns: a reload or two at most
        reloadUntil(() -> !browser.findElements(By.cssSelector("nav a[data-route='catatan']")).isEmpty());
        menu("catatan");
        waitForText(By.tagName("h1"), "Catatan");
        menu("modul");
        waitForText(By.cssSelector("#modules tr[data-module='kinerja-itest-module']"), "Terpasang");
        platform.client(ADMIN_PASSWORD, "kinerja:module-uninstall kinerja-itest-module", "kinerja-itest-module");
        browser.navigate().refresh();
        waitForText(By.cssSelector("#modules tr[data-module='kinerja-itest-module']"), "Tersedia");
        assertTrue("the module's page left the menu", browser.findElements(By.cssSelector("nav a[data-route='catatan']")).isEmpty());
    }

    /** A lost session: signing in again returns to the same page. */
    @Test
    public void s13_aLostSessionSigningInAgainReturns() throws Exception {
        ((JavascriptExecutor) browser).executeScript("sessionStorage.setItem('kinerja.token', 'kedaluwarsa'); location.hash = '#/';"
                + "location.reload();");
        waitFor(By.id("nip"));
        browser.get(base + "/app/#/pegawai");
        waitFor(By.id("nip"));
        signIn(OFFICER, "Kinerja-Bkpsdm-2026");
        waitFor(By.id("staff-table"));
        assertTrue(browser.getCurrentUrl(), browser.getCurrentUrl().endsWith("#/pegawai"));
    }

    /** A phone: nothing wider than the screen. */
    @Test
    public void s14_aPhoneNothingWiderThanTheScreen() throws Exception {
        browser.manage().window().setSize(new Dimension(360, 740));
        browser.get(base + "/app/#/");
        waitForText(By.tagName("h1"), "Selamat datang");
        width = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth;");
        assertTrue("the page fits 360 px: " + width, width <= 360);
        screenshot("03-home-phone");
        browser.get(base + "/app/#/pegawai");
        waitFor(By.id("staff-table"));
        width = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth;");
        assertTrue("the staff page fits 360 px (the table scrolls inside): " + width, width <= 360);
        screenshot("04-staff-phone");
        browser.manage().window().setSize(new Dimension(1280, 900));
    }

    /** A staff member: no personnel pages in their menu, and the address of one tells them so. */
    @Test
    public void s15_aStaffMemberNoPersonnelPagesIn() throws Exception {
        browser.findElement(By.id("sign-out")).click();
        waitFor(By.id("nip"));
        firstSignIn(STAFF, staffTemporary, "Kinerja-Pegawai-2026");
        assertTrue(browser.findElements(By.cssSelector("nav a[data-route='pegawai']")).isEmpty());
        for (String administration : List.of("peran", "log", "modul")) {
            assertTrue("no " + administration + " for a staff member",
                    browser.findElements(By.cssSelector("nav a[data-route='" + administration + "']")).isEmpty());
        }
        browser.get(base + "/app/#/pegawai");
        waitForText(By.cssSelector("main .error"), "tidak ada");
        screenshot("05-home-staff");
    }

    /** The staff member draws up an SKP: a field error inside a work result's indicator lands at its field. */
    @Test
    public void s16_theStaffMemberDrawsUpAnSkp() throws Exception {
        menu("skp");
        waitFor(By.id("new-plan")).click();
        waitFor(By.id("save-plan"));
        assertTrue("without an approved plan of the supervisor the work result names a unit goal",
                browser.findElement(By.cssSelector("select.supports")).getText().contains("sasaran unit"));
        fill(Map.of("workResults-0--text", "Data mutasi pegawai terentri tepat waktu", "workResults-0--unitGoal", "Layanan kepegawaian tepat waktu",
                "workResults-0--indicators-0--description", "Berkas mutasi dientri", "workResults-0--indicators-0--unit", "berkas"));
        browser.findElement(By.id("save-plan")).click();
        waitForText(By.id("workResults-0--indicators-0--target-error"), "wajib");
        browser.findElement(By.id("workResults-0--indicators-0--target")).sendKeys("500");
        browser.findElement(By.id("save-plan")).click();
        waitForText(By.id("plan-status"), "Rancangan");
        browser.findElement(By.id("submit-plan")).click();
        waitForText(By.id("plan-status"), "Diajukan");
        screenshot("06-skp-submitted");
    }

    /** The supervisor approves it from the rater's desk, where the staff member is named. */
    @Test
    public void s17_theSupervisorApprovesItFromTheRaters() throws Exception {
        browser.findElement(By.id("sign-out")).click();
        firstSignIn(SUPERVISOR, supervisorTemporary, "Kinerja-Atasan-2026");
        // the bell says so too: the plan's submission told its rater
        waitForText(By.id("bell-count"), "1");
        waitForText(By.cssSelector("#task-approve .count"), "1");
        screenshot("06b-home-tasks");
        browser.findElement(By.cssSelector("#task-approve a")).click();
        waitForText(By.cssSelector("section.queued h3"), STAFF);
        screenshot("07-skp-queue");
        browser.findElement(By.id("comment-" + browser.findElement(By.cssSelector("section.queued")).getAttribute("data-plan")))
                .sendKeys("Setuju, lanjutkan");
        browser.findElement(By.cssSelector("section.queued button.approve")).click();
        waitFor(By.id("queue-empty"));
    }

    /** The staff member logs an activity with an evidence file, reports the month's realisation, opens the quarter's evaluation and assesses it. */
    @Test
    public void s18_theStaffMemberLogsAnActivityWith() throws Exception {
        browser.findElement(By.id("sign-out")).click();
        signIn(STAFF, "Kinerja-Pegawai-2026");
        waitForText(By.id("task-my-plan"), "Disetujui");
        browser.findElement(By.cssSelector("#task-my-plan a")).click();
        waitFor(By.id("activity-form"));
        fill(Map.of("description", "Entri 40 berkas mutasi triwulan IV", "minutesSpent", "150", "outputCount", "40"));
        Path report = Files.createDirectories(SHOTS.getParent().resolve("evidence")).resolve("laporan-mutasi.pdf");
        Files.writeString(report, "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
        browser.findElement(By.id("evidence-file")).sendKeys(report.toAbsolutePath().toString());
        waitForText(By.id("chosen-file"), "laporan-mutasi.pdf");
        browser.findElement(By.id("save-activity")).click();
        waitForText(By.cssSelector("#activities td.evidence"), "laporan-mutasi.pdf");
        WebElement realisation = browser.findElement(By.cssSelector("#realisations input[name='value']"));
        realisation.sendKeys("120");
        browser.findElement(By.cssSelector("#realisations button.save-realisation")).click();
        waitForText(By.cssSelector("#realisations tbody tr"), "Tersimpan");
        assertFits("the plan's page");
        screenshot("08-activity-evidence");
        onAPhone("the plan's page", "08c-plan-phone");
        menu("penilaian");
        waitFor(By.id("open")).click();
        waitForText(By.id("evaluation-status"), "Terbuka");
        new Select(browser.findElement(By.cssSelector("#self-assessment select")))
                .selectByValue("DI_ATAS_EKSPEKTASI");
        browser.findElement(By.id("self-comment")).sendKeys("Target triwulan terlampaui");
        browser.findElement(By.id("save-self")).click();
        waitForText(By.id("self-saved"), "Tersimpan");
    }

    /** A colleague of the seksi gives feedback on one BerAKHLAK value; the form offers the values not given yet. */
    @Test
    public void s19_aColleagueOfTheSeksiGivesFeedback() throws Exception {
        browser.findElement(By.id("sign-out")).click();
        firstSignIn(colleague, colleagueTemporary, "Kinerja-Rekan-2026");
        waitForText(By.cssSelector("#task-feedback .count"), "1");
        browser.findElement(By.cssSelector("#task-feedback a")).click();
        WebElement request = waitFor(By.cssSelector("form.feedback"));
        assertTrue(request.getText(), request.getText().contains("Triwulan"));
        new Select(request.findElement(By.name("value"))).selectByValue("KOLABORATIF");
        new Select(request.findElement(By.name("rating"))).selectByValue("DI_ATAS_EKSPEKTASI");
        request.findElement(By.name("comment")).sendKeys("Sigap membantu rekan");
        request.findElement(By.cssSelector("button.give-feedback")).click();
        waitForText(By.cssSelector("form.feedback"), "Sudah Anda beri: Kolaboratif");
        assertTrue("a value is given once", browser.findElements(By.cssSelector("form.feedback select[name='value'] option[value='KOLABORATIF']")).isEmpty());
        screenshot("08b-feedback");
    }

    /** The supervisor rates: the predikat is shown as it will be before saving, then finalised. */
    @Test
    public void s20_theSupervisorRatesThePredikatIsShown() throws Exception {
        openTask(SUPERVISOR, "Kinerja-Atasan-2026", "task-rate");
        waitFor(By.cssSelector("#rating-queue a")).click();
        waitFor(By.id("rating-form"));
        waitForText(By.tagName("main"), "Sigap membantu rekan");
        for (WebElement select : browser.findElements(By.cssSelector("#rating-form select"))) {
            new Select(select).selectByValue("SESUAI_EKSPEKTASI");
        }
        new Select(browser.findElement(By.id("hasilKerja"))).selectByValue("DI_ATAS_EKSPEKTASI");
        new Select(browser.findElement(By.id("perilaku"))).selectByValue("DI_BAWAH_EKSPEKTASI");
        waitForText(By.id("predikat-preview"), "Kurang/Misconduct");
        new Select(browser.findElement(By.id("perilaku"))).selectByValue("SESUAI_EKSPEKTASI");
        waitForText(By.id("predikat-preview"), "Baik");
        assertFits("the rating form");
        screenshot("09-rating-form");
        onAPhone("the rating form", "09b-rating-phone");
        browser.findElement(By.id("save-rating")).click();
        waitForText(By.id("evaluation-status"), "Sudah dinilai");
        waitForText(By.id("evaluation-predikat"), "Baik");
        browser.findElement(By.id("finalise")).click();
        browser.switchTo().alert().accept();
        waitForText(By.id("evaluation-status"), "Final");
    }

    /** The unit's head sees the distribution drawn against the curve of the organisation predikat, the violations spelled out. */
    @Test
    public void s21_theUnitsHeadSeesTheDistributionDrawn() throws Exception {
        menu("distribusi");
        waitFor(By.id("distribution-chart"));
        new Select(browser.findElement(By.id("organisation"))).selectByValue("BAIK");
        browser.findElement(By.id("set-organisation")).click();
        waitFor(By.cssSelector("#distribution-chart line.limit-max"));
        assertEquals(1, browser.findElements(By.cssSelector("#distribution-chart rect.bar[data-predikat='BAIK']")).size());
        assertTrue(Double.parseDouble(browser.findElement(By.cssSelector("#distribution-chart rect.bar[data-predikat='BAIK']"))
                .getAttribute("width")) > 100);
        waitForText(By.id("violations"), "Paling banyak 70% Baik");
        assertFits("the distribution");
        screenshot("10-distribution");
    }

    /** A unit's head without the whole registry: the staff page starts at the unit they head and offers only their units. */
    @Test
    public void s21a_theUnitsHeadListsTheUnitsTheyHead() throws Exception {
        menu("pegawai");
        waitFor(By.id("staff-table"));
        List<WebElement> units = new Select(browser.findElement(By.id("unit"))).getOptions();
        assertFalse("only the units they head", units.isEmpty() || units.get(0).getAttribute("value").isEmpty());
        assertTrue(browser.findElements(By.className("error")).isEmpty());
        String unitName = units.get(0).getText().strip();
        for (WebElement unit : browser.findElements(By.cssSelector("#staff-table tbody td:nth-child(5)"))) {
            assertTrue(unit.getText() + " under " + unitName, unit.getText().endsWith(unitName));
        }
    }

    /** The staff member reads the predikat, in its history, and may object. */
    @Test
    public void s22_theStaffMemberReadsThePredikatIn() throws Exception {
        browser.findElement(By.id("sign-out")).click();
        signIn(STAFF, "Kinerja-Pegawai-2026");
        waitForText(By.tagName("h1"), "Selamat datang");
        menu("penilaian");
        waitForText(By.id("predikat-history"), "Baik");
        browser.findElement(By.cssSelector("#evaluations a")).click();
        waitForText(By.id("my-predikat"), "Baik");
        waitFor(By.id("objection-form"));
        browser.findElement(By.id("show-audit")).click();
        waitForText(By.id("audit"), "Ditetapkan (final)");
        screenshot("11-my-evaluation");
    }

    /** An objection, decided by the supervisor's own supervisor (the officer) with the predikat it gives shown before. */
    @Test
    public void s23_anObjectionDecidedByTheSupervisorsOwn() throws Exception {
        browser.findElement(By.id("reason")).sendKeys("Realisasi November melampaui target");
        browser.findElement(By.id("file-objection")).click();
        waitForText(By.cssSelector("#objections li.objection"), "Diajukan");
        openTask(OFFICER, "Kinerja-Bkpsdm-2026", "task-objections");
        waitFor(By.cssSelector("#objection-queue a")).click();
        waitFor(By.id("decision-form"));
        new Select(browser.findElement(By.id("perilaku"))).selectByValue("DI_ATAS_EKSPEKTASI");
        waitForText(By.id("objection-preview"), "Sangat Baik");
        browser.findElement(By.id("accept")).click();
        waitForText(By.id("note-error"), "wajib");
        browser.findElement(By.id("note")).sendKeys("Bukti realisasi sah");
        browser.findElement(By.id("accept")).click();
        waitFor(By.id("no-objections"));
        String staffToken = platform.login(STAFF, "Kinerja-Pegawai-2026");
        HttpResponse<String> predikat = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/appraisal/predikat/" + STAFF))
                .header("Authorization", "Bearer " + staffToken).build(), HttpResponse.BodyHandlers.ofString());
        JsonNode history = JSON.readTree(predikat.body());
        assertEquals("the rating's predikat, then the objection's", "BAIK", history.get(0).get("predikat").asText());
        assertEquals("SANGAT_BAIK", history.get(history.size() - 1).get("predikat").asText());
        assertEquals("OBJECTION", history.get(history.size() - 1).get("source").asText());
    }

    /** The API described for the city's developers: Swagger UI from the platform itself, every operation of the installed modules. */
    @Test
    public void s24_theApiDescribedInABrowser() throws Exception {
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api-docs/")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"));
        browser.manage().logs().get(LogType.BROWSER); // what the earlier steps logged
        browser.get(base + "/api-docs/");
        waitFor(By.xpath("//*[contains(@class,'opblock-tag')]//*[text()='id.kinerja.staff']"));
        List<WebElement> operations = browser.findElements(By.cssSelector(".opblock"));
        assertTrue("the core's operations are listed: " + operations.size(), operations.size() > 50);
        waitFor(By.cssSelector("button.authorize"));
        // Swagger UI, for the developers of other systems, is taken as its WebJar ships it (axe finds its own
        // colours and nested controls): pictured, not audited
        picture("24-api-docs");
        List<String> refused = new java.util.ArrayList<>();
        browser.manage().logs().get(LogType.BROWSER).forEach(entry -> {
            if (entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue()) {
                refused.add(entry.getMessage());
            }
        });
        assertEquals("the browser's console stays clean (no content blocked by the policy)", List.of(), refused);
    }

    /** The city's name and logo, set in etc/ on the running platform: shown from the next page load. */
    @Test
    public void s25_theCitysNameAndLogoFromItsSettings() throws Exception {
        Files.writeString(platform.home.resolve("etc/logo-kota.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 64 64\" width=\"64\""
                + " height=\"64\"><circle cx=\"32\" cy=\"32\" r=\"30\" fill=\"#f2a900\"/></svg>");
        // written whole, then moved in (the configuration watcher never reads half a file)
        Path written = Files.writeString(platform.home.resolve("branding.cfg.tmp"), "cityName = Pemerintah Kota Sukamaju\nlogo = ${karaf.etc}/logo-kota.svg\n");
        Files.move(written, platform.home.resolve("etc/id.kinerja.web.branding.cfg"), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        long deadline = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < deadline && browser.findElements(By.cssSelector(".brand img.logo")).isEmpty()) {
            browser.get(base + "/app/");
            Thread.sleep(500);
        }
        assertEquals("Pemerintah Kota Sukamaju", waitFor(By.id("city-name")).getText());
        assertEquals("Kinerja · Pemerintah Kota Sukamaju", browser.getTitle());
        // the logo drawn: loaded from /app/branding/logo within the page's policy
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> ((Number) ((JavascriptExecutor) d).executeScript(
                "const img = document.querySelector('.brand img.logo'); return img && img.complete ? img.naturalWidth : 0;")).longValue() == 64);
        screenshot("25-city-branding");
    }

    /**
     * Salatiga's module made with the kit, installed from its KAR at runtime: the supervisor records a
     * feedback meeting with the staff member and a follow-up for them, from the module's own page.
     */
    @Test
    public void s26_aVendorsModuleFromItsKarTheLeaderRecords() throws Exception {
        Path kar = Path.of(System.getProperty("kinerja.kar.inovasi"));
        assertTrue("the module's KAR is built: " + kar, Files.isRegularFile(kar));
        platform.client(ADMIN_PASSWORD, "kar:install " + kar.toUri(), "");
        browser.get(base + "/app/");
        signOutIfSignedIn();
        signIn(SUPERVISOR, "Kinerja-Atasan-2026");
        menu("rapat");
        waitForText(By.tagName("h1"), "Rapat umpan balik");
        waitFor(By.id("meeting-form"));
        // a date field's typing is the browser's locale; the value itself is ISO
        ((JavascriptExecutor) browser).executeScript("document.getElementById('date').value = '2026-11-30';");
        fill(Map.of("title", "Rapat umpan balik Seksi November", "participants", STAFF,
                "points", "Capaian entri mutasi triwulan IV; kendala berkas tidak lengkap"));
        browser.findElement(By.id("followUps")).sendKeys(STAFF + "; 2026-12-14; Menyusun daftar periksa berkas mutasi");
        browser.findElement(By.cssSelector("#meeting-form button[type='submit']")).click();
        waitForText(By.id("meeting-list"), "Rapat umpan balik Seksi November");
        assertTrue(browser.findElement(By.id("meeting-list")).getText().contains("Menyusun daftar periksa berkas mutasi (terbuka)"));
        assertFits("the meetings page");
        scrollTo("meetings");
        screenshot("26-rapat-umpan-balik");
    }

    /**
     * The staff member reports their follow-up done, then proposes an innovation in the contest the
     * personnel officer opened; the module's pages on a phone. The KAR uninstalled, its pages leave.
     */
    @Test
    public void s27_theStaffMemberReportsTheFollowUpDone() throws Exception {
        HttpResponse<String> opened = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/inovasi/contests"))
                .header("Authorization", "Bearer " + platform.login(OFFICER, "Kinerja-Bkpsdm-2026")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"year\":2026,\"title\":\"Kontes Inovasi Pelayanan 2026\",\"winners\":3,"
                        + "\"criteria\":[{\"name\":\"Kebaruan\",\"weight\":40},{\"name\":\"Manfaat\",\"weight\":60}],\"judges\":[\"" + OFFICER + "\"]}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(opened.body(), 201, opened.statusCode());
        browser.findElement(By.id("sign-out")).click();
        signIn(STAFF, "Kinerja-Pegawai-2026");
        menu("rapat");
        waitForText(By.id("follow-ups"), "Menyusun daftar periksa berkas mutasi");
        WebElement followUp = browser.findElement(By.cssSelector("#follow-ups li[data-follow-up]"));
        followUp.findElement(By.cssSelector("input[name='note']")).sendKeys("Daftar periksa dibagikan ke seksi");
        followUp.findElement(By.cssSelector("button[type='submit']")).click();
        // the note shows only once the follow-up is done ("selesai" alone is also in the button "Tandai selesai")
        waitForText(By.id("follow-ups"), "Daftar periksa dibagikan ke seksi");
        assertEquals("selesai", browser.findElement(By.cssSelector("#follow-ups li[data-follow-up] .badge")).getText());
        onAPhone("the meetings page", "26b-rapat-phone");

        menu("inovasi");
        waitForText(By.cssSelector("section.contest h2"), "Kontes Inovasi Pelayanan 2026");
        WebElement contest = browser.findElement(By.cssSelector("section.contest"));
        String id = contest.getAttribute("data-contest");
        fill(Map.of("title-" + id, "Daftar periksa berkas mutasi daring", "problem-" + id, "Berkas mutasi sering kembali karena tidak lengkap",
                "solution-" + id, "Daftar periksa daring sebelum berkas dikirim"));
        contest.findElement(By.cssSelector("form.proposal-form button[type='submit']")).click();
        waitForText(By.id("my-innovations"), "Daftar periksa berkas mutasi daring");
        assertTrue(browser.findElement(By.id("my-innovations")).getText().contains("diajukan"));
        assertFits("the contest page");
        scrollTo("my-innovations");
        screenshot("27-kontes-inovasi");
        onAPhone("the contest page", "27b-kontes-phone");

        platform.client(ADMIN_PASSWORD, "kar:uninstall " + Path.of(System.getProperty("kinerja.kar.inovasi")).getFileName().toString()
                .replaceFirst("\\.kar$", ""), "");
        reloadUntil(() -> browser.findElements(By.cssSelector("nav a[data-route='rapat']")).isEmpty());
        assertTrue("the module's pages left the menu", browser.findElements(By.cssSelector("nav a[data-route='rapat']")).isEmpty());
        assertTrue(browser.findElements(By.cssSelector("nav a[data-route='inovasi']")).isEmpty());
    }

    /** Someone else of the person's unit, neither them nor their supervisor, as the console lists them. */
    static String colleagueOf(String nip, String supervisor) throws Exception {
        Matcher unit = Pattern.compile("Unit\\s*: (\\S+)").matcher(platform.client(ADMIN_PASSWORD, "kinerja:staff-show " + nip, nip));
        assertTrue(unit.find());
        Matcher members = Pattern.compile("\\b\\d{18}\\b").matcher(platform.client(ADMIN_PASSWORD, "kinerja:staff-list --unit " + unit.group(1), "staff"));
        while (members.find()) {
            if (!members.group().equals(nip) && !members.group().equals(supervisor)) {
                return members.group();
            }
        }
        throw new AssertionError("nobody else in " + unit.group(1));
    }

    /** Another person signs in and follows the home page's task (one waiting) to their list. */
    void openTask(String nip, String password, String task) {
        browser.findElement(By.id("sign-out")).click();
        signIn(nip, password);
        waitForText(By.cssSelector("#" + task + " .count"), "1");
        browser.findElement(By.cssSelector("#" + task + " a")).click();
    }


    @AfterClass
    public static void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (platform != null) {
            platform.stop();
        }
    }
}
