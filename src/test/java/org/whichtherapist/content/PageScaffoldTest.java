package org.whichtherapist.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.commons.io.file.PathUtils;
import org.junit.jupiter.api.Test;
import org.whichtherapist.BuiltSite;
import org.whichtherapist.TestSites;
import org.whichtherapist.core.BuildFailedException;
import org.whichtherapist.core.BuildMode;
import org.yaml.snakeyaml.Yaml;

/** The owner's "new post" command: a valid draft from a title, never over an existing file. */
class PageScaffoldTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 5, 20);

    private static Path projectWithArchetypes() throws Exception {
        Path project = TestSites.newFixtureProject();
        PathUtils.copyDirectory(TestSites.PROJECT.resolve(PageScaffold.TEMPLATES), project.resolve(PageScaffold.TEMPLATES));
        return project;
    }

    @Test
    void aNewArticleIsADraftDatedTodayThatBuildsAndShowsInThePreviewOnly() throws Exception {
        Path project = projectWithArchetypes();
        String path = new PageScaffold(project).create("article", "What's a \"Level 5\" diploma?", TODAY);
        assertEquals("content/articles/whats-a-level-5-diploma.md", path);
        String text = Files.readString(project.resolve(path));
        assertTrue(text.contains("title: \"What's a \\\"Level 5\\\" diploma?\"\n"), text);
        assertTrue(text.contains("status: draft\ndate: 2026-05-20\n"), text);

        BuiltSite preview = TestSites.build(project, BuildMode.PREVIEW, TestSites.FIXTURE_TODAY, project.resolve("preview"));
        assertEquals("What's a \"Level 5\" diploma?", preview.page("articles/whats-a-level-5-diploma.html").selectFirst("h1").text());
        BuiltSite site = TestSites.build(project, BuildMode.PUBLISH);
        assertTrue(!site.exists("articles/whats-a-level-5-diploma.html"));
    }

    @Test
    void everyArchetypeMakesADraftThatPassesEveryCheck() throws Exception {
        Path project = projectWithArchetypes();
        List<String> files = new java.util.ArrayList<>();
        for (String type : new String[] {"article", "discipline", "qualification", "technique", "page"}) {
            files.add(new PageScaffold(project).create(type, "A new " + type, TODAY));
        }
        BuiltSite preview = TestSites.build(project, BuildMode.PREVIEW, TestSites.FIXTURE_TODAY, project.resolve("preview"));
        assertTrue(preview.exists("articles/a-new-article.html"));
        assertTrue(preview.exists("disciplines/a-new-discipline.html"));
        assertTrue(preview.exists("qualifications/a-new-qualification.html"));
        assertTrue(preview.exists("techniques/a-new-technique.html"));
        assertTrue(preview.exists("a-new-page.html"));
        // A new discipline has nobody registered in it yet: the only warning a new page may have, and it must have it.
        String discipline = "content/disciplines/a-new-discipline.md";
        assertEquals(List.of(), preview.report().warnings().stream().filter(w -> files.contains(w.file()))
                .filter(w -> !(w.file().equals(discipline) && w.message().contains("no reviewer of this page is registered")))
                .toList(), "no warning about the new pages (reading level, unknown fields...)");
        assertTrue(preview.report().warnings().stream().anyMatch(w -> w.file().equals(discipline)
                && w.message().contains("no reviewer of this page is registered")), "a new discipline asks for its reviewer");
    }

    @Test
    void aNewPageListsTheIdsItCanUseAsCommentsUnderEachField() throws Exception {
        Path project = projectWithArchetypes();
        List<String> lines = Files.readAllLines(project.resolve(new PageScaffold(project).create("article", "Ids", TODAY)));
        int sources = lines.indexOf("sources: []");
        assertEquals("# sources you can cite, from content/_data/sources.yml: hcpc-register, csp, nhs-111,",
                lines.get(sources + 1));
        assertTrue(lines.get(sources + 2).startsWith("#   nhs-when-to-go-to-ae, "), "long lists wrap: " + lines.get(sources + 2));
        Map<String, Map<String, Object>> people = new Yaml().load(Files.readString(project.resolve("content/_data/people.yml")));
        assertEquals("# people you can name, from content/_data/people.yml: " + String.join(", ", people.keySet()),
                lines.get(lines.indexOf("author: jo-example") + 1));
        List<String> registered = people.entrySet().stream().filter(p -> p.getValue().containsKey("register"))
                .map(Map.Entry::getKey).toList();
        assertTrue(registered.size() < people.size(), "the fixture has someone who is not a registered reviewer");
        assertEquals("# registered reviewers you can name, from content/_data/people.yml: " + String.join(", ", registered),
                lines.get(lines.indexOf("reviewer: sam-example") + 1));
        assertEquals("# disciplines you can name, from content/disciplines/: alpha-therapist, beta-therapist",
                lines.get(lines.indexOf("disciplines: []") + 1));
        assertEquals("# techniques you can name, from content/techniques/: massage-fixture, stretching-fixture",
                lines.get(lines.indexOf("techniques: []") + 1));
        assertEquals("# qualifications you can name, from content/qualifications/: alpha-degree",
                lines.get(lines.indexOf("qualifications: []") + 1));
    }

    @Test
    void itRefusesToOverwriteAnExistingFile() throws Exception {
        Path project = projectWithArchetypes();
        Path existing = project.resolve("content/articles/markdown-features.md");
        String before = Files.readString(existing);
        BuildFailedException e = assertThrows(BuildFailedException.class,
                () -> new PageScaffold(project).create("article", "Markdown features", TODAY));
        assertEquals("content/articles/markdown-features.md: this file already exists, so nothing was written — "
                + "choose a different title, or edit the existing file", e.problems().get(0).format());
        assertEquals(before, Files.readString(existing));
    }

    @Test
    void slugsAreLowerCaseAsciiWithHyphens() {
        assertEquals("cafe-creme-sore-knees", PageScaffold.slug("Café crème & sore knees!"));
        assertEquals("nhs-or-private", PageScaffold.slug("  NHS -- or private?  "));
    }
}
