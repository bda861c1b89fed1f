package id.kinerja.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.Rule;
import org.junit.rules.TestWatcher;
import org.junit.runner.Description;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What a tour of the web application in a real browser works with (Debian's headless chromium
 * through chromium-driver, against the distribution started as README command 1 starts it): one
 * platform and one browser per class, set by its {@code @BeforeClass}; signing in, waiting for what
 * a page shows, a 360 px phone, screenshots in {@code target/screenshots}, and on a failure the page
 * and the browser's console named after the step.
 */
abstract class BrowserTour {

    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final Path SHOTS = Path.of("target", "screenshots");

    /** The demo's BKPSDM bidang head, made personnel officer (as in the README tour): also the city's complaints desk. */
    static final String OFFICER = "197903182013102070";
    /** A demo staff member without a personnel role. */
    static final String STAFF = "199207062019031077";

    static LocalPlatform platform;
    static WebDriver browser;
    static String base;

    /** On a failure: the page as it was and the browser's console, named after the step. */
    @Rule
    public TestWatcher evidenceOnFailure = new TestWatcher() {
        @Override
        protected void failed(Throwable e, Description step) {
            evidence("failure-" + step.getMethodName());
        }
    };

    /** Scrolls the element with this id to the top of the window (for a screenshot of what it shows). */
    void scrollTo(String id) {
        ((JavascriptExecutor) browser).executeScript("document.getElementById(arguments[0]).scrollIntoView()", id);
    }

    /** Signs out when someone is signed in (the sign-in form shown either way). */
    void signOutIfSignedIn() {
        waitFor(By.cssSelector("#nip, #sign-out"));
        if (!browser.findElements(By.id("sign-out")).isEmpty()) {
            browser.findElement(By.id("sign-out")).click();
        }
    }

    /** Signing in with a temporary password: the new one chosen, then the home page. */
    void firstSignIn(String nip, String temporary, String chosen) {
        signIn(nip, temporary);
        waitFor(By.id("current"));
        browser.findElement(By.id("password")).sendKeys(chosen);
        browser.findElement(By.id("repeat")).sendKeys(chosen);
        browser.findElement(By.id("save-password")).click();
        waitForText(By.tagName("h1"), "Selamat datang");
    }

    /**
     * Reloads the page until it shows what a module installed or removed at runtime changes (its
     * components come and go just after the console command returns), for at most 30 s.
     */
    void reloadUntil(java.util.function.BooleanSupplier shown) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        do {
            browser.navigate().refresh();
            // the menu (nav) is drawn once the person's menu was read; the sign-in page has the NIP field
            waitFor(By.cssSelector("nav, #nip"));
            if (shown.getAsBoolean()) {
                return;
            }
            Thread.sleep(500);
        } while (System.currentTimeMillis() < deadline);
        assertEquals("what the module changes is shown after 30 s", true, shown.getAsBoolean());
    }

    /** Nothing on the page is wider than the window (a table scrolls inside its own box); the widest culprits are named. */
    void assertFits(String page) {
        String overflow = (String) ((JavascriptExecutor) browser).executeScript("const w = document.documentElement.clientWidth;"
                + "if (document.documentElement.scrollWidth <= w) { return ''; }"
                + "return [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > w + 1 && !e.closest('.table-wrap'))"
                + ".slice(0, 5).map((e) => `${e.tagName}#${e.id}.${e.className} ${Math.round(e.getBoundingClientRect().right)}px`).join(', ');");
        assertEquals(page + " is wider than the window", "", overflow);
    }

    /** The page as it is, on a 360 px phone: nothing wider than the screen; then back to the desktop. */
    void onAPhone(String page, String shot) throws Exception {
        browser.manage().window().setSize(new Dimension(360, 740));
        try {
            assertFits(page + " on a phone");
            screenshot(shot);
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    /**
     * Opens a page from the menu: its link, or, in a long menu, its module's group first.
     */
    void menu(String route) {
        By link = By.cssSelector("nav a[data-route='" + route + "']");
        WebElement entry = new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(link));
        if (!entry.isDisplayed()) {
            entry.findElement(By.xpath("ancestor::details[contains(@class, 'menu-group')]/summary")).click();
        }
        waitFor(link).click();
    }

    /** Types a value into each field named by its id, once the page has drawn it (a page draws after its data arrives). */
    void fill(Map<String, String> fields) {
        fields.forEach((id, value) -> waitFor(By.id(id)).sendKeys(value));
    }

    void signIn(String nip, String password) {
        WebElement field = waitFor(By.id("nip"));
        field.clear();
        field.sendKeys(nip);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("sign-in")).click();
    }

    WebElement waitFor(By by) {
        return new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    void waitForText(By by, String text) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    /** The text of an alert the page opened, {@code null} if none did. */
    String noAlert() {
        try {
            return new WebDriverWait(browser, Duration.ofMillis(500)).until(ExpectedConditions.alertIsPresent()).getText();
        } catch (org.openqa.selenium.TimeoutException none) {
            return null;
        }
    }

    /** A picture of the page, which is also audited for accessibility (see {@link #accessible}). */
    void screenshot(String name) throws Exception {
        picture(name);
        accessible(name);
    }

    void picture(String name) throws Exception {
        Files.createDirectories(SHOTS);
        Files.write(SHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    /**
     * The page as it is now audited by axe-core against WCAG 2.1 A and AA (every field labelled,
     * every control named, text in contrast, one main landmark, the language said): a page a test
     * takes a picture of is a page people use.
     */
    void accessible(String page) throws Exception {
        // in the page (legacy mode: the pages have no frames, and axe's frame-by-frame run opens a window of its own
        // for every audit: 0.72 s an audit instead of 1.16, measured over WebAppIT's 25)
        com.deque.html.axecore.results.Results audit = new com.deque.html.axecore.selenium.AxeBuilder()
                .setLegacyMode(true).disableIframeTesting().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(browser);
        StringBuilder found = new StringBuilder();
        for (com.deque.html.axecore.results.Rule rule : audit.getViolations()) {
            found.append(rule.getId()).append(" (").append(rule.getImpact()).append("): ").append(rule.getHelp()).append('\n');
            rule.getNodes().stream().limit(5).forEach(node -> found.append("  ").append(node.getTarget()).append(" ")
                    .append(node.getFailureSummary() == null ? "" : node.getFailureSummary().replace('\n', ' ')).append('\n'));
        }
        Files.createDirectories(SHOTS.resolve("a11y"));
        Files.writeString(SHOTS.resolve("a11y").resolve(page + ".txt"), audit.getPasses().size() + " rules passed\n" + found);
        assertTrue("axe-core ran its rules on " + page, audit.getPasses().size() > 10);
        assertEquals(page + ": WCAG 2.1 AA violations", "", found.toString());
    }

    /** After a failure: the page as it was and the browser's console. */
    void evidence(String name) {
        try {
            picture(name);
            StringBuilder console = new StringBuilder();
            browser.manage().logs().get(LogType.BROWSER).forEach(entry -> console.append(entry).append('\n'));
            Files.writeString(SHOTS.resolve(name + "-console.txt"), console + "\nURL: " + browser.getCurrentUrl());
        } catch (Exception | Error ignored) {
            // the failure itself is what matters
        }
    }

}
