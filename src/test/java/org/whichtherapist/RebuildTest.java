package org.whichtherapist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.io.file.PathUtils;
import org.junit.jupiter.api.Test;
import org.whichtherapist.core.BuildFailedException;
import org.whichtherapist.core.BuildMode;
import org.whichtherapist.pipeline.BuildOptions;
import org.whichtherapist.pipeline.BuildReport;
import org.whichtherapist.check.BuiltPages;
import org.whichtherapist.check.PageScanner;
import org.whichtherapist.ledger.KeptResults;
import org.whichtherapist.core.Problem;
import org.whichtherapist.pipeline.BuildMemory;
import org.whichtherapist.pipeline.SiteBuild;
import org.whichtherapist.pipeline.StagedOutput;
import org.whichtherapist.preview.PreviewSite;

/**
 * The preview builds again with the same {@link PreviewSite} (publish builds can keep a {@link BuildMemory} too), which reads again only the files that
 * changed, the Markdown of pages that did not, and what the checks read from unchanged built
 * pages. After a save, what it writes must be exactly what a fresh build writes, and it must stop
 * on exactly the problems a fresh build stops on.
 */
class RebuildTest {

    @Test
    void aRebuildAfterSavingOneArticleWritesTheSameBytesAsAFreshBuild() throws Exception {
        Path project = TestSites.newFixtureProject();
        Path article = project.resolve("content/articles/filler-3.md");
        BuildMemory memory = new BuildMemory();
        SiteBuild.run(new BuildOptions(project, project.resolve("again"), BuildMode.PUBLISH, TestSites.FIXTURE_TODAY),
                memory, new StagedOutput());

        String text = Files.readString(article, StandardCharsets.UTF_8)
                .replace("title: ", "title: Renamed ") + "\nA new closing sentence.\n";
        Files.writeString(article, text, StandardCharsets.UTF_8);
        SiteBuild.run(new BuildOptions(project, project.resolve("again"), BuildMode.PUBLISH, TestSites.FIXTURE_TODAY),
                memory, new StagedOutput());
        BuiltSite again = new BuiltSite(project, project.resolve("again"), null);
        BuiltSite fresh = TestSites.build(project, BuildMode.PUBLISH, TestSites.FIXTURE_TODAY, project.resolve("fresh"));

        assertTrue(again.page("articles/filler-3.html").select("main p").eachText().contains("A new closing sentence."));
        assertTrue(again.page("articles/filler-2.html").selectFirst(".prev-next a[rel=next]").text()
                .contains("Renamed Filler article 3"), "the older neighbour shows the new title");
        again.assertSameFilesAs(fresh);
    }

    @Test
    void aPageLinkingToOneThatMovesIsCheckedAgainAndThenRebuiltLikeAFreshBuild() throws Exception {
        Path project = TestSites.newFixtureProject();
        Path linking = project.resolve("content/articles/filler-2.md");
        TestSites.appendTo(linking, "\nRead [about us](../pages/about.md).\n");
        PreviewSite preview = new PreviewSite();
        Path output = project.resolve("again");
        preview.build(new BuildOptions(project, output, BuildMode.PREVIEW, TestSites.FIXTURE_TODAY));

        Files.move(project.resolve("content/pages/about.md"), project.resolve("content/pages/about-us.md"));
        List<String> afterMove = problems(preview, project, output);
        assertEquals(problems(new PreviewSite(), project, project.resolve("fresh-failed")), afterMove);
        assertTrue(afterMove.contains("content/articles/filler-2.md:17: the link to '../pages/about.md' does not lead"
                + " to a page — did you mean '../pages/about-us.md'?"), afterMove.toString());

        TestSites.replaceIn(linking, "about.md", "about-us.md");
        preview.build(new BuildOptions(project, output, BuildMode.PREVIEW, TestSites.FIXTURE_TODAY));
        BuiltSite again = new BuiltSite(project, output, null);
        BuiltSite fresh = TestSites.build(project, BuildMode.PREVIEW, TestSites.FIXTURE_TODAY, project.resolve("fresh"));

        assertEquals("../about-us.html", again.page("articles/filler-2.html").selectFirst("main a[href*=about]")
                .attr("href"));
        again.assertSameFilesAs(fresh);
    }

    @Test
    void aRebuildAfterAddingAndDeletingPagesWritesTheSameBytesAsAFreshBuild() throws Exception {
        Path project = TestSites.newFixtureProject();
        PreviewSite preview = new PreviewSite();
        Path output = project.resolve("again");
        preview.build(new BuildOptions(project, output, BuildMode.PREVIEW, TestSites.FIXTURE_TODAY));

        Files.delete(project.resolve("content/articles/filler-6.md"));
        Files.writeString(project.resolve("content/articles/filler-7.md"), Files.readString(
                project.resolve("content/articles/filler-1.md")).replace("Filler article 1", "Filler article 7"));
        Path linking = project.resolve("content/articles/filler-3.md");
        TestSites.appendTo(linking, "\nSee [the new one](filler-7.md).\n");
        preview.build(new BuildOptions(project, output, BuildMode.PREVIEW, TestSites.FIXTURE_TODAY));
        BuiltSite fresh = TestSites.build(project, BuildMode.PREVIEW, TestSites.FIXTURE_TODAY, project.resolve("fresh"));

        new BuiltSite(project, output, null).assertSameFilesAs(fresh);
    }

    private static List<String> problems(PreviewSite build, Path project, Path output) {
        BuildFailedException failure = assertThrows(BuildFailedException.class,
                () -> build.build(new BuildOptions(project, output, BuildMode.PREVIEW, TestSites.FIXTURE_TODAY)));
        return failure.problems().stream().map(Problem::format).toList();
    }


    @Test
    void aRebuildFindsALinkThatAnotherPageBrokeAndForgetsItOnceFixedJustAsAFreshBuildDoes() throws Exception {
        Path project = TestSites.newFixtureProject();
        Path discipline = project.resolve("content/disciplines/alpha-therapist.md");
        PreviewSite preview = new PreviewSite();
        preview.build(previewOf(project, "again"));

        // The page with the link does not change; the heading it points to goes.
        TestSites.replaceIn(discipline, "## What they do", "## What they offer");
        List<Problem> again = assertThrows(BuildFailedException.class, () -> preview.build(previewOf(project, "again")))
                .problems();
        List<Problem> fresh = assertThrows(BuildFailedException.class,
                () -> SiteBuild.run(previewOf(project, "fresh"))).problems();
        assertEquals(fresh, again);
        assertEquals("content/articles/markdown-features.md:39: the link '../disciplines/alpha-therapist.html#what-they-do'"
                + " points to #what-they-do, which is not a heading or id in disciplines/alpha-therapist.html — use the"
                + " id of a heading on that page (its words in lower case, joined by hyphens)", again.get(0).format());

        TestSites.replaceIn(discipline, "## What they offer", "## What they do");
        BuildReport fixed = preview.build(previewOf(project, "again"));
        BuildReport freshFixed = SiteBuild.run(previewOf(project, "fresh"));
        assertEquals(freshFixed.weights(), fixed.weights());
        new BuiltSite(project, project.resolve("again"), fixed)
                .assertSameFilesAs(new BuiltSite(project, project.resolve("fresh"), freshFixed));
    }

    @Test
    void readingABuiltSiteAgainParsesOnlyTheChangedPageAndGivesWhatAFreshReadingGives() throws Exception {
        Path site = TestSites.scratch("scanned").resolve("site");
        PathUtils.copyDirectory(TestSites.fixture().output(), site);
        PageScanner scanner = new PageScanner(KeptResults.NONE);
        BuiltPages first = scanner.read(site);
        assertTrue(first.parsed() > 20, first.parsed() + " files parsed");

        Path page = site.resolve("articles/filler-2.html");
        Files.writeString(page, Files.readString(page).replace("</main>", "<p id=\"added\"><a href=\"#nowhere\">x</a></main>"));
        BuiltPages again = scanner.read(site);
        BuiltPages fresh = new PageScanner(KeptResults.NONE).read(site);

        assertEquals(1, again.parsed(), "only the changed page is parsed again");
        assertEquals(fresh.files(), again.files());
        for (String file : fresh.files()) {
            assertEquals(fresh.scan(file), again.scan(file), file);
        }
        assertTrue(again.scan("articles/filler-2.html").links().ids().contains("added"));
        assertTrue(again.scan("articles/filler-2.html").links().links().contains("#nowhere"));
    }

    @Test
    void whenTheWriterSaysWhenWritingBeganOnlyFilesWrittenSinceAreRead() throws Exception {
        Path site = TestSites.scratch("stamped").resolve("site");
        PathUtils.copyDirectory(TestSites.fixture().output(), site);
        java.nio.file.attribute.FileTime anHourAgo = java.nio.file.attribute.FileTime.from(
                java.time.Instant.now().minus(java.time.Duration.ofHours(1)));
        for (String file : new PageScanner(KeptResults.NONE).read(site).files()) {
            Files.setLastModifiedTime(site.resolve(file), anHourAgo);
        }
        PageScanner scanner = new PageScanner(KeptResults.NONE);
        scanner.read(site, java.util.Optional.of(java.time.Instant.now()));

        java.time.Instant writingBegan = java.time.Instant.now();
        Path page = site.resolve("articles/filler-2.html");
        Files.writeString(page, Files.readString(page).replace("</main>", "<p id=\"added\">x</p></main>"));
        // Changed behind the writer's back, with its old time stamp put back: not read, by the promise.
        Path other = site.resolve("articles/filler-3.html");
        Files.writeString(other, Files.readString(other).replace("</main>", "<p id=\"sneaked\">x</p></main>"));
        Files.setLastModifiedTime(other, anHourAgo);
        BuiltPages again = scanner.read(site, java.util.Optional.of(writingBegan));

        assertEquals(1, again.parsed(), "only the file written since is read");
        assertTrue(again.scan("articles/filler-2.html").links().ids().contains("added"));
        assertFalse(again.scan("articles/filler-3.html").links().ids().contains("sneaked"), "an older file is not read");
        BuiltPages fresh = new PageScanner(KeptResults.NONE).read(site);
        for (String file : fresh.files()) {
            if (!file.equals("articles/filler-3.html")) {
                assertEquals(fresh.scan(file), again.scan(file), file);
            }
        }
    }

    private static BuildOptions previewOf(Path project, String output) {
        return new BuildOptions(project, project.resolve(output), BuildMode.PREVIEW, TestSites.FIXTURE_TODAY);
    }

}
