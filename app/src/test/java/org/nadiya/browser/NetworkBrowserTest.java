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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A prosecutor adds an identifier on the links page and sees the network drawn by Cytoscape.js under the CSP. */
@ExtendWith(RequiresChromium.class)
@NadiyaTest
class NetworkBrowserTest extends ChromiumPageTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void theProsecutorAddsAnIdentifierAndSeesTheNetworkDrawn() throws Exception {
        long proceeding = jdbc.sql("select t.proceeding_id from team_member t join app_user u on u.id = t.user_id"
                + " where u.username = 'prosecutor' order by t.proceeding_id").query(Long.class).list().get(0);
        Chromium.signIn(browser, "http://localhost:" + port + "/login", "prosecutor", DemoUsers.PASSWORD);
        var wait = new WebDriverWait(browser, Duration.ofSeconds(20));

        browser.get("http://localhost:" + port + "/proceedings/" + proceeding + "/links");
        new Select(browser.findElement(By.id("kind"))).selectByValue("HANDLE");
        String handle = "@nadiya_browser_" + System.nanoTime() % 100_000;
        browser.findElement(By.id("value")).sendKeys(handle);
        browser.findElement(By.cssSelector("form[action$='/links/identifiers'] button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), handle.substring(1)));

        browser.get("http://localhost:" + port + "/proceedings/" + proceeding + "/network");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#network canvas")));
        assertThat(browser.findElements(By.cssSelector("#network canvas"))).isNotEmpty();
        screenshot("links-network");
    }
}
