package org.whichtherapist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a health-information reviewer looks for on every health page, on the fixture and the real
 * site: numbered sources a reader can follow, inline citations that lead to them, the care box of
 * the page's level, who wrote and reviewed the page and when it is next due, a way to report a mistake, and
 * structured data that says the same.
 */
class HealthPagesTest {
    private static final String BASE = "https://site.test/";
    private static BuiltSite fixture;
    private static BuiltSite real;

    @BeforeAll
    static void build() {
        fixture = TestSites.fixture();
        real = TestSites.real();
    }

    private static List<String> healthPages(BuiltSite site) {
        return site.healthPages();
    }

    /** A page's care box as HTML, or null when it has none. */
    private static String careBox(Document page) {
        Element box = page.selectFirst("article .care-box");
        if (box == null) {
            return null;
        }
        page.outputSettings().prettyPrint(false);
        return box.outerHtml();
    }

    /** The levels of a page's care cards, in order, and what screen readers hear before each heading. */
    private static List<String> cards(Document page) {
        return page.select("article .care-box > .care-card").stream().map(card -> card.className().replace("care-card ",
                "") + " / " + card.selectFirst(".care-card__heading .visually-hidden").text()).toList();
    }

    private static JsonNode structuredData(Document page, String type) throws Exception {
        return StructuredData.ofType(page, type);
    }

    @Test
    void inlineCitationsAreNumberedLinksToTheSourcesListInTheOrderFirstCited() {
        Document page = fixture.page("articles/markdown-features.html");
        List<Element> citations = page.select(".prose sup.cite a");
        assertEquals(List.of("1", "2", "1"), citations.stream().map(Element::text).toList());
        assertEquals(List.of("#source-1", "#source-2", "#source-1"), citations.stream().map(a -> a.attr("href")).toList());
        assertEquals(List.of("Source 1", "Source 2", "Source 1"), citations.stream().map(a -> a.attr("aria-label")).toList());
        List<Element> sources = page.select("ol.sources__list > li");
        assertEquals(List.of("source-1", "source-2"), sources.stream().map(Element::id).toList(),
                "the page's own: the care box's are on the care advice's page");
        assertEquals("https://www.csp.org.uk/", sources.get(0).selectFirst("a").attr("href"), "cited first");
        assertEquals("The Chartered Society of Physiotherapy. Chartered Society of Physiotherapy (CSP). Published 15 January"
                + " 2026.", sources.get(0).text());
        assertEquals("https://www.hcpc-uk.org/check-the-register/", sources.get(1).selectFirst("a").attr("href"));
    }

    @Test
    void aFootnoteWithItsTextIsStillAFootnote() {
        Document page = fixture.page("articles/markdown-features.html");
        Element reference = page.selectFirst(".prose sup a.footnote-ref");
        assertEquals("#fn-1", reference.attr("href"));
        assertEquals("The footnote text.", page.selectFirst(".footnotes li#fn-1 p").text());
        assertFalse(page.selectFirst(".prose").text().contains("[^"), "no citation is left as typed");
    }

    @Test
    void everyHealthPageShowsTheCareBoxOfItsLevelInItsTextOrAfterIt() {
        Document inText = fixture.page("articles/markdown-features.html");
        Document after = fixture.page("articles/filler-1.html");
        assertNotNull(inText.selectFirst(".prose > .care-box"), "where the page writes !!! urgent-care");
        assertNotNull(after.selectFirst(".prose + .care-box"), "after the text of a page that does not");
        assertEquals(careBox(inText), careBox(after), "the same bytes for the same level");
        assertEquals(List.of("care-card--urgent / Urgent advice:", "care-card--emergency / Immediate action required:"),
                cards(after), "an urgent page: its own card, then the more serious one");
        assertEquals(List.of("care-card--self-care / Non-urgent advice:", "care-card--urgent / Urgent advice:",
                "care-card--emergency / Immediate action required:"), cards(fixture.page("techniques/massage-fixture.html")));
        assertTrue(careBox(after).contains("Call 999 or go to A&amp;E now"), careBox(after));
        assertEquals("Checked by Sam Example, HCPC-registered physiotherapist, on 1 March 2026.",
                after.selectFirst(".care-box > .care-card:last-of-type + .care-box__checked").text(),
                "under the cards: who checked them against their sources (the fixture's care texts name sam-example), and when");
        assertEquals(null, careBox(fixture.page("about.html")), "plain pages have none");
        assertEquals(null, careBox(fixture.page("people/sam-example.html")), "nor people's pages");
    }

    @Test
    void everyRealHealthPageShowsOneCareBoxWithTheEmergencyAndUrgentSignsTheSameForEachLevel() {
        Set<String> boxes = new HashSet<>();
        List<String> wrong = new ArrayList<>();
        for (String path : healthPages(real)) {
            Document page = real.page(path);
            List<String> cards = cards(page);
            if (page.select("article .care-box").size() != 1 || !cards.contains("care-card--emergency / Immediate action"
                    + " required:") || !cards.contains("care-card--urgent / Urgent advice:")) {
                wrong.add(path + ": " + cards);
            }
            boxes.add(careBox(page));
        }
        assertEquals(List.of(), wrong, "every health page shows one box with both the emergency and the urgent card");
        assertTrue(boxes.size() <= 3, "one box per level, the same bytes on every page: " + boxes.size());
    }

    @Test
    void theBylineNamesTheWriterAndEveryReviewerWithTheirPagesAndTheReviewDates() {
        Document page = fixture.page("articles/markdown-features.html");
        assertEquals("Written by Jo Example · Reviewed by Sam Example (HCPC-registered physiotherapist) and Chris Example"
                + " (CNHC-registered beta therapist) on 2 March 2026 · Next review due 2 March 2027",
                page.selectFirst(".byline").text());
        assertEquals(List.of("../people/jo-example.html", "../people/sam-example.html", "../people/chris-example.html"),
                page.select(".byline a").eachAttr("href"));
        assertEquals(List.of("2026-03-02", "2027-03-02"), page.select(".byline time").eachAttr("datetime"));
    }

    @Test
    void eachPersonHasAShortPageWithTheirRegistrationAndThePagesTheyReviewed() {
        Document sam = fixture.page("people/sam-example.html");
        assertEquals("Sam Example", sam.selectFirst("h1").text());
        assertEquals("Physiotherapist and clinical reviewer", sam.selectFirst(".lead").text());
        assertEquals("Registration: HCPC-registered physiotherapist", sam.selectFirst(".registration").text());
        assertEquals("Sam checks the fixture\u2019s pages.", sam.selectFirst(".prose").text(), "the bio, as Markdown");
        assertTrue(linksUnder(sam, "#reviewed").contains("Markdown features"));
        assertTrue(linksUnder(fixture.page("people/jo-example.html"), "#written").contains("Massage"));
        assertTrue(real.exists("people/jo-example.html") && real.exists("people/sam-example.html"));
    }

    private static List<String> linksUnder(Document page, String headingId) {
        return page.selectFirst(headingId).parent().select("ul a").eachText();
    }

    @Test
    void theMistakeLinkWritesToTheSiteWithThePageAddressInTheSubject() {
        Element link = fixture.page("articles/markdown-features.html").selectFirst(".feedback a");
        assertEquals("Report a mistake on this page", link.text());
        assertEquals("mailto:hello@example.com?subject=" + URLEncoder.encode(
                "Mistake on https://www.example.com/articles/markdown-features.html", StandardCharsets.UTF_8)
                .replace("+", "%20"), link.attr("href"));
    }

    @Test
    void structuredDataNamesTheWriterTheReviewerAndTheReviewDate() throws Exception {
        JsonNode posting = structuredData(fixture.page("articles/markdown-features.html"), "BlogPosting");
        assertEquals("Person", posting.at("/author/@type").asText());
        assertEquals("Jo Example", posting.at("/author/name").asText());
        assertEquals("https://www.example.com/people/jo-example.html", posting.at("/author/url").asText());
        assertEquals("Sam Example", posting.at("/mainEntityOfPage/reviewedBy/0/name").asText());
        assertEquals("HCPC-registered physiotherapist", posting.at("/mainEntityOfPage/reviewedBy/0/jobTitle").asText());
        assertEquals("Chris Example", posting.at("/mainEntityOfPage/reviewedBy/1/name").asText(), "every reviewer");
        assertEquals("2026-03-02", posting.at("/mainEntityOfPage/lastReviewed").asText());
        JsonNode technique = structuredData(fixture.page("techniques/massage-fixture.html"), "MedicalWebPage");
        assertEquals("Jo Example", technique.at("/author/name").asText());
        assertEquals("Sam Example", technique.at("/reviewedBy/0/name").asText());
        assertEquals("2026-05-01", technique.at("/lastReviewed").asText());
        JsonNode faq = structuredData(fixture.page("faq.html"), "FAQPage");
        assertEquals("Sam Example", faq.at("/reviewedBy/0/name").asText());
    }

    @Test
    void everyRealHealthPageHasNumberedSourceLinksItsByLineTheMistakeLinkAndStructuredData() throws Exception {
        List<String> pages = healthPages(real);
        assertTrue(pages.size() >= 40, pages.size() + " health pages");
        List<String> wrong = new ArrayList<>();
        for (String path : pages) {
            Document page = real.page(path);
            List<Element> sources = page.select("ol.sources__list > li");
            for (int i = 0; i < sources.size(); i++) {
                Element link = sources.get(i).selectFirst("a[href]");
                if (!sources.get(i).id().equals("source-" + (i + 1)) || link == null || !link.attr("href").startsWith("https://")) {
                    wrong.add(path + ": source " + (i + 1) + " is not a numbered https link: " + sources.get(i));
                }
            }
            if (sources.isEmpty()) {
                wrong.add(path + ": no sources");
            }
            for (Element cite : page.select(".prose sup.cite a")) {
                if (page.getElementById(cite.attr("href").substring(1)) == null) {
                    wrong.add(path + ": citation " + cite.text() + " leads nowhere");
                }
            }
            String byline = page.selectFirst(".byline") == null ? "" : page.selectFirst(".byline").text();
            if (!byline.matches("Written by .+ · Reviewed by .+ \\(.+\\) on \\d+ \\w+ \\d{4} · Next review due \\d+ \\w+ \\d{4}")) {
                wrong.add(path + ": byline '" + byline + "'");
            }
            for (String href : page.select(".byline a").eachAttr("abs:href")) {
                if (!href.startsWith(BASE + "people/") || !real.exists(href.substring(BASE.length()))) {
                    wrong.add(path + ": byline link " + href);
                }
            }
            Element mistake = page.selectFirst(".feedback a");
            if (mistake == null || !mistake.attr("href").startsWith("mailto:hello@example.com?subject=")
                    || !mistake.attr("href").contains(URLEncoder.encode(path, StandardCharsets.UTF_8))) {
                wrong.add(path + ": no mistake link with the page's address");
            }
            JsonNode data = structuredData(page, path.startsWith("articles/") ? "BlogPosting"
                    : path.equals("faq.html") ? "FAQPage" : "MedicalWebPage");
            JsonNode reviewed = path.startsWith("articles/") ? data.get("mainEntityOfPage") : data;
            if (!data.at("/author/@type").asText().equals("Person") || reviewed.at("/reviewedBy/0/name").asText().isEmpty()
                    || !reviewed.at("/lastReviewed").asText().matches("\\d{4}-\\d{2}-\\d{2}")) {
                wrong.add(path + ": structured data lacks author, reviewedBy or lastReviewed");
            }
        }
        assertEquals(List.of(), wrong, String.join("\n", wrong));
    }

    @Test
    void healthPagesAreMedicalWebPagesForPatientsAboutTheirDisciplineTechniqueOrQualification() throws Exception {
        JsonNode technique = structuredData(fixture.page("techniques/massage-fixture.html"), "MedicalWebPage");
        assertEquals("2026-05-01", technique.at("/lastReviewed").asText());
        assertEquals("Patient", technique.at("/audience/audienceType").asText());
        assertEquals("MedicalAudience", technique.at("/audience/@type").asText());
        assertEquals(List.of("MedicalTherapy Massage https://www.example.com/techniques/massage-fixture.html"),
                about(technique));
        assertEquals(List.of("Occupation Alpha therapist https://www.example.com/disciplines/alpha-therapist.html"),
                about(structuredData(fixture.page("disciplines/alpha-therapist.html"), "MedicalWebPage")));
        JsonNode article = structuredData(fixture.page("articles/markdown-features.html"), "BlogPosting").get("mainEntityOfPage");
        assertEquals("MedicalWebPage", article.get("@type").asText());
        assertEquals(List.of("Occupation Alpha therapist https://www.example.com/disciplines/alpha-therapist.html",
                "Occupation Beta therapist https://www.example.com/disciplines/beta-therapist.html",
                "MedicalTherapy Massage https://www.example.com/techniques/massage-fixture.html",
                "EducationalOccupationalCredential Alpha degree https://www.example.com/qualifications/alpha-degree.html"),
                about(article), "what the article names");
        List<String> reviewers = new ArrayList<>();
        article.get("reviewedBy").forEach(person -> reviewers.add(person.get("name").asText()));
        assertEquals(List.of("Sam Example", "Chris Example"), reviewers, "every reviewer");
        assertEquals("WebPage", structuredData(fixture.page("about.html"), "WebPage").get("@type").asText(),
                "a plain page is a WebPage");

        for (String path : healthPages(real)) {
            String type = path.startsWith("articles/") ? "BlogPosting" : path.equals("faq.html") ? "FAQPage" : "MedicalWebPage";
            JsonNode data = structuredData(real.page(path), type);
            JsonNode page = path.startsWith("articles/") ? data.get("mainEntityOfPage") : data;
            assertEquals("Patient", page.at("/audience/audienceType").asText(), path);
            if (path.matches("(disciplines|techniques|qualifications)/.*")) {
                assertEquals(List.of(real.page(path).selectFirst("h1").text()), page.get("about").findValuesAsText("name"), path);
            }
        }
    }

    private static List<String> about(JsonNode page) {
        List<String> things = new ArrayList<>();
        page.get("about").forEach(t -> things.add(t.get("@type").asText() + " " + t.get("name").asText() + " "
                + t.get("url").asText()));
        return things;
    }

    @Test
    void everyRealHealthPageReadsAtGradeSixOrBelowByTheBuildsOwnReport() {
        String table = real.report().readingLevels();
        List<String> rows = table.lines().skip(2).toList();
        assertEquals(healthPages(real).size() + 3, rows.size(), "every health page and the three care texts:\n" + table);
        for (String row : rows) {
            double grade = Double.parseDouble(row.strip().split("\\s+")[0]);
            assertTrue(grade <= 6.0, row);
        }
        assertTrue(table.contains("content/_snippets/care-emergency.md"), table);
    }
}
