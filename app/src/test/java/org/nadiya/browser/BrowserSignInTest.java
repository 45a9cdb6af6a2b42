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
import org.openqa.selenium.support.ui.WebDriverWait;

/** Drives the real UI in headless Chromium (Debian's package, never a downloaded browser). */
@ExtendWith(RequiresChromium.class)
@NadiyaTest
class BrowserSignInTest extends ChromiumPageTest {

    @Test
    void aDemoUserSignsInOpensAPageAndSwitchesLanguage() throws Exception {
        browser.manage().deleteAllCookies();
        browser.get("http://localhost:" + port + "/");
        assertThat(browser.getCurrentUrl()).endsWith("/login");
        browser.findElement(By.id("username")).sendKeys("prosecutor");
        browser.findElement(By.id("password")).sendKeys(DemoUsers.PASSWORD);
        browser.findElement(By.cssSelector("#login-form button[type=submit]")).click();

        var wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Вітаємо"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Прокурорка Демо-Вигадана");
        assertThat(browser.findElements(By.linkText("Користувачі"))).as("no admin link for a prosecutor").isEmpty();

        browser.findElement(By.linkText("ENG")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Welcome"));

        browser.findElement(By.linkText("Account")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Account"));
        assertThat(browser.getPageSource()).contains("prosecutor");
        screenshot("account");

        browser.findElement(By.linkText("Proceedings")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Criminal proceedings"));
        screenshot("proceedings");
        browser.findElement(By.cssSelector("table tbody tr td a")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("timeline")));
        screenshot("workspace");
        browser.findElement(By.id("note-text")).sendKeys("Нотатка з браузера");
        browser.findElement(By.cssSelector("#notes + div form button, form[action$='/notes'] button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Нотатка з браузера"));
    }

    @Test
    void theApiDocumentationRendersUnderTheContentSecurityPolicy() throws Exception {
        Chromium.signIn(browser, "http://localhost:" + port + "/login", "analyst", DemoUsers.PASSWORD);
        browser.get("http://localhost:" + port + "/swagger-ui.html");
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "/api/v1/me"));
        screenshot("swagger-ui");
    }

    @Test
    void aWrongPasswordKeepsTheUserOnTheLoginPageWithAnError() {
        browser.manage().deleteAllCookies();
        browser.get("http://localhost:" + port + "/login?lang=uk");
        browser.findElement(By.id("username")).sendKeys("researcher");
        browser.findElement(By.id("password")).sendKeys("not-the-password");
        browser.findElement(By.cssSelector("#login-form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[role=alert]")));
        assertThat(browser.getCurrentUrl()).contains("/login?error");
    }
}
