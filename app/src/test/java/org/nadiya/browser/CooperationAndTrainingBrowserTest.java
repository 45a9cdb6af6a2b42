package org.nadiya.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

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

/** The prosecutor's overdue request from the home page to a new request; the coordinator's training report. */
@ExtendWith(RequiresChromium.class)
@NadiyaTest
class CooperationAndTrainingBrowserTest extends ChromiumPageTest {

    private WebDriverWait signIn(String user) {
        Chromium.signIn(browser, "http://localhost:" + port + "/login?lang=en", user, DemoUsers.PASSWORD);
        var wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Welcome"));
        return wait;
    }

    @Test
    void theProsecutorSeesTheOverdueRequestFirstAndDraftsANewOne() throws Exception {
        var wait = signIn("prosecutor");
        var overdue = browser.findElement(By.id("overdue-cooperation"));
        assertThat(overdue.isDisplayed()).isTrue();
        assertThat(overdue.getText()).contains("MLA-DEMO-2025/03", "Moldova");
        screenshot("home-overdue-cooperation");
        overdue.findElement(By.linkText("MLA-DEMO-2025/03")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "MLA-DEMO-2025/03"));
        assertThat(browser.findElement(By.cssSelector("main [role=alert]")).getText()).contains("days overdue");

        browser.get("http://localhost:" + port + "/cooperation/new");
        new Select(browser.findElement(By.id("proceedingId"))).selectByIndex(1);
        browser.findElement(By.cssSelector("main form[method=get] button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("reference")));
        browser.findElement(By.id("reference")).sendKeys("BROWSER-1");
        new Select(browser.findElement(By.id("countryCode"))).selectByValue("PL");
        browser.findElement(By.id("subject-BANK_RECORDS")).click();
        browser.findElement(By.cssSelector("main form[method=post] button[type=submit]")).click();
        // the authority is missing: the browser's own check stops the form on the empty required field
        assertThat(browser.findElement(By.id("authority")).getDomProperty("validationMessage")).isNotEmpty();
        browser.findElement(By.id("authority")).sendKeys("Prokuratura (browser test)");
        browser.findElement(By.cssSelector("main form[method=post] button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "BROWSER-1"));
        screenshot("cooperation-request");
    }

    @Test
    void theCoordinatorReadsTheTrainingReportOfTheSeedsCycle() throws Exception {
        var wait = signIn("coordinator");
        browser.findElement(By.linkText("Training")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Capacity building"));
        browser.get("http://localhost:" + port + "/training/report?from=2025-01-01&to=2025-12-31");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "distinct persons): 49"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("SBI", "Tracking financial traces");
        screenshot("training-report");
    }
}
