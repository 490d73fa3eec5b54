package org.whichtherapist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real site, built from content/: how its pages link up, read from the output. What the pages
 * say, how many there are and how long they are is the owner's choice, checked (if at all) by the
 * build with warnings the owner can tune, never here.
 */
class RealContentTest {
    private static final String BASE = "https://site.test/";
    private static BuiltSite site;

    @BeforeAll
    static void build() {
        site = TestSites.real();
    }

    private static List<String> pagesIn(String folder) {
        return site.htmlPages().stream().filter(p -> p.startsWith(folder + "/")).toList();
    }

    @Test
    void disciplinesAndTheirTechniquesAndQualificationsLinkBothWays() {
        int pairs = 0;
        for (String discipline : pagesIn("disciplines")) {
            Document page = site.page(discipline);
            for (String section : List.of("#techniques", "#qualifications")) {
                for (Element link : page.select(section + " ~ ul a")) {
                    String target = link.absUrl("href").substring(BASE.length());
                    Document other = site.page(target);
                    String backSection = section.equals("#techniques") ? "#used-by" : "#held-by";
                    assertTrue(linkTargetsIn(other, backSection).contains(discipline),
                            target + " does not link back to " + discipline);
                    pairs++;
                }
            }
        }
        assertTrue(pairs > 0, "no discipline links to a technique or qualification");
    }

    @Test
    void articlesAboutADisciplineAreListedOnIt() {
        int listed = 0;
        for (String article : pagesIn("articles")) {
            for (String discipline : linkTargetsIn(site.page(article), "#about-disciplines")) {
                assertTrue(linkTargetsIn(site.page(discipline), "#articles").contains(article),
                        discipline + " does not list " + article);
                listed++;
            }
        }
        assertTrue(listed > 0, "no article names a discipline");
    }

    @Test
    void everyDisciplineLinksToTheRegistersPage() {
        assertTrue(site.exists("find-a-therapist.html"));
        for (String discipline : pagesIn("disciplines")) {
            Element link = site.page(discipline).selectFirst("#find-registered ~ p a");
            assertNotNull(link, discipline + " has no link to the registers");
            assertEquals("../find-a-therapist.html", link.attr("href"), discipline);
        }
    }

    private static Set<String> linkTargetsIn(Document page, String headingId) {
        Element heading = page.selectFirst(headingId);
        if (heading == null) {
            return Set.of();
        }
        Set<String> targets = new HashSet<>();
        for (Element link : heading.parent().select("ul a[href]")) {
            targets.add(link.absUrl("href").substring(BASE.length()));
        }
        return targets;
    }

    @Test
    void theComparisonTableHasOneColumnPerDisciplineAndEveryCellFilled() {
        Document page = site.page("compare.html");
        Element table = page.selectFirst("table.compare");
        assertNotNull(table.selectFirst("caption"));
        int disciplines = pagesIn("disciplines").size();
        assertEquals(disciplines, table.select("thead th[scope=col]").size());
        List<String> rows = table.select("tbody th[scope=row]").eachText();
        assertEquals(List.of("Training", "Entry level", "Regulated by law?", "Hands-on style", "Typical techniques",
                "Best for", "Where to find them"), rows);
        for (Element row : table.select("tbody tr")) {
            assertEquals(disciplines, row.select("td").size());
            for (Element cell : row.select("td")) {
                assertFalse(cell.text().isBlank(), "empty cell in row " + row.selectFirst("th").text());
            }
        }
        assertNotNull(page.selectFirst(".table-scroll[role=region][tabindex=0]"),
                "the table scrolls inside its own box, not the page");
    }

    @Test
    void everyGuideAnswerLeadsToAnExistingDiscipline() {
        Document page = site.page("guide.html");
        List<Element> situations = page.select(".guide__item details");
        assertFalse(situations.isEmpty(), "the guide lists no situation");
        for (Element situation : situations) {
            // a first pick, or (where none fits better, docs/writing.md "The guide") only the others who may help
            assertFalse(situation.select(".guide__answer a").isEmpty(), situation.selectFirst("summary").text() + " recommends nobody");
            for (Element link : situation.select("a[href]")) {
                String target = link.absUrl("href").substring(BASE.length());
                assertTrue(target.startsWith("disciplines/") && site.exists(target), target);
            }
        }
    }

    @Test
    void everyHealthPageHasAReviewedDateSourcesAndTheMedicalNote() {
        for (String path : site.healthPages()) {
            Document page = site.page(path);
            // the date once: in the byline ("Reviewed by … on …"), or in "Page last reviewed" when no one is named
            Element reviewed = page.selectFirst(".byline time, .page-reviewed time");
            assertNotNull(reviewed, path + " shows no review date");
            String date = "time[datetime=" + reviewed.attr("datetime") + "]";
            assertEquals(1, page.select(".byline " + date + ", .page-reviewed " + date).size(),
                    path + " shows its review date more than once");
            assertNotNull(page.selectFirst(".health-note"), path + " has no medical note");
            assertFalse(page.select(".sources li").isEmpty(), path + " lists no sources");
        }
    }
}
