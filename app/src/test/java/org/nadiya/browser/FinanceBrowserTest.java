package org.nadiya.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The prosecutor uploads a statement on the financial analysis tab (htmx with a progress bar), runs an analysis,
 * waits for it (progress polled by htmx), filters the findings, sees the money-flow graph drawn and confirms one.
 */
@ExtendWith(RequiresChromium.class)
@NadiyaTest
class FinanceBrowserTest extends ChromiumPageTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void uploadAnalyseSeeTheGraphAndConfirmAFinding() throws Exception {
        long proceeding = jdbc.sql("select proceeding_id from finance_analysis where started_by = 'prosecutor' order by id")
                .query(Long.class).list().get(0);
        Chromium.signIn(browser, "http://localhost:" + port + "/login", "prosecutor", DemoUsers.PASSWORD);
        var wait = new WebDriverWait(browser, Duration.ofSeconds(30));

        String name = "browser-" + System.nanoTime() + ".csv";
        Path file = Files.createTempDirectory("nadiya-browser").resolve(name);
        var csv = new StringBuilder("id,timestamp,from_account,to_account,amount,currency\n");
        Instant start = Instant.parse("2026-03-01T08:00:00Z");
        for (int i = 1; i <= 14; i++) {
            csv.append("B").append(i).append(System.nanoTime()).append(',').append(start.plusSeconds(1800L * i))
                    .append(",BPAYER").append(i).append(",BCOLLECTOR,").append(500 + i).append(".00,UAH\n");
        }
        Files.writeString(file, csv, StandardCharsets.UTF_8);

        browser.get("http://localhost:" + port + "/proceedings/" + proceeding + "/finance");
        browser.findElement(By.id("file")).sendKeys(file.toString());
        browser.findElement(By.cssSelector("#finance-upload button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("statements"), ""));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), name));
        screenshot("finance-statements");

        browser.findElement(By.cssSelector("form[action$='/finance/analyses'] button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.findings")));
        new Select(browser.findElement(By.id("typology"))).selectByValue("fan-in");
        browser.findElement(By.cssSelector("form.filters button")).click();
        wait.until(ExpectedConditions.urlContains("typology=fan-in"));
        screenshot("finance-findings");
        browser.findElement(By.cssSelector("table.findings tbody tr td a")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#finance-graph canvas")));
        browser.findElement(By.cssSelector("input[name=state][value=CONFIRMED]")).click();
        browser.findElement(By.id("note")).sendKeys("Збір коштів з потерпілих");
        browser.findElement(By.cssSelector("form[action$='/review'] button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("review-state"), "Підтверджено"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#finance-graph canvas")));
        assertThat(browser.findElement(By.id("review-state")).getText()).contains("prosecutor");
        screenshot("finance-finding");
    }
}
