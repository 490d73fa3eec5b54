package org.whichtherapist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.apache.commons.io.file.PathUtils;
import org.junit.jupiter.api.Test;
import org.whichtherapist.core.BuildMode;
import org.whichtherapist.core.Problem;

/**
 * The owner's article length (site.article.min_words / max_words) is a warning the build and the
 * preview show, with the file and the line the text starts on, never a refusal: a short, cited,
 * reviewed article is published.
 */
class ArticleLengthTest {
    private static final String PAGE = "content/articles/short-answer.md";
    /** The body starts on line 14. */
    private static final int BODY_LINE = 14;

    /** A cited, reviewed article of {@code words} words (the citation adds none: it is a number in the page). */
    static String article(String status, int words) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            text.append(i % 10 == 0 ? (i == 0 ? "" : ". ") + "Ask" : " word");
        }
        return "---\ntitle: A short answer\ntype: article\nstatus: " + status + "\ndate: 2026-04-01\nreviewed: 2026-04-01\n"
                + "summary: A short answer to one question.\nsources: [hcpc-register]\nauthor: jo-example\n"
                + "reviewer: sam-example\ncare: urgent\n---\n\n" + text + ".[^hcpc-register]\n";
    }

    private static Path fixtureWith(String settings, String article) throws IOException {
        Path project = TestSites.newFixtureProject();
        TestSites.appendTo(project.resolve("jbake.properties"), settings);
        Files.writeString(project.resolve(PAGE), article, StandardCharsets.UTF_8);
        return project;
    }

    private static List<Problem> warningsFor(BuiltSite site, String file) {
        return site.report().warnings().stream().filter(w -> w.file().equals(file)).toList();
    }

    @Test
    void aShortArticleIsPublishedWithOneWarningAtItsFirstLineOfText() throws IOException {
        Path project = fixtureWith("\nsite.article.min_words=600\nsite.article.max_words=1200\n", article("published", 150));
        BuiltSite site = TestSites.build(project, BuildMode.PUBLISH);

        assertTrue(site.exists("articles/short-answer.html"));
        assertEquals(List.of(PAGE + ":" + BODY_LINE + ": this article has 150 words; this site's articles have at least 600"
                        + " (site.article.min_words in jbake.properties) — add what a reader would ask next, or join it to a"
                        + " related article; if short articles suit your site, lower site.article.min_words"),
                warningsFor(site, PAGE).stream().map(Problem::format).toList());
    }

    @Test
    void aLongArticleIsWarnedAboutAndADraftIsNot() throws IOException {
        Path project = fixtureWith("\nsite.article.min_words=10\nsite.article.max_words=100\n", article("published", 150));
        Files.writeString(project.resolve("content/articles/unfinished.md"), article("draft", 3));
        BuiltSite site = TestSites.build(project, BuildMode.PREVIEW);

        assertEquals(List.of(PAGE + ":" + BODY_LINE + ": this article has 150 words; this site's articles have at most 100"
                        + " (site.article.max_words in jbake.properties) — split it into two articles that link to each"
                        + " other, or raise site.article.max_words"),
                warningsFor(site, PAGE).stream().map(Problem::format).toList());
        assertEquals(List.of(), warningsFor(site, "content/articles/unfinished.md"), "a draft is still being written");
    }

    @Test
    void withNoLimitsSetNoArticleIsWarnedAbout() throws IOException {
        BuiltSite site = TestSites.build(fixtureWith("", article("published", 5)), BuildMode.PUBLISH);
        assertEquals(List.of(), warningsFor(site, PAGE));
    }

    @Test
    void limitsThatAreNotWholeNumbersOrTheWrongWayRoundAreRefusedAtTheirLine() throws IOException {
        Path project = fixtureWith("\nsite.article.min_words=six hundred\n", article("published", 150));
        Problem problem = TestSites.failingBuild(project).get(0);
        assertEquals("jbake.properties", problem.file());
        assertEquals(Files.readAllLines(project.resolve("jbake.properties")).indexOf("site.article.min_words=six hundred") + 1,
                problem.line());
        assertTrue(problem.message().contains("'six hundred', which is not a whole number"), problem.message());

        Path reversed = fixtureWith("\nsite.article.min_words=900\nsite.article.max_words=300\n", article("published", 150));
        Problem backwards = TestSites.failingBuild(reversed).get(0);
        assertEquals(Files.readAllLines(reversed.resolve("jbake.properties")).indexOf("site.article.max_words=300") + 1,
                backwards.line());
        assertTrue(backwards.message().contains("is below 'site.article.min_words' (900)"), backwards.message());
    }

    /**
     * The real site with the owner's settings, as a fresh clone has it, and one short article added: it
     * builds, with at most one warning about that article.
     */
    @Test
    void theRealSiteWithAShortArticleAddedBuilds() throws IOException {
        Path project = TestSites.scratch("real-with-short");
        for (String folder : List.of("content", "templates", "assets")) {
            PathUtils.copyDirectory(TestSites.PROJECT.resolve(folder), project.resolve(folder));
        }
        Files.copy(TestSites.PROJECT.resolve("jbake.properties"), project.resolve("jbake.properties"));
        Files.writeString(project.resolve(PAGE), article("published", 150));

        BuiltSite site = TestSites.build(project, BuildMode.PUBLISH, Clock.systemUTC(), project.resolve("target/site"));

        assertTrue(site.exists("articles/short-answer.html"));
        assertTrue(warningsFor(site, PAGE).size() <= 1, warningsFor(site, PAGE).toString());
    }
}
