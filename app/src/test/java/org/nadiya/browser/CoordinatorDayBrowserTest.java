package org.nadiya.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nadiya.testsupport.Chromium;
import org.nadiya.testsupport.DemoUsers;
import org.nadiya.testsupport.NadiyaTest;
import org.nadiya.testsupport.RequiresChromium;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The coordinator's day in the real UI (headless Debian Chromium): register a person, record the consent, add a
 * need, send a referral to the demo NGO; the partner signs in and accepts it; the coordinator sees it accepted on
 * the dashboard.
 */
@ExtendWith(RequiresChromium.class)
@NadiyaTest
class CoordinatorDayBrowserTest extends ChromiumPageTest {

    private static final String PARTNER = "NGO_DEMO_SVITANOK";

    private WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    private void signIn(String username) {
        Chromium.signIn(browser, "http://localhost:" + port + "/login?lang=uk", username, DemoUsers.PASSWORD);
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
        browser.findElement(By.id("familyName")).sendKeys("Вигадана");
        browser.findElement(By.id("givenName")).sendKeys("Браузерна");
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

        // The photo: stored encrypted, shown only with the identity after a reason.
        var png = java.nio.file.Files.createTempFile("nadiya-photo", ".png");
        java.nio.file.Files.write(png, org.nadiya.victims.PersonRecordsTestImage.PNG);
        browser.findElement(By.id("photo")).sendKeys(png.toAbsolutePath().toString());
        browser.findElement(By.cssSelector("#photo-form button[type=submit]")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("identity-form")));
        assertThat(browser.findElements(By.id("identity-photo"))).isEmpty();
        browser.findElement(By.id("reason")).sendKeys("Підготовка першої зустрічі (браузерний тест)");
        browser.findElement(By.cssSelector("#identity-form button[type=submit]")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("identity-photo")));
        screenshot("coordinator-day-identity");

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
        browser.findElement(By.cssSelector("#move-ACCEPTED button[type=submit]")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Прийнято"));

        signIn("coordinator");
        browser.get("http://localhost:" + port + "/coordinator");
        By row = By.cssSelector("tr[data-referral='" + referral + "'] .referral-status");
        waiting().until(ExpectedConditions.presenceOfElementLocated(row));
        assertThat(browser.findElement(row).getText()).startsWith("Прийнято");
        assertThat(browser.findElement(By.id("caseload")).getText()).contains("coordinator");
        screenshot("coordinator-day-dashboard");
    }
}

