package org.nadiya.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nadiya.demo.DemoLoader;
import org.nadiya.testsupport.Chromium;
import org.nadiya.testsupport.DemoUsers;
import org.nadiya.testsupport.NadiyaTest;
import org.nadiya.testsupport.RequiresChromium;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An operative screens a person on a phone-sized screen (390 × 844) in English, with consent, and the Lviv
 * coordinator sees the handover; and a screening sent while the API is unreachable is kept (encrypted) through a
 * reload and sent once the API answers again.
 */
@ExtendWith(RequiresChromium.class)
@NadiyaTest
class ScreeningOnAPhoneTest {

    private static ChromeDriver browser;

    @LocalServerPort
    int port;

    @Autowired
    DemoLoader demo;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void startBrowser() throws Exception {
        browser = Chromium.start(390, 844);
        // A desktop window has a minimum width; the device metrics make the viewport a phone's, touch and all.
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 390, "height", 844,
                "deviceScaleFactor", 2, "mobile", true));
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

    private void signIn(String user) {
        Chromium.signIn(browser, "http://localhost:" + port + "/login?lang=en", user, DemoUsers.PASSWORD);
    }

    private void choose(String id) {
        browser.findElement(By.cssSelector("input[id='" + id + "']")).click();
    }

    private void openGroup(String group) {
        if (browser.findElement(By.id("group-" + group)).getAttribute("open") == null) {
            browser.findElement(By.cssSelector("#group-" + group + " > summary")).click();
        }
    }

    private long screenings(String ref) {
        return jdbc.sql("select count(*) from screening where client_ref = :r").param("r", ref).query(Long.class).single();
    }

    @Test
    void anOperativeScreensOnAPhoneWithConsentAndTheCoordinatorSeesTheHandover() throws Exception {
        signIn("operative");
        browser.get("http://localhost:" + port + "/screenings?lang=en");
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Screening a potential victim"));
        assertThat((Long) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth")).as("no sideways scrolling on a phone: %s",
                ((JavascriptExecutor) browser).executeScript("return Array.from(document.querySelectorAll('body *'))"
                        + ".filter(e => e.getBoundingClientRect().right > 391).slice(0, 8)"
                        + ".map(e => e.tagName + '#' + e.id + '.' + e.className + ':' + Math.round(e.getBoundingClientRect().right)).join(' ')")).isLessThanOrEqualTo(390L);
        String ref = browser.findElement(By.id("clientRef")).getAttribute("value");
        assertThat(ref).matches("[0-9a-f-]{36}");
        choose("age-ADULT");
        browser.findElement(By.cssSelector("input[name=setting][value=BORDER_CHECK]")).click();
        openGroup("ilo");
        choose("ilo.documents-YES");
        choose("ilo.debt-YES");
        openGroup("general");
        choose("general.companion-YES");
        choose("consent-yes");
        screenshot("screening-form-phone");
        browser.findElement(By.id("screening-submit")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("signal")));
        assertThat(browser.findElement(By.id("signal")).getText()).isEqualTo("Strong signals of trafficking");
        assertThat(browser.findElement(By.id("steps")).getText()).contains("Separate the person from the companion");
        assertThat(browser.findElement(By.id("handed-over")).getText()).contains("UA-46");
        screenshot("screening-result-phone");

        String pseudonym = jdbc.sql("""
                select p.pseudonym from protected_person p join screening_handover h on h.person_id = p.id
                join screening s on s.id = h.screening_id where s.client_ref = :r""").param("r", ref)
                .query(String.class).single();
        signIn("coordinator-lviv");
        browser.get("http://localhost:" + port + "/coordinator?lang=en");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("handovers")));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(pseudonym);
        screenshot("coordinator-handover-phone");
    }

    @Test
    void aScreeningKeptWhileTheServerIsUnreachableSurvivesAReloadAndIsSentLater() throws Exception {
        signIn("operative");
        browser.get("http://localhost:" + port + "/screenings?lang=en");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("screening-form")));
        String ref = browser.findElement(By.id("clientRef")).getAttribute("value");
        browser.executeCdpCommand("Network.enable", Map.of());
        browser.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of("*/api/v1/screenings*")));
        try {
            choose("age-UNCLEAR");
            browser.findElement(By.cssSelector("input[name=setting][value=STATION_OR_TRANSPORT]")).click();
            assertThat(browser.findElement(By.id("group-child")).getAttribute("open")).as("the child path opens")
                    .isNotNull();
            choose("child.non-relatives-YES");
            choose("consent-no");
            browser.findElement(By.id("screening-submit")).click();
            waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("offline-status"), "kept on this device"));
            assertThat(screenings(ref)).isZero();

            browser.navigate().refresh();
            waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("offline-status"), "Waiting on this device"));
            assertThat(browser.findElement(By.id("offline-status")).getText()).contains("1");
            // what the store holds is ciphertext: the indicator id is not readable in it
            Object plain = browser.executeAsyncScript("""
                    var done = arguments[arguments.length - 1];
                    var open = indexedDB.open('nadiya-screenings', 1);
                    open.onsuccess = function () {
                      var get = open.result.transaction('queue').objectStore('queue').getAll();
                      get.onsuccess = function () {
                        var e = get.result[0];
                        done(new TextDecoder().decode(e.data).indexOf('child.non-relatives') >= 0
                             || JSON.stringify(e).indexOf('child.non-relatives') >= 0);
                      };
                    };""");
            assertThat(plain).isEqualTo(Boolean.FALSE);
            assertThat(screenings(ref)).isZero();
        } finally {
            browser.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of()));
        }
        browser.findElement(By.id("offline-send")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("offline-status"), "Kept screenings sent: 1"));
        assertThat(screenings(ref)).isEqualTo(1);
        assertThat(jdbc.sql("select signal from screening where client_ref = :r").param("r", ref).query(String.class)
                .single()).as("a child of unclear age with one indicator").isEqualTo("MEDIUM");
    }

    private static void screenshot(String name) throws Exception {
        Chromium.screenshot(browser, name);
    }
}
