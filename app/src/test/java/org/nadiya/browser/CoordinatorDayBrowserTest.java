package org.nadiya.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nadiya.demo.DemoLoader;
import org.nadiya.testsupport.DemoUsers;
import org.nadiya.testsupport.NadiyaTest;
import org.nadiya.testsupport.RequiresChromium;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The coordinator's day in the real UI (headless Debian Chromium): register a person, record the consent, add a
 * need, send a referral to the demo NGO; the partner signs in and accepts it; the coordinator sees it accepted on
 * the dashboard.
 */
@ExtendWith(RequiresChromium.class)
@NadiyaTest
class CoordinatorDayBrowserTest {

    private static final String PARTNER = "NGO_DEMO_SVITANOK";
    private static WebDriver browser;

    @LocalServerPort
    int port;

    @Autowired
    DemoLoader demo;

    @BeforeAll
    static void startBrowser() throws Exception {
        String driver = System.getenv().getOrDefault("NADIYA_TEST_CHROMEDRIVER", "/usr/bin/chromedriver");
        var options = new ChromeOptions();
        options.setBinary(System.getenv("NADIYA_TEST_CHROMIUM"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,1400",
                "--user-data-dir=" + Files.createTempDirectory("nadiya-chromium"));
        var service = new ChromeDriverService.Builder().usingDriverExecutable(new File(driver)).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void demoData() {
        demo.load();
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    private void signIn(String username) {
        browser.manage().deleteAllCookies();
        browser.get("http://localhost:" + port + "/login?lang=uk");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(DemoUsers.PASSWORD);
        browser.findElement(By.cssSelector("#login-form button[type=submit]")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Вітаємо"));
    }

    private long idFrom(String path) {
        waiting().until(ExpectedConditions.urlMatches(path + "\\d+$"));
        Matcher m = Pattern.compile(path + "(\\d+)$").matcher(browser.getCurrentUrl());
        assertThat(m.find()).isTrue();
        return Long.parseLong(m.group(1));
    }

    @Test
    void registerConsentNeedReferralAcceptedByThePartnerSeenOnTheDashboard() throws Exception {
        signIn("coordinator");
        browser.get("http://localhost:" + port + "/persons/new");
        browser.findElement(By.id("nameCyrillic")).sendKeys("Вигадана Браузерна");
        new Select(browser.findElement(By.id("regionCode"))).selectByValue("UA-05");
        browser.findElement(By.cssSelector("form[action$='/persons'] button[type=submit]")).click();
        long person = idFrom("/persons/");
        assertThat(browser.findElement(By.id("coordinator")).getText()).contains("coordinator");

        new Select(browser.findElement(By.id("c-scope"))).selectByValue("SHARE_CASE_DETAILS");
        new Select(browser.findElement(By.id("c-kind"))).selectByValue("PARTNER");
        browser.findElement(By.id("c-recipient")).sendKeys(PARTNER);
        browser.findElement(By.cssSelector("#consent-form button[type=submit]")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("consents"), "Згоди"));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), PARTNER));

        browser.get("http://localhost:" + port + "/referrals/person/" + person);
        new Select(browser.findElement(By.id("category"))).selectByValue("PSYCHOLOGICAL");
        browser.findElement(By.cssSelector("form[action$='/needs'] button[type=submit]")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("select[name=partnerCode]")));
        new Select(browser.findElement(By.cssSelector("select[name=partnerCode]"))).selectByValue(PARTNER);
        browser.findElement(By.cssSelector("form[action*='/send'] button[type=submit]")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Відомості про справу: так"));
        screenshot("coordinator-day-preview");
        browser.findElement(By.cssSelector("form[method=post][action*='/send'] button[type=submit]")).click();
        long referral = idFrom("/referrals/");

        signIn("partner");
        browser.get("http://localhost:" + port + "/referrals/" + referral);
        new Select(browser.findElement(By.id("status"))).selectByValue("ACCEPTED");
        browser.findElement(By.cssSelector("form[action$='/status'] button[type=submit]")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Прийнято"));

        signIn("coordinator");
        browser.get("http://localhost:" + port + "/coordinator");
        By row = By.cssSelector("tr[data-referral='" + referral + "'] .referral-status");
        waiting().until(ExpectedConditions.presenceOfElementLocated(row));
        assertThat(browser.findElement(row).getText()).startsWith("Прийнято");
        assertThat(browser.findElement(By.id("caseload")).getText()).contains("coordinator");
        screenshot("coordinator-day-dashboard");
    }

    private static void screenshot(String name) throws Exception {
        Path dir = Path.of("target/screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
