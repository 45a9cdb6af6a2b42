package org.nadiya.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nadiya.testsupport.Chromium;
import org.nadiya.testsupport.DemoUsers;
import org.nadiya.testsupport.NadiyaTest;
import org.nadiya.testsupport.RequiresChromium;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.nadiya.security.FieldEncryption;
import org.nadiya.testsupport.StoredIdentifiers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 8 "done when" in Chromium: the demo prosecutor pastes an ad whose Viber number a demo proceeding holds and
 * the page shows the hit with a link to that proceeding; an analyst uploads a batch and htmx polls the progress
 * until the results table appears (no inline script under the CSP).
 */
@ExtendWith(RequiresChromium.class)
@NadiyaTest
class AdScreeningBrowserTest extends ChromiumPageTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FieldEncryption encryption;

    @Test
    void aPastedAdShowsAHitOnAProceedingsPhone() throws Exception {
        long proceeding = StoredIdentifiers.proceedingHolding(jdbc, encryption, "+12025550177");
        Chromium.signIn(browser, "http://localhost:" + port + "/login", "prosecutor", DemoUsers.PASSWORD);
        var wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get("http://localhost:" + port + "/screening?lang=en");
        browser.findElement(By.id("text")).sendKeys("Urgent! Girls 18-25 wanted as hostesses in Berlin, no experience. "
                + "Write only on Viber +1 (202) 555-0177");
        browser.findElement(By.cssSelector("form[action='/screening'] button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("result")));
        var hit = browser.findElement(By.cssSelector("td.hit-cell a.hit-open"));
        assertThat(browser.findElement(By.cssSelector("td.hit-cell .hit")).getText()).isEqualTo("Hit");
        assertThat(hit.getText()).isEqualTo("proceeding no. " + proceeding);
        assertThat(hit.getAttribute("href")).endsWith("/proceedings/" + proceeding);
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", hit);
        screenshot("screening-pasted-ad-hit");
    }

    @Test
    void anUploadedBatchIsPolledUntilItsResultsShow() throws Exception {
        Path file = Files.createTempFile("ads", ".jsonl");
        var lines = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            lines.append("{\"id\":\"b-").append(i).append("\",\"text\":\"")
                    .append(i % 2 == 0 ? "ТЕРМІНОВО! Дівчата 18-25, хостес у Дубаї, без досвіду, квитки за наш рахунок."
                            : "Бухгалтер у Львові, ТОВ Приклад, офіційне працевлаштування.").append(" №").append(i)
                    .append("\"}\n");
        }
        Files.writeString(file, lines, StandardCharsets.UTF_8);
        Chromium.signIn(browser, "http://localhost:" + port + "/login", "analyst", DemoUsers.PASSWORD);
        var wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.get("http://localhost:" + port + "/screening/batches?lang=en");
        browser.findElement(By.id("source")).sendKeys("Browser test channel");
        browser.findElement(By.id("file")).sendKeys(file.toString());
        browser.findElement(By.id("upload")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("progress-bar")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ads")));
        assertThat(browser.findElement(By.id("progress-count")).getText()).isEqualTo("400 of 400 screened");
        assertThat(browser.findElement(By.id("counts")).getText()).startsWith("High risk: 200");
        assertThat(browser.findElements(By.cssSelector("#ads tbody tr")).get(0).getAttribute("data-level")).isEqualTo("high");
        screenshot("screening-batch-results");
        Files.deleteIfExists(file);
    }
}
