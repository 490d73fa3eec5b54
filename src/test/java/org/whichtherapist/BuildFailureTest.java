package org.whichtherapist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.whichtherapist.core.BuildMode;
import org.whichtherapist.core.Problem;

/** A mistake in a post, a template or the settings stops the build with a message naming the file. */
class BuildFailureTest {

    private static List<Problem> failingBuild(Path project) {
        return TestSites.failingBuild(project);
    }

    private static void write(Path project, String path, String text) throws IOException {
        Files.createDirectories(project.resolve(path).getParent());
        Files.writeString(project.resolve(path), text, StandardCharsets.UTF_8);
    }

    @Test
    void brokenYamlNamesTheFileAndLine() throws IOException {
        Path project = TestSites.newFixtureProject();
        write(project, "content/articles/bad-yaml.md", "---\ntitle: Fine\ntype: article\nsummary: [unclosed\n---\n\nText\n");
        Problem problem = failingBuild(project).get(0);
        assertEquals("content/articles/bad-yaml.md", problem.file());
        assertTrue(problem.line() >= 4, "line " + problem.line());
        assertTrue(problem.message().startsWith("the front matter is not valid YAML"), problem.message());
    }

    @Test
    void frontMatterThatIsNeverClosedIsReported() throws IOException {
        Path project = TestSites.newFixtureProject();
        write(project, "content/articles/open.md", "---\ntitle: Open\ntype: article\n\nText with no closing line\n");
        assertEquals("content/articles/open.md:1: the front matter that starts here is never closed"
                        + " — add a line with just '---' after the last header field, before the text",
                failingBuild(project).get(0).format());
    }

    @Test
    void aFileWithNoHeaderIsNotSkippedSilently() throws IOException {
        Path project = TestSites.newFixtureProject();
        write(project, "content/articles/no-header.md", "# Just text\n\nNo header at all.\n");
        Problem problem = failingBuild(project).get(0);
        assertEquals("content/articles/no-header.md", problem.file());
        assertEquals("the file has no front matter", problem.message());
    }

    @Test
    void aJbakeHeaderWithAMissingFieldIsReportedNotSkipped() throws IOException {
        Path project = TestSites.newFixtureProject();
        write(project, "content/articles/native-bad.md", "title=No type\nstatus=published\n~~~~~~\n\nText\n");
        assertEquals("content/articles/native-bad.md:1: the field 'type' is missing — add 'type:' with one of: "
                + "article, page, discipline, qualification, technique, compare, guide, faq", failingBuild(project).get(0).format());
    }

    @Test
    void aReferenceToAnIdThatDoesNotExistNamesFileLineAndId() throws IOException {
        Path project = TestSites.newFixtureProject();
        Path file = project.resolve("content/disciplines/beta-therapist.md");
        TestSites.replaceIn(file, "techniques: [massage-fixture]", "techniques: [massage-fixture, no-such-technique]");
        Problem problem = failingBuild(project).get(0);
        assertEquals("content/disciplines/beta-therapist.md", problem.file());
        assertEquals(lineOf(file, "techniques:"), problem.line());
        assertTrue(problem.message().contains("'no-such-technique'"), problem.message());
        assertTrue(problem.fix().contains("content/techniques/"), problem.fix());
    }

    @Test
    void aTemplateMistakeNamesTheTemplateAndLine() throws IOException {
        Path project = TestSites.newFixtureProject();
        Path template = project.resolve("templates/page.ftl");
        TestSites.appendTo(template, "<#if>\n");
        Problem problem = failingBuild(project).get(0);
        assertEquals("templates/page.ftl", problem.file());
        assertEquals(Files.readAllLines(template).size(), problem.line());
        assertTrue(problem.message().startsWith("the template has a mistake"), problem.message());
    }

    @Test
    void aTemplateThatFailsWhileRenderingNamesTheTemplateLineAndPage() throws IOException {
        Path project = TestSites.newFixtureProject();
        Path template = project.resolve("templates/technique.ftl");
        TestSites.replaceIn(template, "${page.data.purpose}", "${page.data.no_such_field}");
        Problem problem = failingBuild(project).get(0);
        assertEquals("templates/technique.ftl", problem.file());
        assertEquals(lineOf(template, "no_such_field"), problem.line());
        assertTrue(problem.message().contains("(while writing techniques/"), problem.message());
    }

    @Test
    void aTemplateJbakeHasNoEngineForIsAnErrorNotAnEmptyPage() throws IOException {
        Path project = TestSites.newFixtureProject();
        Files.move(project.resolve("templates/page.ftl"), project.resolve("templates/page.ftlh"));
        Path settings = project.resolve("jbake.properties");
        TestSites.replaceIn(settings, "template.page.file=page.ftl", "template.page.file=page.ftlh");
        Problem problem = failingBuild(project).get(0);
        assertEquals("jbake.properties", problem.file());
        assertEquals(lineOf(settings, "template.page.file="), problem.line());
        assertTrue(problem.message().contains("'page.ftlh' does not end in .ftl"), problem.message());
    }

    @Test
    void brokenLinksAnchorsImagesAndAddressesNameTheMarkdownLine() throws IOException {
        Path project = TestSites.newFixtureProject();
        write(project, "content/pages/links.md", "---\ntitle: Links\ntype: page\nstatus: published\n"
                + "date: 2026-01-01\nsummary: Broken links.\n---\n\n"
                + "A [missing heading](#no-such-heading).\n\n"
                + "![A missing picture](img/missing.png)\n\n"
                + "A [file on my computer](file:///C:/notes.txt).\n\n"
                + "A [link to a heading elsewhere](../articles/markdown-features.md#no-such-section).\n");
        List<String> problems = failingBuild(project).stream().map(Problem::format).toList();
        assertEquals(List.of(
                "content/pages/links.md:9: the link '#no-such-heading' points to #no-such-heading, which is not a "
                        + "heading or id in links.html — use the id of a heading on that page (its words in lower case,"
                        + " joined by hyphens)",
                "content/pages/links.md:11: the link 'img/missing.png' leads to img/missing.png, which is not in the "
                        + "site — check the address; to link to another page, link to its .md file",
                "content/pages/links.md:13: the address 'file:///C:/notes.txt' is not a web, email or phone link — "
                        + "use a full address starting with https://",
                "content/pages/links.md:15: the link 'articles/markdown-features.html#no-such-section' points to "
                        + "#no-such-section, which is not a heading or id in articles/markdown-features.html — use the"
                        + " id of a heading on that page (its words in lower case, joined by hyphens)"),
                problems);
    }

    @Test
    void brokenLinksFromTheSiteRootNameTheMarkdownLine() throws IOException {
        Path project = TestSites.newFixtureProject();
        write(project, "content/articles/root-links.md", "---\ntitle: Root links\ntype: article\nstatus: draft\n"
                + "date: 2026-01-01\nreviewed: 2026-01-01\nsummary: Broken links from the root.\nsources: [hcpc-register]\n"
                + "author: jo-example\nreviewer: sam-example\ncare: urgent\n---\n\n"
                + "The [home page](/) is fine.\n\n"
                + "A [missing page](/disciplines/nobody.html).\n\n"
                + "A [missing file](/disciplines/nobody.md).\n");
        TestSites.replaceIn(project.resolve("content/articles/root-links.md"), "status: draft", "status: published");
        List<String> problems = failingBuild(project).stream().map(Problem::format).toList();
        assertEquals(List.of(
                "content/articles/root-links.md:18: the link to '/disciplines/nobody.md' does not lead to a page — check"
                        + " the file name; links are relative to this file, e.g. '../disciplines/physiotherapist.md'"),
                problems);
        TestSites.replaceIn(project.resolve("content/articles/root-links.md"), "/disciplines/nobody.md", "/about.html");
        problems = failingBuild(project).stream().map(Problem::format).toList();
        assertEquals(List.of(
                "content/articles/root-links.md:16: the link '../disciplines/nobody.html' leads to "
                        + "disciplines/nobody.html, which is not in the site — check the address; to link to another"
                        + " page, link to its .md file"),
                problems);
    }

    @Test
    void aFailedBuildLeavesTheLastGoodSiteUntouched() throws IOException {
        Path project = TestSites.newFixtureProject();
        BuiltSite good = TestSites.build(project, BuildMode.PUBLISH);
        Map<String, byte[]> before = snapshot(good.output());
        write(project, "content/articles/broken.md", "---\ntitle: Broken\n");
        failingBuild(project);
        Map<String, byte[]> after = snapshot(good.output());
        assertEquals(before.keySet(), after.keySet());
        before.forEach((path, bytes) -> assertTrue(java.util.Arrays.equals(bytes, after.get(path)), path + " changed"));
        try (Stream<Path> siblings = Files.list(good.output().getParent())) {
            // staging and old folders are hidden (.site-building-…, .site-old-…) beside the site
            assertEquals(List.of(), siblings.map(p -> p.getFileName().toString()).filter(name -> name.startsWith("."))
                    .toList(), "no staging folder is left behind");
        }
    }

    private static Map<String, byte[]> snapshot(Path folder) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(file).toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }

    private static int lineOf(Path file, String text) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + file);
    }
}
