package org.whichtherapist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.whichtherapist.core.BuildMode;
import org.whichtherapist.core.Problem;

/**
 * The pages that say who runs the site and how are built from content/_data/site-owner.yml and linked
 * from every page's footer; the accessibility statement follows the GOV.UK sample's structure.
 */
class DisclosurePagesTest {
    private static final String OWNER = "content/_data/site-owner.yml";
    private static final List<String> PAGES = List.of("who-runs-this-site.html", "editorial-policy.html",
            "accessibility.html", "privacy.html");

    @Test
    void everyPageLinksToTheFourPagesInItsFooter() {
        BuiltSite site = TestSites.fixture();
        List<String> without = new ArrayList<>();
        for (String path : site.readerPages()) {
            Document page = site.page(path);
            List<String> links = page.select("footer a").eachAttr("abs:href").stream()
                    .map(href -> href.substring(href.lastIndexOf('/') + 1)).toList();
            if (!links.containsAll(PAGES)) {
                without.add(path + ": " + links);
            }
        }
        assertEquals(List.of(), without);
        PAGES.forEach(page -> assertTrue(site.exists(page), page));
    }

    @Test
    void thePagesSayWhatTheOwnersFileSays() throws IOException {
        Path project = TestSites.newFixtureProject();
        TestSites.replaceIn(project.resolve(OWNER), "name: Jo Example", "name: Pat Owner");
        TestSites.replaceIn(project.resolve(OWNER), "It has no adverts and no sponsors.", "A grant from a charity pays for it.");
        TestSites.replaceIn(project.resolve(OWNER), "corrections_days: 5", "corrections_days: 3");
        TestSites.replaceIn(project.resolve("jbake.properties"), "site.review.months=12", "site.review.months=6");
        BuiltSite site = TestSites.build(project, BuildMode.PUBLISH);
        String owner = site.page("who-runs-this-site.html").selectFirst("main").text();
        assertTrue(owner.contains("Which Therapist? is run by Pat Owner.") && owner.contains("A grant from a charity pays for"
                + " it."), owner);
        String editorial = site.page("editorial-policy.html").selectFirst("main").text();
        assertTrue(editorial.contains("at least every 6 months") && editorial.contains("within 3 working days"), editorial);
        assertEquals(List.of("Chris Example", "Sam Example"),
                site.page("editorial-policy.html").select("#writing-and-checking ~ ul a").eachText(), "the reviewers");
        String privacy = site.page("privacy.html").selectFirst("main").text();
        assertTrue(privacy.contains("sets no cookies") && privacy.contains("hello@example.com"), privacy);
    }

    @Test
    void theAccessibilityStatementHasTheGovUkSamplesPartsAndItsCompliance() throws IOException {
        Document page = TestSites.fixture().page("accessibility.html");
        assertEquals(List.of("How accessible this website is", "Feedback and contact information",
                "Reporting accessibility problems with this website", "Enforcement procedure",
                "Technical information about this website's accessibility", "Compliance status",
                "What we are doing to improve accessibility", "Preparation of this accessibility statement"),
                page.select("main h2, main h3").eachText().stream().filter(h -> !h.equals("Sources")).toList());
        assertTrue(page.selectFirst("#compliance + p").text().startsWith("This website is partially compliant"));
        assertEquals(1, page.select("#how-accessible + p + ul li").size(), "the known issue from the owner's file");

        Path project = TestSites.newFixtureProject();
        TestSites.replaceIn(project.resolve(OWNER), "wcag_status: partially", "wcag_status: fully");
        String file = Files.readString(project.resolve(OWNER));
        Files.writeString(project.resolve(OWNER), file.substring(0, file.indexOf("accessibility_issues:"))
                + "accessibility_issues: []\n" + file.substring(file.indexOf("\n# When you last")));
        Document fully = TestSites.build(project, BuildMode.PUBLISH).page("accessibility.html");
        assertTrue(fully.selectFirst("#compliance + p").text().startsWith("This website is fully compliant"));
        assertEquals("We know of no part of this website that is not accessible.",
                fully.selectFirst("#how-accessible + p").text());
    }

    @Test
    void aMistakeInTheOwnersFileIsRefusedAtItsLine() throws IOException {
        Path project = TestSites.newFixtureProject();
        TestSites.replaceIn(project.resolve(OWNER), "corrections_days: 5", "corrections_days: soon");
        TestSites.replaceIn(project.resolve(OWNER), "wcag_status: partially", "wcag_status: mostly");
        List<String> lines = Files.readAllLines(project.resolve(OWNER));
        assertEquals(List.of(
                OWNER + ":" + (lines.indexOf("corrections_days: soon") + 1) + ": 'corrections_days' must be a number of"
                        + " working days from 1 to 60 — write e.g. corrections_days: 5",
                OWNER + ":" + (lines.indexOf("wcag_status: mostly") + 1) + ": 'wcag_status' must be fully, partially or"
                        + " not — write how far the site meets WCAG 2.2 AA, e.g. wcag_status: partially"),
                TestSites.failingBuild(project).stream().map(Problem::format).toList());
    }

    @Test
    void withoutTheOwnersFileThereAreNoSuchPagesAndNoFooterLinksToThem() throws IOException {
        Path project = TestSites.newFixtureProject();
        Files.delete(project.resolve(OWNER));
        BuiltSite site = TestSites.build(project, BuildMode.PREVIEW);
        assertFalse(site.exists("privacy.html"));
        assertFalse(site.page("index.html").selectFirst("footer").text().contains("Privacy"));
        assertTrue(site.report().notReady().stream().anyMatch(p -> p.file().equals(OWNER)), "not ready to publish");
    }
}
