package id.kinerja.itests;

import static org.junit.Assert.assertTrue;

import java.io.File;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/** Debian's headless chromium through chromium-driver (both installed by {@code .ci/run}), never a downloaded driver. */
final class Chromium {

    private Chromium() {
    }

    /** A new browser with an empty profile (an empty cache), its console kept for the evidence of a failure. */
    static ChromeDriver start() {
        File driver = new File("/usr/bin/chromedriver");
        assertTrue("chromium-driver is installed (.ci/run installs it)", driver.canExecute());
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--window-size=1280,900", "--lang=id");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, java.util.logging.Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        return new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(driver).build(), options);
    }
}
