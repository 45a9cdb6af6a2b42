package org.nadiya.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nadiya.testsupport.Chromium;
import org.nadiya.testsupport.DemoUsers;
import org.nadiya.testsupport.NadiyaTest;
import org.nadiya.testsupport.RequiresChromium;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An analyst's ad batch runs as a job; the administrator reads it on the jobs page at 1366 and 390 px, in Ukrainian
 * and English, without sideways scrolling and without a code or English word on the Ukrainian page.
 */
@ExtendWith(RequiresChromium.class)
@NadiyaTest
class JobsBrowserTest extends ChromiumPageTest {

    @Test
    void theAdministratorReadsTheAnalystsBatchJobAtBothWidthsInBothLanguages() throws Exception {
        var file = Files.createTempFile("ads", ".jsonl");
        Files.writeString(file, "{\"id\":\"j-1\",\"text\":\"Дівчата 18-25, хостес у Дубаї, квитки за наш рахунок.\"}\n"
                + "{\"id\":\"j-2\",\"text\":\"Бухгалтер у Львові, офіційне працевлаштування.\"}\n", StandardCharsets.UTF_8);
        Chromium.signIn(browser, "http://localhost:" + port + "/login", "analyst", DemoUsers.PASSWORD);
        var wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.get("http://localhost:" + port + "/screening/batches");
        browser.findElement(By.id("source")).sendKeys("Канал для перевірки завдань");
        browser.findElement(By.id("file")).sendKeys(file.toString());
        browser.findElement(By.id("upload")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ads")));
        Files.deleteIfExists(file);

        Chromium.signIn(browser, "http://localhost:" + port + "/login", "admin", DemoUsers.PASSWORD);
        for (int width : new int[] {1366, 390}) {
            browser.manage().window().setSize(new Dimension(width, 1000));
            for (String lang : new String[] {"uk", "en"}) {
                browser.get("http://localhost:" + port + "/admin/jobs?lang=" + lang);
                String h1 = browser.findElement(By.tagName("h1")).getText();
                assertThat(h1).isEqualTo("uk".equals(lang) ? "Фонові завдання" : "Background jobs");
                String row = browser.findElement(By.cssSelector("table tbody tr")).getText();
                assertThat(row).contains("analyst", "uk".equals(lang) ? "Перевірка пакета оголошень" : "Ad batch screening",
                        "uk".equals(lang) ? "Завершено" : "Done");
                if ("uk".equals(lang)) {
                    assertThat(browser.findElement(By.tagName("main")).getText())
                            .doesNotContain("screening.batch", "DONE", "Done", "Ad batch");
                }
                assertThat((Long) ((JavascriptExecutor) browser).executeScript(
                        "return document.documentElement.scrollWidth")).as("no sideways scrolling at %d px", width)
                        .isLessThanOrEqualTo((long) width);
                screenshot("admin-jobs-" + width + "-" + lang);
            }
        }
        browser.manage().window().setSize(new Dimension(1280, 1400));
    }
}
