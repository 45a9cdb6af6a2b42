package org.nadiya.testsupport;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Headless Debian Chromium for browser tests (never a downloaded browser); see {@link RequiresChromium}. */
public final class Chromium {

    private Chromium() {
    }

    public static WebDriver start(int width, int height) throws Exception {
        String driver = System.getenv().getOrDefault("NADIYA_TEST_CHROMEDRIVER", "/usr/bin/chromedriver");
        var options = new ChromeOptions();
        options.setBinary(System.getenv("NADIYA_TEST_CHROMIUM"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=" + width + "," + height,
                "--user-data-dir=" + Files.createTempDirectory("nadiya-chromium"));
        var service = new ChromeDriverService.Builder().usingDriverExecutable(new File(driver)).usingAnyFreePort().build();
        WebDriver browser = new ChromeDriver(service, options);
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
        return browser;
    }

    /** Saves what the browser shows to target/screenshots/NAME.png, for a person to look at. */
    public static void screenshot(WebDriver browser, String name) throws Exception {
        Path dir = Path.of("target/screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
