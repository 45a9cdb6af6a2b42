package org.nadiya.testsupport;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Headless Debian Chromium for browser tests (NADIYA_TEST_CHROMIUM, NADIYA_TEST_CHROMEDRIVER); never a download. */
public final class Chromium {

    private Chromium() {
    }

    public static ChromeDriver start(int width, int height) throws IOException {
        String driver = System.getenv().getOrDefault("NADIYA_TEST_CHROMEDRIVER", "/usr/bin/chromedriver");
        var options = new ChromeOptions();
        options.setBinary(System.getenv("NADIYA_TEST_CHROMIUM"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=" + width + "," + height,
                "--user-data-dir=" + Files.createTempDirectory("nadiya-chromium"));
        var service = new ChromeDriverService.Builder().usingDriverExecutable(new File(driver)).usingAnyFreePort().build();
        var browser = new ChromeDriver(service, options);
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
        return browser;
    }

    /** Saves a screenshot to target/screenshots/NAME.png (looked at by people, asserted by nobody). */
    public static void screenshot(WebDriver browser, String name) throws IOException {
        Path dir = Path.of("target/screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
