package org.nadiya.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.nadiya.demo.DemoLoader;
import org.nadiya.testsupport.Chromium;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** One headless Chromium per test class against the shared test server, with the demo data loaded. */
abstract class ChromiumPageTest {

    static WebDriver browser;

    @LocalServerPort
    int port;

    @Autowired
    DemoLoader demo;

    @BeforeAll
    static void startBrowser() throws Exception {
        browser = Chromium.start(1280, 1400);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }

    @BeforeEach
    void demoData() {
        demo.load();
    }

    static void screenshot(String name) throws Exception {
        Chromium.screenshot(browser, name);
    }
}
