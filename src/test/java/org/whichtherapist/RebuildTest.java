package org.whichtherapist;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.io.file.PathUtils;
import org.junit.jupiter.api.Test;
import org.whichtherapist.build.BuildFailedException;
import org.whichtherapist.build.BuildMode;
import org.whichtherapist.build.BuildOptions;
import org.whichtherapist.build.BuildReport;
import org.whichtherapist.build.BuiltPages;
import org.whichtherapist.build.PageScanner;
import org.whichtherapist.build.Problem;
import org.whichtherapist.build.SiteBuild;

/**
 * The preview builds again with the same {@link SiteBuild}, which reuses the Markdown of pages
 * that did not change, and what the checks read from built pages whose bytes did not change.
 * After a save, what it writes and what it finds must be exactly what a fresh build writes and finds.
 */
class RebuildTest {

    @Test
    void aRebuildAfterSavingOneArticleWritesTheSameBytesAsAFreshBuild() throws Exception {
        Path project = TestSites.newFixtureProject();
        Path article = project.resolve("content/articles/filler-3.md");
        SiteBuild preview = new SiteBuild();
        preview.run(new BuildOptions(project, project.resolve("again"), BuildMode.PUBLISH, TestSites.FIXTURE_TODAY));

        String text = Files.readString(article, StandardCharsets.UTF_8)
                .replace("title: ", "title: Renamed ") + "\nA new closing sentence.\n";
        Files.writeString(article, text, StandardCharsets.UTF_8);
        preview.run(new BuildOptions(project, project.resolve("again"), BuildMode.PUBLISH, TestSites.FIXTURE_TODAY));
        BuiltSite again = new BuiltSite(project, project.resolve("again"), null);
        BuiltSite fresh = TestSites.build(project, BuildMode.PUBLISH, TestSites.FIXTURE_TODAY, project.resolve("fresh"));

        assertTrue(again.page("articles/filler-3.html").select("main p").eachText().contains("A new closing sentence."));
        assertTrue(again.page("articles/filler-2.html").selectFirst(".prev-next a[rel=next]").text()
                .contains("Renamed Filler article 3"), "the older neighbour shows the new title");
        assertEquals(fresh.files(), again.files());
        for (String file : fresh.files()) {
            assertArrayEquals(Files.readAllBytes(fresh.output().resolve(file)),
                    Files.readAllBytes(again.output().resolve(file)), file + " differs from a fresh build");
        }
    }

    @Test
    void aRebuildFindsALinkThatAnotherPageBrokeAndForgetsItOnceFixedJustAsAFreshBuildDoes() throws Exception {
        Path project = TestSites.newFixtureProject();
        Path discipline = project.resolve("content/disciplines/alpha-therapist.md");
        SiteBuild preview = new SiteBuild();
        preview.run(previewOf(project, "again"));

        // The page with the link does not change; the heading it points to goes.
        TestSites.replaceIn(discipline, "## What they do", "## What they offer");
        List<Problem> again = assertThrows(BuildFailedException.class, () -> preview.run(previewOf(project, "again")))
                .problems();
        List<Problem> fresh = assertThrows(BuildFailedException.class,
                () -> new SiteBuild().run(previewOf(project, "fresh"))).problems();
        assertEquals(fresh, again);
        assertEquals("content/articles/markdown-features.md:36: the link '../disciplines/alpha-therapist.html#what-they-do'"
                + " points to #what-they-do, which is not a heading or id in disciplines/alpha-therapist.html — use the"
                + " id of a heading on that page (its words in lower case, joined by hyphens)", again.get(0).format());

        TestSites.replaceIn(discipline, "## What they offer", "## What they do");
        BuildReport fixed = preview.run(previewOf(project, "again"));
        BuildReport freshFixed = new SiteBuild().run(previewOf(project, "fresh"));
        assertEquals(freshFixed.weights(), fixed.weights());
        assertSameFiles(new BuiltSite(project, project.resolve("fresh"), freshFixed),
                new BuiltSite(project, project.resolve("again"), fixed));
    }

    @Test
    void readingABuiltSiteAgainParsesOnlyTheChangedPageAndGivesWhatAFreshReadingGives() throws Exception {
        Path site = TestSites.scratch("scanned").resolve("site");
        PathUtils.copyDirectory(TestSites.fixture().output(), site);
        PageScanner scanner = new PageScanner();
        BuiltPages first = scanner.read(site);
        assertTrue(first.parsed() > 20, first.parsed() + " files parsed");

        Path page = site.resolve("articles/filler-2.html");
        Files.writeString(page, Files.readString(page).replace("</main>", "<p id=\"added\"><a href=\"#nowhere\">x</a></main>"));
        BuiltPages again = scanner.read(site);
        BuiltPages fresh = new PageScanner().read(site);

        assertEquals(1, again.parsed(), "only the changed page is parsed again");
        assertEquals(fresh.files(), again.files());
        for (String file : fresh.files()) {
            assertEquals(fresh.scan(file), again.scan(file), file);
        }
        assertTrue(again.scan("articles/filler-2.html").links().ids().contains("added"));
        assertTrue(again.scan("articles/filler-2.html").links().links().contains("#nowhere"));
    }

    private static BuildOptions previewOf(Path project, String output) {
        return new BuildOptions(project, project.resolve(output), BuildMode.PREVIEW, TestSites.FIXTURE_TODAY);
    }

    private static void assertSameFiles(BuiltSite expected, BuiltSite actual) throws Exception {
        assertEquals(expected.files(), actual.files());
        for (String file : expected.files()) {
            assertArrayEquals(Files.readAllBytes(expected.output().resolve(file)),
                    Files.readAllBytes(actual.output().resolve(file)), file + " differs from a fresh build");
        }
    }
}
