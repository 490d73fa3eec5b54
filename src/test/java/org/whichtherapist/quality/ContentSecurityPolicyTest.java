package org.whichtherapist.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.whichtherapist.TestSites;

/**
 * The Content Security Policy in {@code _headers} holds: served with the site's own headers, every
 * page, the search and the theme toggle run in Chromium without one violation report.
 */
class ContentSecurityPolicyTest {
    private static WebDriver browser;

    @BeforeAll
    static void start() {
        browser = Browser.driver();
    }

    @Test
    void everyPageRunsUnderItsHeadersFilesPolicyWithoutAViolation() throws Exception {
        for (ServedSite site : List.of(ServedSite.real(), ServedSite.fixture())) {
            assertTrue(site.headers().hasPolicy(), site + " has no policy in _headers");
            assertTrue(site.get(site.url("index.html")).headers().firstValue("Content-Security-Policy").isPresent(),
                    site + " is not served with its policy");
            for (String page : site.built().htmlPages()) {
                browser.get(site.url(page));
            }
            browser.get(site.url("search.html?q=massage"));
            waitFor(() -> !browser.findElement(By.id("search-status")).getText().isBlank(), "search results");
            assertFalse(browser.findElements(By.cssSelector("#search-results li")).isEmpty(), "the search ran");
            browser.findElement(By.cssSelector("button.theme-toggle")).click();
            browser.findElement(By.cssSelector("button.theme-toggle")).click();
        }
        Thread.sleep(1500); // browsers send reports in the background
        for (ServedSite site : List.of(ServedSite.real(), ServedSite.fixture())) {
            // Other tests share these servers and this browser: every report so far counts, except one
            // the test server causes. 404.html loads its files from the published address (a host serves it
            // at any path), which is 'self' on the real host but another host on this test server.
            List<String> real = site.headers().violations().stream()
                    .filter(r -> !(r.contains("\"document-uri\":\"" + site.url("404.html") + "\"")
                            && r.contains("\"blocked-uri\":\"https://www.example.com/")))
                    .toList();
            assertEquals(List.of(), real, site + ": the policy blocked something");
        }
    }

    @Test
    void aScriptThePolicyDoesNotAllowIsBlockedAndReported() throws Exception {
        Path folder = TestSites.scratch("csp-control");
        Files.copy(ServedSite.real().built().output().resolve("_headers"), folder.resolve("_headers"));
        Files.writeString(folder.resolve("page.html"), "<!DOCTYPE html><html lang=\"en\"><head><title>waiting</title>"
                + "</head><body><script>document.title = 'ran';</script></body></html>");
        ServedSite control = ServedSite.folder("csp-control", folder);
        browser.get(control.url("page.html"));
        assertNotEquals("ran", browser.getTitle(), "an inline script the policy does not list must not run");
        waitFor(() -> !control.headers().violations().isEmpty(), "a violation report");
        assertTrue(control.headers().violations().get(0).contains("script-src"), control.headers().violations().get(0));
    }

    private static void waitFor(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("waited 5 s for " + what);
    }
}
