package org.whichtherapist.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.yaml.snakeyaml.Yaml;

/** The built real site in a real Chromium, served over HTTP: layout, search, guide, theme toggle. */
class BrowserTest {
    private static ServedSite real;
    private static ServedSite fixture;
    private static WebDriver browser;

    @BeforeAll
    static void start() {
        real = ServedSite.real();
        fixture = ServedSite.fixture();
        browser = Browser.driver();
    }

    @AfterEach
    void backToDefaults() {
        Browser.colourScheme("light");
        Browser.viewport(Browser.DESKTOP_WIDTH, Browser.DESKTOP_HEIGHT);
        Browser.forgetTheme(real);
    }

    private static WebDriverWait waitUpTo(int seconds) {
        return new WebDriverWait(browser, Duration.ofSeconds(seconds));
    }

    private static String path(ServedSite site) {
        return site.pathOf(browser.getCurrentUrl());
    }

    /**
     * Loads every page of a site at one viewport; returns the pages that scroll sideways. Checks on
     * the way that no page loads the preview's live-reload script.
     */
    private static List<String> pagesWiderThanTheScreen(ServedSite site, int width, int height) {
        Browser.viewport(width, height);
        List<String> wide = new ArrayList<>();
        for (String page : site.built().readerPages()) {
            browser.get(site.url(page));
            String sideways = scrollsSideways(width);
            if (sideways != null) {
                wide.add(page + " " + sideways);
            }
            Object preview = Browser.run("return performance.getEntriesByType('resource').map(function (r) { return r.name; })"
                    + ".concat(Array.from(document.scripts).map(function (s) { return s.src + ' ' + s.text; }))"
                    + ".filter(function (n) { return n.indexOf('_preview') >= 0; });");
            assertEquals(List.of(), preview, page + " loads the preview's live-reload script");
        }
        return wide;
    }

    /** Null if the page in the browser fits the screen's width, else how wide it is. */
    private static String scrollsSideways(int width) {
        @SuppressWarnings("unchecked")
        Map<String, Object> size = (Map<String, Object>) Browser.run("return {scroll: document.documentElement.scrollWidth,"
                + " inner: window.innerWidth};");
        long scroll = ((Number) size.get("scroll")).longValue();
        long inner = ((Number) size.get("inner")).longValue();
        // a phone zooms out to fit a page that is too wide, which also widens innerWidth
        return scroll > inner || inner != width ? "(" + scroll + "px wide in a " + inner + "px window)" : null;
    }

    @Test
    void theSidewaysCheckCatchesAPageWiderThanAPhone() {
        Browser.viewport(Browser.PHONE_WIDTH, Browser.PHONE_HEIGHT);
        browser.get(real.url("compare.html"));
        assertEquals(null, scrollsSideways(Browser.PHONE_WIDTH), "the comparison table scrolls in its own box");
        Browser.run("var wide = document.createElement('pre'); wide.textContent = 'x'.repeat(120);"
                + "document.querySelector('main').appendChild(wide);");
        assertNotEquals(null, scrollsSideways(Browser.PHONE_WIDTH));
    }

    @Test
    void noPageScrollsSidewaysOnAPhoneOrADesktop() {
        int checked = 0;
        for (ServedSite site : List.of(real, fixture)) {
            for (int[] size : List.of(new int[] {Browser.PHONE_WIDTH, Browser.PHONE_HEIGHT},
                    new int[] {Browser.DESKTOP_WIDTH, Browser.DESKTOP_HEIGHT})) {
                List<String> wide = pagesWiderThanTheScreen(site, size[0], size[1]);
                assertEquals(List.of(), wide, site + " at " + size[0] + "×" + size[1] + ": pages scroll sideways");
                checked += site.built().readerPages().size();
            }
        }
        assertTrue(checked >= 2 * (40 + 20), checked + " page loads");
    }

    @Test
    void theSearchFindsAPageByAWordInItsBodyAndTheResultLinkWorks() {
        for (int width : List.of(Browser.PHONE_WIDTH, Browser.DESKTOP_WIDTH)) {
            Browser.viewport(width, width == Browser.PHONE_WIDTH ? Browser.PHONE_HEIGHT : Browser.DESKTOP_HEIGHT);
            browser.get(real.url("search.html"));
            // "chaperone" appears only in the body of this article: not in any title, heading or summary
            assertFalse(real.built().text("articles/your-first-appointment.html").contains("<title>Chaperone"));
            browser.findElement(By.id("search-q")).sendKeys("chaperone");
            WebElement result = waitUpTo(10).until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("#search-results a[href='articles/your-first-appointment.html']")));
            assertTrue(browser.findElement(By.id("search-status")).getText().contains("1 page matches"),
                    browser.findElement(By.id("search-status")).getText());
            assertFalse(browser.findElement(By.id("all-pages")).isDisplayed(), "the list of all pages gives way to results");
            assertTrue(browser.findElement(By.cssSelector("#search-results li p mark")).getText().equalsIgnoreCase("chaperone"),
                    "the snippet highlights the word");
            result.click();
            waitUpTo(10).until(ExpectedConditions.urlContains("articles/your-first-appointment.html"));
            assertEquals("articles/your-first-appointment.html", path(real));
            assertTrue(browser.findElement(By.tagName("h1")).getText().length() > 5);
            assertTrue(browser.findElement(By.tagName("main")).getText().toLowerCase().contains("chaperone"));
        }
    }

    @Test
    void aSearchFromTheHeaderOnAnyPageShowsResultsOnTheSearchPage() {
        browser.get(real.url("disciplines/physiotherapist.html"));
        WebElement box = browser.findElement(By.id("site-search-q"));
        box.sendKeys("chaperone");
        box.submit();
        waitUpTo(10).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#search-results a[href='articles/your-first-appointment.html']")));
        assertEquals("search.html", path(real));
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyGuideChoiceLeadsToTheDisciplinesItsSituationNames() throws Exception {
        Map<String, Object> front = (Map<String, Object>) new Yaml().loadAll(
                Files.readString(real.built().project().resolve("content/pages/guide.md"))).iterator().next();
        List<Map<String, Object>> situations = (List<Map<String, Object>>) front.get("situations");
        assertTrue(situations.size() >= 6, situations.size() + " situations");
        int followed = 0;
        for (Map<String, Object> situation : situations) {
            List<String> expected = new ArrayList<>();
            if (situation.get("see") != null) {
                expected.add("disciplines/" + situation.get("see") + ".html");
            }
            for (Object also : (List<Object>) situation.getOrDefault("also", List.of())) {
                expected.add("disciplines/" + also + ".html");
            }
            for (int i = 0; i < expected.size(); i++) {
                browser.get(real.url("guide.html"));
                WebElement item = browser.findElement(By.id((String) situation.get("id")));
                WebElement details = item.findElement(By.tagName("details"));
                List<WebElement> links = item.findElements(By.cssSelector(".guide__answer a"));
                assertEquals(expected.size(), links.size(), situation.get("id") + " links");
                assertFalse(links.get(i).isDisplayed(), "the answer is hidden until the situation is chosen");
                item.findElement(By.tagName("summary")).click();
                assertEquals("true", details.getDomProperty("open"));
                WebElement link = links.get(i);
                assertTrue(link.isDisplayed());
                String label = link.getText();
                link.click();
                waitUpTo(10).until(ExpectedConditions.not(ExpectedConditions.urlContains("guide.html")));
                assertEquals(expected.get(i), path(real), situation.get("id") + ": '" + label + "'");
                assertEquals(label, browser.findElement(By.tagName("h1")).getText().toLowerCase(),
                        "the page named by the link opened");
                followed++;
            }
        }
        assertTrue(followed >= situations.size());
    }

    private static String background() {
        return (String) Browser.run("return getComputedStyle(document.body).backgroundColor;");
    }

    @Test
    void theThemeToggleSwitchesAndSurvivesAReload() {
        Browser.colourScheme("light");
        Browser.forgetTheme(real);
        browser.get(real.url("about.html"));
        WebElement toggle = browser.findElement(By.cssSelector("button.theme-toggle"));
        assertTrue(toggle.isDisplayed(), "with JavaScript the toggle is shown");
        assertEquals("false", toggle.getAttribute("aria-pressed"));
        String light = background();
        assertEquals("rgb(255, 255, 255)", light);

        toggle.click();
        assertEquals("dark", Browser.run("return document.documentElement.getAttribute('data-theme');"));
        assertEquals("true", toggle.getAttribute("aria-pressed"));
        String dark = background();
        assertNotEquals(light, dark, "the page turned dark");

        browser.navigate().refresh();
        assertEquals("dark", Browser.run("return document.documentElement.getAttribute('data-theme');"));
        assertEquals("true", browser.findElement(By.cssSelector("button.theme-toggle")).getAttribute("aria-pressed"));
        assertEquals(dark, background(), "dark after a reload");
        browser.get(real.url("faq.html"));
        assertEquals(dark, background(), "dark on the next page");

        browser.findElement(By.cssSelector("button.theme-toggle")).click();
        browser.navigate().refresh();
        assertEquals(light, background(), "back to light, and light after a reload");
        assertEquals("false", browser.findElement(By.cssSelector("button.theme-toggle")).getAttribute("aria-pressed"));
    }

    @Test
    void aDarkSystemGetsTheDarkThemeWithoutTouchingTheToggle() {
        Browser.colourScheme("dark");
        browser.get(real.url("about.html"));
        assertEquals("true", browser.findElement(By.cssSelector("button.theme-toggle")).getAttribute("aria-pressed"));
        assertEquals("rgb(18, 24, 27)", background());
    }

    /** Every page loaded in the browser is also checked for it in {@link #pagesWiderThanTheScreen}. */
    @Test
    void theLiveReloadScriptOfThePreviewIsNotInThePackagedSite() {
        assertEquals(404, real.get(real.url("_preview/live-reload.js")).statusCode());
        for (String file : real.built().files()) {
            if (file.endsWith(".html") || file.endsWith(".js")) {
                assertFalse(real.built().text(file).contains("live-reload"), file);
            }
        }
    }
}
