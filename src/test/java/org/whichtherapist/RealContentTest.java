package org.whichtherapist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real site, built from content/: the educational content and how its pages link up. */
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
    void everyDisciplineQualificationAndTechniqueHasAPage() {
        assertEquals(List.of("disciplines/massage-therapist.html", "disciplines/physiotherapist.html",
                "disciplines/soft-tissue-therapist.html", "disciplines/sports-massage-therapist.html",
                "disciplines/sports-therapist.html"), pagesIn("disciplines"));
        assertTrue(pagesIn("qualifications").size() >= 3, pagesIn("qualifications").toString());
        assertTrue(pagesIn("techniques").size() >= 10, pagesIn("techniques").toString());
        assertTrue(pagesIn("articles").size() >= 12, pagesIn("articles").toString());
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
        assertTrue(pairs >= 15, "only " + pairs + " links between disciplines and techniques/qualifications");
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
        assertTrue(listed >= 12, "articles name disciplines " + listed + " times");
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
        assertEquals(5, table.select("thead th[scope=col]").size());
        List<String> rows = table.select("tbody th[scope=row]").eachText();
        assertEquals(List.of("Training", "Entry level", "Regulated by law?", "Hands-on style", "Typical techniques",
                "Best for", "Where to find them"), rows);
        for (Element row : table.select("tbody tr")) {
            assertEquals(5, row.select("td").size());
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
        assertTrue(situations.size() >= 6, situations.size() + " situations");
        for (Element situation : situations) {
            Element first = situation.selectFirst(".guide__see a");
            assertNotNull(first, situation.selectFirst("summary").text() + " recommends nobody");
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

    @Test
    void articlesAreBetween600And1200Words() {
        for (String article : pagesIn("articles")) {
            Element prose = site.page(article).selectFirst(".prose").clone();
            prose.select(".care-box").remove(); // the NHS's words, the same on every page
            int words = prose.text().split("\\s+").length;
            assertTrue(words >= 600 && words <= 1200, article + " has " + words + " words");
        }
    }

    @Test
    void noPageRepeatsARunOfEightWordsFromTheSourceTexts() throws IOException {
        Set<String> seedRuns = SeedFingerprints.committed();
        assertTrue(seedRuns.size() > 500, "the seed fingerprints were not read from " + SeedFingerprints.FILE);
        try (Stream<Path> files = Files.walk(TestSites.PROJECT.resolve("content"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                List<String> copied = WordRuns.of(Files.readString(file), SeedFingerprints.RUN_LENGTH).stream()
                        .filter(run -> seedRuns.contains(SeedFingerprints.of(run)))
                        .toList();
                assertTrue(copied.isEmpty(), file.getFileName() + " repeats the source text: " + copied);
            }
        }
    }
}
