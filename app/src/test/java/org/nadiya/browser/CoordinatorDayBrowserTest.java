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

    @org.springframework.beans.factory.annotation.Autowired
    org.nadiya.victims.Persons persons;

    @org.springframework.beans.factory.annotation.Autowired
    org.nadiya.security.UserAdministration users;

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private void setDate(String id, java.time.LocalDate day) {
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "var e = document.getElementById(arguments[0]); e.value = arguments[1];"
                        + " e.dispatchEvent(new Event('change', {bubbles: true}));", id, day.toString());
    }

    /** Issue 17: change a child's data and identity, plan an interview with live warnings, tell the person. */
    @Test
    void changeAPersonPlanAnInterviewWithALiveWarningAndRecordThatThePersonWasTold() throws Exception {
        var today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Kyiv"));
        signIn("coordinator");
        browser.get("http://localhost:" + port + "/persons/new");
        browser.findElement(By.id("familyName")).sendKeys("Вигаданенко");
        browser.findElement(By.id("givenName")).sendKeys("Дитина");
        setDate("birthDate", today.minusYears(12));
        new Select(browser.findElement(By.id("regionCode"))).selectByValue("UA-05");
        browser.findElement(By.cssSelector("form[action$='/persons'] button[type=submit]")).click();
        long person = idFrom("/persons/");

        browser.findElement(By.id("person-edit")).click();
        browser.findElement(By.id("crsv")).click();
        browser.findElement(By.id("reason")).sendKeys("Уточнено зі слів дитини (браузерний тест)");
        browser.findElement(By.cssSelector("#person-edit-form button[type=submit]")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("p.flash"), "Зміни збережено"));

        browser.findElement(By.id("reason")).sendKeys("Виправлення імені (браузерний тест)");
        browser.findElement(By.id("identity-edit")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("identity-edit-form")));
        var given = browser.findElement(By.id("givenName"));
        given.clear();
        given.sendKeys("Дарина");
        browser.findElement(By.id("reason")).sendKeys("Свідоцтво про народження (браузерний тест)");
        screenshot("coordinator-day-identity-edit");
        browser.findElement(By.cssSelector("#identity-edit-form button[type=submit]")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("p.flash"), "Особисті дані змінено"));

        // The warnings appear while the interview is being planned, before anything is submitted.
        setDate("scheduledOn", today.plusDays(3));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("interview-live-warnings"),
                "дитина: без психолога"));
        screenshot("coordinator-day-live-warnings");

        var c = users.find("coordinator").orElseThrow();
        var coordinator = new org.nadiya.security.CurrentUser(c.id(), c.username(), c.displayName(), c.roles(),
                c.agencyCode(), c.regionCode(), c.supervisor());
        long proceeding = jdbc.sql("select min(id) from proceeding").query(Long.class).single();
        persons.link(coordinator, person, proceeding, org.nadiya.victims.PersonKind.VICTIM);
        jdbc.sql("insert into referral_notification (person_id, proceeding_id, from_stage, to_stage, changed_on, created_at)"
                + " values (:p, :pr, 'REGISTERED', 'SUSPICION_NOTIFIED', :on, current_timestamp)")
                .param("p", person).param("pr", proceeding).param("on", today).update();
        long notification = jdbc.sql("select max(id) from referral_notification").query(Long.class).single();
        browser.get("http://localhost:" + port + "/coordinator");
        String pseudonym = persons.open(coordinator, person).pseudonym();
        assertThat(browser.findElement(By.id("inform-" + notification)).getText()).contains(pseudonym, "ЄРДР №");
        new Select(browser.findElement(By.id("how-" + notification))).selectByValue("PHONE");
        screenshot("coordinator-day-inform");
        browser.findElement(By.cssSelector("#inform-" + notification + " button[type=submit]")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("p.flash"), "особу повідомлено"));
        assertThat(browser.findElements(By.id("inform-" + notification))).isEmpty();
    }
}
