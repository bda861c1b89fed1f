package id.kinerja.itests;

import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.After;
import org.junit.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Not a test: the web application's figures, measured in the real browser against the distribution
 * started as README command 1 starts it, with the demo city loaded. Run it on its own (README,
 * "Benchmarks"): {@code mvn -B -o verify -pl itests/karaf-tests -Dit.test=WebAppBenchmark}.
 * <ul>
 * <li>time from navigation to the home page fully drawn (its cards' data shown), with an empty cache
 * (a new browser profile) and a warm one (the same browser again; files answered 304), as the
 * browser's own clock measures it ({@code performance.mark} when drawn);</li>
 * <li>bytes transferred for the first load (compressed, as on the wire);</li>
 * <li>API calls each page makes until it is drawn.</li>
 * </ul>
 * Prints the figures and writes them to {@code target/webapp-benchmark.txt}.
 */
public class WebAppBenchmark {

    static final String ADMIN_PASSWORD = "Admin-Benchmark-2026";
    static final String OFFICER = "197903182013102070";
    static final String SUPERVISOR = "197802012012031076";
    static final int WARM_ROUNDS = 7;
    static final List<String> PAGES = List.of("pegawai", "unit-kerja", "skp", "penilaian", "penilai", "umpan-balik", "distribusi", "peran", "log",
            "modul");

    LocalPlatform platform;
    ChromeDriver browser;

    @Test
    public void measure() throws Exception {
        platform = LocalPlatform.demoCity("benchmark", ADMIN_PASSWORD, OFFICER);
        String token = signedIn(OFFICER);
        StringBuilder report = new StringBuilder("Web application, demo city, personnel officer, localhost, headless chromium\n");

        browser = Chromium.start();
        double cold = home(token);
        long bytes = transferred();
        List<Double> warm = new ArrayList<>();
        for (int i = 0; i < WARM_ROUNDS; i++) {
            warm.add(home(token));
        }
        Collections.sort(warm);
        report.append(String.format("home drawn, cold cache: %.0f ms%n", cold));
        report.append(String.format("home drawn, warm cache: median %.0f ms of %d (min %.0f, max %.0f)%n", warm.get(WARM_ROUNDS / 2), WARM_ROUNDS,
                warm.get(0), warm.get(WARM_ROUNDS - 1)));
        report.append(String.format("first load transferred: %.1f KB (compressed, files and API answers)%n", bytes / 1024.0));
        report.append(String.format("API calls until drawn: home %d", apiCalls()));
        for (String page : PAGES) {
            report.append(String.format(", %s %d", page, apiCallsOf(page)));
        }
        report.append('\n');
        System.out.print(report);
        Files.writeString(Path.of("target", "webapp-benchmark.txt"), report);
        assertTrue(report.toString(), cold > 0);
    }

    /** The officer's password changed once, as a first sign-in does; their token. */
    String signedIn(String nip) throws Exception {
        String temporary = platform.temporaryPassword(ADMIN_PASSWORD, nip);
        String token = platform.login(nip, temporary);
        java.net.http.HttpResponse<String> changed = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(platform.base() + "/api/v1/auth/password")).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                        "{\"current\":\"" + temporary + "\",\"password\":\"Kinerja-Bench-2026\"}")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertTrue(changed.body(), changed.statusCode() == 200);
        return platform.login(nip, "Kinerja-Bench-2026");
    }

    /** Navigates to the home page with the session in the tab; milliseconds from navigation start to drawn. */
    double home(String token) {
        browser.get(platform.base() + "/api/v1/");
        js("sessionStorage.setItem('kinerja.token', arguments[0]);", token);
        browser.get(platform.base() + "/app/#/");
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> "home".equals(js("return document.body.dataset.drawn;")));
        return ((Number) js("return performance.getEntriesByName('kinerja-drawn-home')[0].startTime;")).doubleValue();
    }

    /** Bytes on the wire for the document and everything it fetched. */
    long transferred() {
        return ((Number) js("return performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))"
                + ".reduce((sum, e) => sum + e.transferSize, 0);")).longValue();
    }

    long apiCalls() {
        return ((Number) js("return performance.getEntriesByType('resource').filter((e) => e.name.includes('/api/v1/')).length;")).longValue();
    }

    /** The API calls a page makes from the moment it is asked for until it is drawn. */
    long apiCallsOf(String route) throws InterruptedException {
        js("performance.clearResourceTimings(); location.hash = '#/' + arguments[0];", route);
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> route.equals(js("return document.body.dataset.drawn;")));
        Thread.sleep(300);
        return apiCalls();
    }

    Object js(String script, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(script, arguments);
    }

    @After
    public void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (platform != null) {
            platform.stop();
        }
    }
}
