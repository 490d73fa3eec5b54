package org.whichtherapist;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.whichtherapist.build.BuildMode;
import org.whichtherapist.build.BuildOptions;
import org.whichtherapist.build.SiteBuild;

/**
 * The preview builds again with the same {@link SiteBuild}, which reuses the Markdown of pages
 * that did not change. After a save, what it writes must be exactly what a fresh build writes.
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
}
