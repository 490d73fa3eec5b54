package org.whichtherapist.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.io.file.PathUtils;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.whichtherapist.TestSites;
import org.whichtherapist.publish.AdminFiles;

/**
 * The Content Security Policy holds: served with the site's own headers, every page, the search and
 * the theme toggle run in Chromium without one violation report; served by a plain static server that
 * sends no headers (GitHub Pages ignores {@code _headers}), each page's own {@code <meta>} policy still
 * blocks a script injected into it, and lets the page's own script and styles run.
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
            // the status shows before the results' page files arrive: wait for the results themselves
            waitFor(() -> !browser.findElements(By.cssSelector("#search-results li")).isEmpty(), "the search's results");
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

    /** The real site as a host that sends no headers serves it: a copy without {@code _headers}. */
    private static ServedSite withoutHeaders() throws IOException {
        Path folder = TestSites.scratch("no-headers");
        PathUtils.copyDirectory(ServedSite.real().built().output(), folder);
        Files.delete(folder.resolve("_headers"));
        ServedSite plain = ServedSite.folder("no-headers", folder);
        assertEquals(java.util.Optional.empty(), plain.get(plain.url("about.html")).headers()
                .firstValue("Content-Security-Policy"), "the plain server sends no policy");
        return plain;
    }

    @Test
    void withoutHeadersAScriptInjectedIntoAPageDoesNotRun() throws Exception {
        ServedSite plain = withoutHeaders();
        Path page = plain.built().output().resolve("injected.html");
        // what an attacker's text would add to a page, were it ever let through: a script and a style in the body
        Files.writeString(page, Files.readString(plain.built().output().resolve("about.html"))
                .replace("</main>", "<script>document.title = 'ran';</script><style>main { display: none; }</style></main>"));
        Browser.consoleMessages();
        browser.get(plain.url("injected.html"));
        assertNotEquals("ran", browser.getTitle(), "the injected script must not run");
        assertTrue(browser.findElement(By.tagName("main")).isDisplayed(), "the injected style must not apply");
        List<String> console = Browser.consoleMessages();
        assertTrue(console.stream().anyMatch(m -> m.contains("Content Security Policy directive 'script-src")), console.toString());
        assertTrue(console.stream().anyMatch(m -> m.contains("Content Security Policy directive 'style-src")), console.toString());
        assertTrue(browser.findElement(By.cssSelector("button.theme-toggle")).isDisplayed(), "the page's own script ran");
    }

    @Test
    void withoutHeadersEveryRealPageRunsItsOwnScriptAndStylesWithoutAPolicyError() throws Exception {
        ServedSite plain = withoutHeaders();
        Browser.consoleMessages();
        int checked = 0;
        for (String page : plain.built().htmlPages()) {
            if (page.equals("404.html") || page.startsWith(AdminFiles.FOLDER + "/")) {
                continue; // 404 loads its files from the published address (hosts serve it at any path); the editor
                          // at admin/ has a policy of its own and loads its script from elsewhere
            }
            browser.get(plain.url(page));
            List<String> console = Browser.consoleMessages();
            assertEquals(List.of(), console.stream().filter(m -> m.contains("Content Security Policy")).toList(), page);
            if (browser.findElements(By.cssSelector("button.theme-toggle")).size() == 1) {
                assertTrue(browser.findElement(By.cssSelector("button.theme-toggle")).isDisplayed(), page + ": site.js ran");
                assertEquals("flex", browser.findElement(By.cssSelector(".site-header__bar")).getCssValue("display"),
                        page + ": the inline stylesheet applies");
                checked++;
            }
        }
        browser.get(plain.url("search.html?q=massage"));
        waitFor(() -> !browser.findElements(By.cssSelector("#search-results li")).isEmpty(), "search results");
        assertEquals(List.of(), Browser.consoleMessages().stream().filter(m -> m.contains("Content Security Policy")).toList());
        assertTrue(checked >= 40, checked + " pages");
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
