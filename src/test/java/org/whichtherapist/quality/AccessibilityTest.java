package org.whichtherapist.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * axe-core, Deque's accessibility engine, on every page of both sites in a real Chromium, with the
 * reader's system set to light and to dark: no violation of WCAG 2.0, 2.1 and 2.2 at levels A and AA.
 */
class AccessibilityTest {
    private static final List<String> WCAG_A_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static String axe;
    private static WebDriver browser;

    @BeforeAll
    static void start() {
        axe = Browser.axeScript();
        browser = Browser.driver();
        Browser.viewport(Browser.DESKTOP_WIDTH, Browser.DESKTOP_HEIGHT);
        Browser.forgetTheme(ServedSite.real());
        Browser.forgetTheme(ServedSite.fixture());
    }

    @AfterAll
    static void lightAgain() {
        Browser.colourScheme("light");
    }

    /** axe's violations on the page the browser shows, one line per failing element. */
    static List<String> violations(String page) throws Exception {
        Browser.run(axe);
        String json = (String) Browser.js().executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})"
                + ".then(function (r) { done(JSON.stringify({violations: r.violations, passes: r.passes.length})); },"
                + " function (e) { done(JSON.stringify({error: String(e)})); });", WCAG_A_AA);
        JsonNode result = JSON.readTree(json);
        if (result.has("error")) {
            throw new AssertionError("axe failed on " + page + ": " + result.get("error").asText());
        }
        assertTrue(result.get("passes").asInt() > 5, "axe checked next to nothing on " + page);
        List<String> found = new ArrayList<>();
        for (JsonNode rule : result.get("violations")) {
            for (JsonNode node : rule.get("nodes")) {
                found.add(page + ": " + rule.get("id").asText() + " (" + rule.get("help").asText() + ") at "
                        + node.get("target") + ": " + node.path("failureSummary").asText().replace('\n', ' '));
            }
        }
        return found;
    }

    private static int check(ServedSite site, String scheme, List<String> found) throws Exception {
        Browser.colourScheme(scheme);
        List<String> pages = site.built().readerPages();
        for (String page : pages) {
            browser.get(site.url(page));
            String shown = (String) Browser.run("return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';");
            assertEquals(scheme, shown, "the colour scheme was not applied on " + page);
            for (String violation : violations(page)) {
                found.add(scheme + " " + violation);
            }
        }
        return pages.size();
    }

    @Test
    void theRealSiteHasNoWcagViolationInLightOrDark() throws Exception {
        List<String> found = new ArrayList<>();
        int pages = check(ServedSite.real(), "light", found) + check(ServedSite.real(), "dark", found);
        assertTrue(pages >= 80, pages + " page checks");
        assertEquals(List.of(), found, String.join("\n", found));
    }

    @Test
    void theFixtureSiteHasNoWcagViolationInLightOrDark() throws Exception {
        List<String> found = new ArrayList<>();
        int pages = check(ServedSite.fixture(), "light", found) + check(ServedSite.fixture(), "dark", found);
        assertTrue(pages >= 40, pages + " page checks");
        assertEquals(List.of(), found, String.join("\n", found));
    }

    /**
     * On a phone: every page of the real site with its compact header and closed lists, then, on one
     * page of each kind, light and dark, the menu and the lists opened, then the search.
     */
    @Test
    void onAPhoneTheCompactHeaderAndItsMenusHaveNoWcagViolationClosedOrOpen() throws Exception {
        List<String> found = new ArrayList<>();
        ServedSite real = ServedSite.real();
        Browser.viewport(Browser.PHONE_WIDTH, Browser.PHONE_HEIGHT);
        try {
            Browser.colourScheme("light");
            for (String page : real.built().readerPages()) {
                browser.get(real.url(page));
                violations(page).forEach(v -> found.add("closed " + v));
            }
            for (String scheme : List.of("light", "dark")) {
                Browser.colourScheme(scheme);
                for (String page : List.of("articles/nhs-or-private-care.html", "disciplines/physiotherapist.html",
                        "qualifications/physiotherapy-degree.html", "techniques/stretching.html", "index.html", "search.html")) {
                    browser.get(real.url(page));
                    Browser.run("document.querySelectorAll('details:not(.site-header__toggle--search)').forEach(function (d) { d.open = true; });");
                    violations(page).forEach(v -> found.add(scheme + " menu open " + v));
                    Browser.run("document.querySelector('.site-header__toggle--search').open = true;");
                    violations(page).forEach(v -> found.add(scheme + " search open " + v));
                }
            }
        } finally {
            Browser.viewport(Browser.DESKTOP_WIDTH, Browser.DESKTOP_HEIGHT);
        }
        assertEquals(List.of(), found, String.join("\n", found));
    }

    @Test
    void axeFindsAProblemWhenThereIsOne() throws Exception {
        Browser.colourScheme("light");
        browser.get(ServedSite.fixture().url("about.html"));
        Browser.run("var p = document.createElement('p'); p.textContent = 'faint'; p.style.color = '#eeeeee';"
                + "document.querySelector('main').appendChild(p);"
                + "var img = document.createElement('img'); img.src = 'favicon.svg';"
                + "document.querySelector('main').appendChild(img);");
        String all = String.join("\n", violations("about.html"));
        assertTrue(all.contains("color-contrast") && all.contains("image-alt"), all);
    }
}
