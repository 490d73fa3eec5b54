package org.whichtherapist.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 18, in a real Chromium, with JavaScript on and off: on a phone (375×667) every article,
 * discipline, qualification and technique page shows a compact header (at most 96 px), a one-link
 * "‹ Parent" breadcrumb, a closed "On this page" list, its dates on one line and the first line of its
 * own text on the first screen; the menu and search open from the header without JavaScript; nothing
 * scrolls sideways at 320 px; from 960 to 1280 px the header is one row and the lists are open, their titles no tab stops; print leaves
 * the header out. Screenshots at 375 and 1280 go to target/screenshots/.
 */
class PhoneFirstReadingTest {
    private static final int SMALLEST_PHONE = 320;
    private static final int MAX_HEADER = 96;
    private static final int TOUCH = 44;
    private static final List<String> READING_FOLDERS = List.of("articles/", "disciplines/", "qualifications/", "techniques/");
    private static ServedSite real;
    private static WebDriver browser;

    @BeforeAll
    static void start() {
        real = ServedSite.real();
        browser = Browser.driver();
    }

    @AfterEach
    void backToDefaults() {
        Browser.javaScript(true);
        Browser.media("");
        Browser.colourScheme("light");
        Browser.viewport(Browser.DESKTOP_WIDTH, Browser.DESKTOP_HEIGHT);
    }

    private static List<String> readingPages() {
        List<String> pages = real.built().readerPages().stream()
                .filter(path -> READING_FOLDERS.stream().anyMatch(path::startsWith)).toList();
        assertTrue(pages.size() >= 30, pages.size() + " articles, disciplines, qualifications and techniques");
        return pages;
    }

    /** What a reader sees of the page in the browser, measured in CSS pixels from the top of the page. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> firstScreen() {
        return (Map<String, Object>) Browser.run("var px = function (e) { return parseFloat(getComputedStyle(e).lineHeight); };"
                + "var p = document.querySelector('.prose p');"
                + "var dates = document.querySelector('.page-dates');"
                + "var items = document.querySelectorAll('.breadcrumbs li');"
                + "var toc = document.querySelector('.toc a');"
                + "var back = Array.from(document.querySelectorAll('.breadcrumbs a, .breadcrumbs [aria-current]'))"
                + "  .filter(function (e) { return e.checkVisibility(); });"
                + "return {header: document.querySelector('.site-header').getBoundingClientRect().height,"
                + " textTop: p ? p.getBoundingClientRect().top + scrollY : -1, textLine: p ? px(p) : 0,"
                + " dateLines: dates ? dates.getBoundingClientRect().height / px(dates) : 0,"
                + " shownCrumbs: back.map(function (e) { return e.textContent.trim(); }),"
                + " arrow: back.length ? getComputedStyle(back[0], '::before').content : '',"
                + " parent: items.length > 1 ? items[items.length - 2].textContent.trim() : '', trail: items.length,"
                + " tocShown: toc ? toc.checkVisibility() : false, tocHere: !!toc};");
    }

    private static double number(Map<String, Object> measured, String key) {
        return ((Number) measured.get(key)).doubleValue();
    }

    @ParameterizedTest(name = "JavaScript on: {0}")
    @ValueSource(booleans = {true, false})
    void onAPhoneEveryReadingPageStartsItsOwnTextOnTheFirstScreen(boolean javaScript) {
        Browser.viewport(Browser.PHONE_WIDTH, Browser.PHONE_HEIGHT);
        Browser.javaScript(javaScript);
        List<String> wrong = new ArrayList<>();
        int tocs = 0;
        for (String page : readingPages()) {
            browser.get(real.url(page));
            Map<String, Object> seen = firstScreen();
            if (number(seen, "header") > MAX_HEADER) {
                wrong.add(page + ": the header is " + seen.get("header") + " px tall");
            }
            if (number(seen, "textTop") < 0 || number(seen, "textTop") + number(seen, "textLine") > Browser.PHONE_HEIGHT) {
                wrong.add(page + ": the text's first line starts at " + seen.get("textTop") + " px");
            }
            if (!seen.get("shownCrumbs").equals(List.of(seen.get("parent"))) || !seen.get("arrow").toString().contains("‹")
                    || number(seen, "trail") < 2) {
                wrong.add(page + ": the breadcrumb shows " + seen.get("shownCrumbs") + " " + seen.get("arrow")
                        + ", not one '‹ " + seen.get("parent") + "' link, of a trail of " + seen.get("trail"));
            }
            if (page.startsWith("articles/") && Math.round(number(seen, "dateLines")) != 1) {
                wrong.add(page + ": the dates take " + seen.get("dateLines") + " lines");
            }
            if ((Boolean) seen.get("tocShown")) {
                wrong.add(page + ": 'On this page' is open");
            }
            tocs += (Boolean) seen.get("tocHere") ? 1 : 0;
        }
        assertEquals(List.of(), wrong, String.join("\n", wrong));
        assertTrue(tocs >= 10, tocs + " pages with a contents list");
    }

    @ParameterizedTest(name = "JavaScript on: {0}")
    @ValueSource(booleans = {true, false})
    void atThreeHundredAndTwentyPixelsNoPageScrollsSideways(boolean javaScript) {
        Browser.viewport(SMALLEST_PHONE, Browser.PHONE_HEIGHT);
        Browser.javaScript(javaScript);
        List<String> wide = new ArrayList<>();
        int checked = 0;
        for (ServedSite site : List.of(real, ServedSite.fixture())) {
            for (String page : site.built().readerPages()) {
                browser.get(site.url(page));
                @SuppressWarnings("unchecked")
                Map<String, Object> size = (Map<String, Object>) Browser.run(
                        "return {scroll: document.documentElement.scrollWidth, inner: innerWidth};");
                if (number(size, "scroll") > SMALLEST_PHONE || number(size, "inner") != SMALLEST_PHONE) {
                    wide.add(site + " " + page + ": " + size);
                }
                checked++;
            }
        }
        assertEquals(List.of(), wide, String.join("\n", wide));
        assertTrue(checked >= 60, checked + " pages");
    }

    @ParameterizedTest(name = "JavaScript on: {0}")
    @ValueSource(booleans = {true, false})
    void onAPhoneTheMenuAndTheSearchOpenFromTheHeader(boolean javaScript) {
        Browser.viewport(Browser.PHONE_WIDTH, Browser.PHONE_HEIGHT);
        Browser.javaScript(javaScript);
        browser.get(real.url("articles/nhs-or-private-care.html"));
        List<WebElement> links = browser.findElements(By.cssSelector(".site-nav a"));
        assertTrue(links.size() >= 5, links.size() + " menu links");
        assertFalse(shown(links.get(0)), "the menu starts closed");
        assertFalse(shown(browser.findElement(By.id("site-search-q"))), "the search box starts closed");

        browser.findElement(By.cssSelector(".site-header__toggle--menu > summary")).click();
        for (WebElement link : links) {
            assertTrue(shown(link), link.getText() + " shows once the menu is open");
        }
        WebElement toggle = browser.findElement(By.cssSelector(".site-menu .theme-toggle"));
        assertEquals(javaScript, shown(toggle), "the theme toggle is in the menu, with JavaScript only");
        assertEquals(List.of(), smallTargets(), "header and menu targets smaller than 44×44 px");
        screenshot("article-375-menu" + (javaScript ? "" : "-no-js"));

        browser.findElement(By.cssSelector(".site-header__toggle--search > summary")).click();
        WebElement box = browser.findElement(By.id("site-search-q"));
        assertTrue(shown(box), "the search box shows once Search is chosen");
        if (javaScript) {
            assertFalse(shown(links.get(0)), "with JavaScript, opening search closes the menu");
            assertEquals(box, browser.switchTo().activeElement(), "and puts the cursor in the box");
        }
        assertEquals(List.of(), smallTargets(), "header and menu targets smaller than 44×44 px");
        box.sendKeys("chaperone");
        box.submit();
        new WebDriverWait(browser, java.time.Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("search.html?q=chaperone"));
        assertEquals("search.html", real.pathOf(browser.getCurrentUrl()));
    }

    /** Every width from the breakpoint up where a header has wrapped before, with JavaScript on and off. */
    static Stream<Arguments> wideScreens() {
        return Stream.of(960, 1024, 1100, 1280).flatMap(width -> Stream.of(true, false)
                .map(javaScript -> Arguments.of(width, javaScript)));
    }

    /**
     * From 960 px the header is one row: the whole header (site name, menu, theme toggle with JavaScript,
     * search), or, below the width where that fits, the compact one (site name, Menu, Search); at 1280 px
     * the whole header. The lists of the page are open and their titles are no tab stops.
     */
    @ParameterizedTest(name = "{0} px, JavaScript on: {1}")
    @MethodSource("wideScreens")
    void onAWideScreenTheHeaderIsOneRowAndTheListsAreOpen(int width, boolean javaScript) {
        Browser.viewport(width, Browser.DESKTOP_HEIGHT);
        Browser.javaScript(javaScript);
        // the home page and a page whose menu item is in bold (the current page): the widest headers
        for (String page : List.of("index.html", "guide.html", "articles/nhs-or-private-care.html",
                "disciplines/physiotherapist.html")) {
            browser.get(real.url(page));
            @SuppressWarnings("unchecked")
            List<Number> middles = (List<Number>) Browser.run("return Array.from(document.querySelectorAll('.site-name,"
                    + " .site-header__toggle > summary, .site-nav a, .theme-toggle, .site-search input, .site-search button'))"
                    + ".filter(function (e) { return e.checkVisibility(); })"
                    + ".map(function (e) { var r = e.getBoundingClientRect(); return Math.round(r.top + r.height / 2); });");
            boolean whole = shown(browser.findElement(By.cssSelector(".site-nav a")));
            assertTrue(whole != shown(browser.findElement(By.cssSelector(".site-header__toggle--menu > summary"))),
                    page + ": either the menu or the Menu button");
            assertEquals(whole ? 8 + (javaScript ? 1 : 0) : 3, middles.size(), page + ": header items shown");
            assertTrue(whole || width < Browser.DESKTOP_WIDTH, "the whole header at " + width + " px");
            assertEquals(1, middles.stream().distinct().count(), page + " at " + width + " px: the header's items are on"
                    + " one row (their middles are " + middles + " px from the top)");
            assertTrue(number(firstScreen(), "header") <= MAX_HEADER);
            assertEquals(List.of(), smallTargets(), page + ": header targets smaller than 44×44 px");
            if (page.contains("/")) {
                assertTrue(shown(browser.findElement(By.cssSelector(".toc a"))), page + ": 'On this page' is open");
                assertTrue(browser.findElements(By.cssSelector(".breadcrumbs li")).stream().allMatch(PhoneFirstReadingTest::shown),
                        page + ": the whole breadcrumb trail shows");
            }
        }
        assertTrue(shown(browser.findElement(By.cssSelector(".facts dl"))), "'At a glance' is open");
        assertTrue(shown(browser.findElement(By.cssSelector(".facts__title"))), "its title shows");
        assertEquals(List.of(), summaryTabStops(), "titles that cannot close are not tab stops");
        if (javaScript && width == Browser.DESKTOP_WIDTH) {
            assertTrue(shown(browser.findElement(By.cssSelector(".theme-toggle"))), "the theme toggle is in the header row");
        }
    }

    @Test
    void onAPhoneTheSummaryTitlesAreTabStopsThatOpenTheirLists() {
        Browser.viewport(Browser.PHONE_WIDTH, Browser.PHONE_HEIGHT);
        browser.get(real.url("disciplines/physiotherapist.html"));
        List<String> stops = summaryTabStops();
        assertEquals(List.of("On this page", "At a glance"), stops, "on a phone each title opens its list");
    }

    /**
     * The titles of "On this page" and "At a glance" that the Tab key stops at, pressing Tab from the top of
     * the page to the first link of the page's text.
     */
    private static List<String> summaryTabStops() {
        Browser.run("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0);"
                + "document.body.focus();");
        List<String> stops = new ArrayList<>();
        Actions keys = new Actions(browser);
        for (int i = 0; i < 40; i++) {
            keys.sendKeys(Keys.TAB).perform();
            String where = (String) Browser.run("var e = document.activeElement;"
                    + "return e.closest('.prose') ? 'text' : e.matches('.toc summary, .facts summary') ? e.textContent.trim() : '';");
            if (where.equals("text")) {
                return stops;
            }
            if (!where.isEmpty()) {
                stops.add(where);
            }
        }
        return stops;
    }

    @Test
    void aPrintedPageLeavesOutTheHeaderButKeepsTheFacts() {
        browser.get(real.url("disciplines/physiotherapist.html"));
        Browser.viewport(Browser.PHONE_WIDTH, Browser.PHONE_HEIGHT);
        Browser.media("print");
        assertFalse(shown(browser.findElement(By.cssSelector(".site-header"))), "no header on paper");
        assertFalse(shown(browser.findElement(By.cssSelector(".breadcrumbs"))), "no breadcrumb on paper");
        assertTrue(shown(browser.findElement(By.cssSelector(".facts dl"))), "'At a glance' prints, open");
        assertTrue(shown(browser.findElement(By.cssSelector(".prose p"))));
    }

    @Test
    void screenshotsOfAnArticleAndATherapistAtPhoneAndDesktopWidths() {
        for (int[] size : List.of(new int[] {Browser.PHONE_WIDTH, Browser.PHONE_HEIGHT},
                new int[] {Browser.DESKTOP_WIDTH, Browser.DESKTOP_HEIGHT})) {
            Browser.viewport(size[0], size[1]);
            for (String page : List.of("articles/nhs-or-private-care.html", "disciplines/physiotherapist.html")) {
                browser.get(real.url(page));
                Path file = screenshot(page.replaceAll("^.*/|\\.html$", "") + "-" + size[0]);
                assertTrue(file.toFile().length() > 5_000, file + " holds a picture");
            }
        }
    }

    /** Shown to the reader: laid out, and not inside anything closed or hidden. */
    private static boolean shown(WebElement element) {
        return (Boolean) Browser.run("return arguments[0].checkVisibility({visibilityProperty: true});", element);
    }

    /** Links, buttons, summaries and fields shown in the header (and its open menus) smaller than 44×44 px. */
    @SuppressWarnings("unchecked")
    private static List<String> smallTargets() {
        return (List<String>) Browser.run("return Array.from(document.querySelectorAll("
                + "'.site-header a, .site-header button, .site-header summary, .site-header input'))"
                + ".filter(function (e) { return e.checkVisibility({visibilityProperty: true}); })"
                + ".filter(function (e) { var r = e.getBoundingClientRect(); return r.width < " + TOUCH + " || r.height < " + TOUCH + "; })"
                + ".map(function (e) { var r = e.getBoundingClientRect();"
                + " return (e.textContent.trim() || e.id) + ' ' + Math.round(r.width) + '×' + Math.round(r.height); });");
    }

    private static Path screenshot(String name) {
        try {
            Path folder = Files.createDirectories(Path.of("target", "screenshots"));
            Path file = folder.resolve(name + ".png");
            Files.write(file, Browser.driver().getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
