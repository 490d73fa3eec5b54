package org.whichtherapist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import java.util.Set;

import org.apache.commons.io.file.PathUtils;
import org.junit.jupiter.api.Test;
import org.whichtherapist.core.BuildFailedException;
import org.whichtherapist.core.BuildMode;
import org.whichtherapist.pipeline.BuildOptions;
import org.whichtherapist.pipeline.BuildReport;
import org.whichtherapist.preview.PreviewSite;

/**
 * The preview keeps its last bake and, after a save that changed only the text of a page,
 * renders only the outputs that show that text. Whatever path a rebuild takes, the served folder
 * must then hold exactly what a fresh preview build of the same files writes.
 */
class PreviewRebuildTest {

    private final Path project = TestSites.newFixtureProject();
    private final Path served = project.resolve("target/preview");
    private final PreviewSite preview = new PreviewSite();

    @Test
    void savingTheTextOfAnArticleRendersLittleAndMatchesAFreshBuild() throws Exception {
        rebuild();
        append("content/articles/filler-3.md", "\nA new closing sentence.\n");
        BuildReport report = rebuild();

        assertTrue(TestSites.bakedChangedTextOnly(report), report.times().describe());
        assertTrue(page("articles/filler-3.html").contains("A new closing sentence."));
        assertTrue(new SearchFiles(new BuiltSite(project, served, report)).pageAt("articles/filler-3.html").get("text")
                .asText().contains("A new closing sentence."), "the search has the new text");
        assertTrue(new SearchFiles(new BuiltSite(project, served, report)).where("closing")
                .containsKey("articles/filler-3.html"), "and finds the page by its new words");
        assertSameAsAFreshBuild();
    }

    @Test
    void aWordPutInAHeadingOrTakenOutInALaterSaveIsFoundAsThePageIsNow() throws Exception {
        Path article = project.resolve("content/articles/filler-3.md");
        String original = Files.readString(article, StandardCharsets.UTF_8);
        rebuild();
        append("content/articles/filler-3.md", "\nA zygomatic sentence.\n");
        rebuild();
        assertEquals(1, new SearchFiles(new BuiltSite(project, served, null)).where("zygomatic")
                .get("articles/filler-3.html"), "in the text");
        append("content/articles/filler-3.md", "\n## Zygomatic bones\n");
        rebuild();
        assertEquals(1 | 4, new SearchFiles(new BuiltSite(project, served, null)).where("zygomatic")
                .get("articles/filler-3.html"), "in the text and a heading");
        Files.writeString(article, original, StandardCharsets.UTF_8);
        BuildReport report = rebuild();

        assertTrue(TestSites.bakedChangedTextOnly(report), report.times().describe());
        assertTrue(new SearchFiles(new BuiltSite(project, served, report)).where("zygomatic").isEmpty(),
                "the word's list is made again from the page as it is now");
        assertSameAsAFreshBuild();
    }

    @Test
    void aPageNamedBeforeItExistsIsRefusedThenAcceptedOnceItIsWritten() throws Exception {
        rebuild();
        TestSites.replaceIn(project.resolve("content/articles/filler-3.md"), "tags: [filler]",
                "tags: [filler]\ndisciplines: [gamma-therapist]");
        BuildFailedException failed = assertThrows(BuildFailedException.class, this::rebuild);
        assertTrue(failed.problems().stream().anyMatch(p -> p.file().equals("content/articles/filler-3.md")
                && p.message().contains("gamma-therapist")), failed.problems().toString());

        Files.writeString(project.resolve("content/disciplines/gamma-therapist.md"),
                Files.readString(project.resolve("content/disciplines/beta-therapist.md"), StandardCharsets.UTF_8)
                        .replace("Beta therapist", "Gamma therapist").replace("order: 2", "order: 3"),
                StandardCharsets.UTF_8);
        rebuild();
        assertTrue(page("articles/filler-3.html").contains("Filler text 3."));
        assertSameAsAFreshBuild();
    }

    @Test
    void aServedFolderRemovedWhileThePreviewRunsIsFilledAgainByTheNextSave() throws Exception {
        rebuild();
        PathUtils.deleteDirectory(served); // as mvn clean would, in another window
        append("content/articles/filler-3.md", "\nA new closing sentence.\n");
        rebuild();
        assertTrue(Files.isRegularFile(served.resolve("index.html")), "a page the save did not change");
        assertSameAsAFreshBuild();
    }

    @Test
    void savingTheTextOfADisciplineLeavesTheComparisonTableAlone() throws Exception {
        rebuild();
        Path work = PreviewSite.workFolder(served);
        FileTime comparison = Files.getLastModifiedTime(work.resolve("compare.html"));
        FileTime discipline = Files.getLastModifiedTime(work.resolve("disciplines/alpha-therapist.html"));
        Thread.sleep(20); // a rewritten file gets a later time stamp
        append("content/disciplines/alpha-therapist.md", "\nA new closing sentence.\n");
        BuildReport report = rebuild();

        assertTrue(TestSites.bakedChangedTextOnly(report), report.times().describe());
        assertTrue(report.baked().parts().contains("page:disciplines/alpha-therapist.html"), report.baked().toString());
        assertFalse(report.baked().parts().contains("page:compare.html"), report.baked().toString());
        assertTrue(page("disciplines/alpha-therapist.html").contains("A new closing sentence."));
        assertNotEquals(discipline, Files.getLastModifiedTime(work.resolve("disciplines/alpha-therapist.html")));
        assertEquals(comparison, Files.getLastModifiedTime(work.resolve("compare.html")),
                "the table shows the disciplines' front matter, not their text, so it is not rendered again");
        assertSameAsAFreshBuild();
    }

    @Test
    void changingATitleBakesEverythingSoNeighboursAndListsFollow() throws Exception {
        rebuild();
        Path firstResult = PreviewSite.workFolder(served).resolve("search/p/0.json");
        Object firstResultFile = Files.readAttributes(firstResult, BasicFileAttributes.class).fileKey();
        TestSites.replaceIn(project.resolve("content/articles/filler-3.md"), "title: ", "title: Renamed ");
        BuildReport report = rebuild();

        assertEquals(firstResultFile, Files.readAttributes(firstResult, BasicFileAttributes.class).fileKey(),
                "a search file with the same bytes is the last work folder's file, not written again");

        assertFalse(TestSites.bakedChangedTextOnly(report), report.times().describe());
        assertTrue(page("articles/filler-2.html").contains("Renamed Filler article 3"), "the older neighbour");
        assertTrue(page("2/index.html").contains("Renamed Filler article 3"), "the index page that lists it");
        assertTrue(page("tags/filler.html").contains("Renamed Filler article 3"), "its tag page");
        assertTrue(page("feed.xml").contains("Renamed Filler article 3"), "the feed");
        assertSameAsAFreshBuild();
    }

    @Test
    void aDisciplinesNewTitleReachesTheEditorsChoices() throws Exception {
        rebuild();
        TestSites.replaceIn(project.resolve("content/disciplines/alpha-therapist.md"), "title: ", "title: Renamed ");
        rebuild();
        assertTrue(page("admin/config.yml").contains("label: Renamed Alpha therapist (alpha-therapist)"),
                "the editor offers the discipline by its new title");
        assertSameAsAFreshBuild();
    }

    @Test
    void editingATemplateBakesEverythingWithTheNewTemplate() throws Exception {
        rebuild();
        append("content/articles/filler-3.md", "\nA new closing sentence.\n");
        rebuild(); // a partial bake, with the templates parsed last time
        TestSites.replaceIn(project.resolve("templates/article.ftl"), "<#macro after_text page>",
                "<#macro after_text page><p>Edited template</p>");
        BuildReport report = rebuild();

        assertFalse(TestSites.bakedChangedTextOnly(report), report.times().describe());
        assertTrue(page("articles/filler-1.html").contains("Edited template"));
        assertSameAsAFreshBuild();
    }

    @Test
    void theWatchersChangedPathsDecideWhatIsBakedAgain() throws Exception {
        rebuild();
        append("content/articles/filler-3.md", "\nA new closing sentence.\n");
        BuildReport textOnly = rebuildAfter("content/articles/filler-3.md");
        assertTrue(TestSites.bakedChangedTextOnly(textOnly), textOnly.baked().toString());
        assertTrue(page("articles/filler-3.html").contains("A new closing sentence."));
        assertSameAsAFreshBuild();

        TestSites.replaceIn(project.resolve("templates/article.ftl"), "<#macro after_text page>",
                "<#macro after_text page><p>Edited template</p>");
        BuildReport template = rebuildAfter("templates/article.ftl");
        assertFalse(TestSites.bakedChangedTextOnly(template), template.baked().toString());
        assertTrue(page("articles/filler-1.html").contains("Edited template"));
        assertSameAsAFreshBuild();
    }

    @Test
    void changingTheUrgentCareTextOrItsSourcesReachesEveryPageThatShowsIt() throws Exception {
        rebuild();
        Path snippet = project.resolve("content/_snippets/care-urgent.md");
        TestSites.replaceIn(snippet, "sources: [nhs-111]", "sources: [nhs-when-to-go-to-ae]");
        TestSites.replaceIn(project.resolve("content/_snippets/care-self-care.md"), "sources: [nhs-111]",
                "sources: [nhs-when-to-go-to-ae]");
        rebuild();
        assertFalse(page("urgent-care-advice.html").contains("When to use 111"), "the care advice's Sources list follows");
        assertSameAsAFreshBuild();

        TestSites.replaceIn(snippet, "- a swollen, painful calf", "- a swollen, painful leg");
        rebuild();
        assertTrue(page("articles/markdown-features.html").contains("a swollen, painful leg"));
        assertTrue(page("articles/filler-1.html").contains("a swollen, painful leg"), "and the pages it follows");
        assertSameAsAFreshBuild();
    }

    @Test
    void aTextChangeThatBreaksAnotherPagesLinkFailsThenTheFixMatchesAFreshBuild() throws Exception {
        rebuild();
        Path discipline = project.resolve("content/disciplines/alpha-therapist.md");
        String before = Files.readString(discipline, StandardCharsets.UTF_8);
        // markdown-features.md links to alpha-therapist.md#what-they-do: renaming the heading breaks it.
        TestSites.replaceIn(discipline, "## What they do", "## Their work");
        BuildFailedException failed = assertThrows(BuildFailedException.class, this::rebuild);
        assertTrue(failed.problems().stream().anyMatch(p -> p.file().equals("content/articles/markdown-features.md")
                && p.message().contains("what-they-do")), failed.problems().toString());

        Files.writeString(discipline, before, StandardCharsets.UTF_8);
        rebuild();
        assertSameAsAFreshBuild();
    }

    @Test
    void urgentAdviceWrittenInALaterSaveIsRefusedThenItsRemovalPasses() throws Exception {
        rebuild();
        Path article = project.resolve("content/articles/filler-2.md");
        String before = Files.readString(article, StandardCharsets.UTF_8);
        append("content/articles/filler-2.md", "\nIf it gets worse, call 999.\n");
        BuildFailedException failed = assertThrows(BuildFailedException.class,
                () -> rebuildAfter("content/articles/filler-2.md"));
        assertTrue(failed.problems().stream().anyMatch(p -> p.file().equals("content/articles/filler-2.md")
                && p.message().contains("urgent-care advice in its own words")), failed.problems().toString());

        Files.writeString(article, before, StandardCharsets.UTF_8);
        rebuildAfter("content/articles/filler-2.md");
        assertFalse(page("articles/filler-2.html").contains("call 999"));
        assertSameAsAFreshBuild();
    }

    @Test
    void aTemplateMistakeStopsTheBakeAndTheNextGoodBuildIsWhole() throws Exception {
        rebuild();
        Path template = project.resolve("templates/article.ftl");
        String good = Files.readString(template, StandardCharsets.UTF_8);
        Files.writeString(template, good + "${no_such_value}", StandardCharsets.UTF_8);
        assertThrows(BuildFailedException.class, this::rebuild);

        Files.writeString(template, good, StandardCharsets.UTF_8);
        append("content/articles/filler-1.md", "\nWritten while the template was broken.\n");
        rebuild();
        assertTrue(page("articles/filler-1.html").contains("Written while the template was broken."));
        assertSameAsAFreshBuild();
    }

    private BuildReport rebuild() throws Exception {
        return preview.build(new BuildOptions(project, served, BuildMode.PREVIEW, TestSites.FIXTURE_TODAY));
    }

    private BuildReport rebuildAfter(String changed) throws Exception {
        return preview.build(new BuildOptions(project, served, BuildMode.PREVIEW, TestSites.FIXTURE_TODAY),
                Optional.of(Set.of(project.resolve(changed).toAbsolutePath().normalize())));
    }

    private void append(String file, String text) throws Exception {
        Path path = project.resolve(file);
        Files.writeString(path, Files.readString(path, StandardCharsets.UTF_8) + text, StandardCharsets.UTF_8);
    }

    private String page(String path) throws Exception {
        return Files.readString(served.resolve(path), StandardCharsets.UTF_8);
    }

    private void assertSameAsAFreshBuild() {
        BuiltSite fresh = TestSites.build(project, BuildMode.PREVIEW, TestSites.FIXTURE_TODAY, project.resolve("fresh"));
        new BuiltSite(project, served, null).assertSameFilesAs(fresh);
    }
}
