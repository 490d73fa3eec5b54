package org.whichtherapist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.whichtherapist.core.BuildFailedException;
import org.whichtherapist.core.BuildMode;
import org.whichtherapist.pipeline.BuildOptions;
import org.whichtherapist.core.Problem;
import org.whichtherapist.pipeline.SiteBuild;

/** Content written to harm readers or the machine that builds it stops the build, naming file and line. */
class HostileContentTest {
    private static final String HEADER = "---\ntitle: Hostile\ntype: page\nstatus: published\n"
            + "date: 2026-01-01\nsummary: A hostile page.\n---\n\n";
    private static final String HTML_FIX = " — remove it; if you trust everyone who writes in content/, set"
            + " site.trusted_html=true in jbake.properties";

    static List<String> failingBuild(Path project) {
        return failingBuild(project, project.resolve("target/site"));
    }

    /** The problems a build into {@code output} stops with, each as the owner reads it. */
    static List<String> failingBuild(Path project, Path output) {
        BuildFailedException failure = assertThrows(BuildFailedException.class, () -> SiteBuild.run(
                new BuildOptions(project, output, BuildMode.PUBLISH, TestSites.FIXTURE_TODAY)));
        return failure.problems().stream().map(Problem::format).toList();
    }

    static void write(Path project, String path, String text) throws IOException {
        Files.createDirectories(project.resolve(path).getParent());
        Files.writeString(project.resolve(path), text, StandardCharsets.UTF_8);
    }

    private static List<String> failingPage(String markdown) throws IOException {
        Path project = TestSites.newFixtureProject();
        write(project, "content/pages/hostile.md", HEADER + markdown);
        return failingBuild(project);
    }

    @Test
    void aJavascriptLinkIsAnErrorNotDroppedSilently() throws IOException {
        assertEquals(List.of("content/pages/hostile.md:11: the link 'javascript:alert(document.cookie)' would run a"
                        + " script in the reader's browser — link to a web address starting with https://, or to"
                        + " another page's .md file"),
                failingPage("Fine text.\n\nClick [here](javascript:alert(document.cookie)) now.\n"));
    }

    @Test
    void disguisedScriptAddressesAreFoundToo() throws IOException {
        List<String> problems = failingPage("[a](&#106;avascript:alert(1))\n\n[b](VBScript:msgbox)\n\n"
                + "<javascript:alert(2)>\n\n[c][ref]\n\n[ref]: data:text/html;base64,PHNjcmlwdD4=\n");
        assertEquals(List.of(
                "content/pages/hostile.md:9: the link 'javascript:alert(1)' would run a script in the reader's"
                        + " browser — link to a web address starting with https://, or to another page's .md file",
                "content/pages/hostile.md:11: the link 'VBScript:msgbox' would run a script in the reader's browser"
                        + " — link to a web address starting with https://, or to another page's .md file",
                "content/pages/hostile.md:13: the link 'javascript:alert(2)' would run a script in the reader's"
                        + " browser — link to a web address starting with https://, or to another page's .md file",
                "content/pages/hostile.md:17: the link 'data:text/html;base64,PHNjcmlwdD4=' is a data: address,"
                        + " which can hide a page or a script — save the file in assets/ or next to the page and"
                        + " link to it by name"), problems);
    }

    @Test
    void aScriptInRawHtmlIsRefusedWithItsLine() throws IOException {
        assertEquals(List.of("content/pages/hostile.md:12: raw HTML '<script>' is not allowed in a page: it can run"
                        + " code or change the whole page in the reader's browser" + HTML_FIX),
                failingPage("Some text.\n\n<div class=\"box\">\n<script>alert(1)</script>\n</div>\n"));
    }

    @Test
    void frameStyleAndHandlersInRawHtmlAreRefused() throws IOException {
        assertEquals(List.of(
                "content/pages/hostile.md:9: raw HTML '<iframe>' is not allowed in a page: it can run code or change"
                        + " the whole page in the reader's browser" + HTML_FIX,
                "content/pages/hostile.md:11: the attribute 'onmouseover' is not allowed in a page: it runs code in"
                        + " the reader's browser" + HTML_FIX,
                "content/pages/hostile.md:13: raw HTML '<style>' is not allowed in a page: it can run code or change"
                        + " the whole page in the reader's browser" + HTML_FIX,
                "content/pages/hostile.md:16: the attribute 'onclick' is not allowed in a page: it runs code in the"
                        + " reader's browser" + HTML_FIX,
                "content/pages/hostile.md:18: the address 'javascript:go()' in 'href' would run a script in the"
                        + " reader's browser — link to a web address starting with https://, or to another page's"
                        + " .md file"),
                failingPage("<iframe src=\"https://example.com/\"></iframe>\n\n"
                        + "Hover <span onmouseover=\"steal()\">here</span>.\n\n"
                        + "<style>body { display: none }</style>\n\n"
                        + "A paragraph with a handler.\n{onclick=\"steal()\"}\n\n"
                        + "<a href=\"javascript:go()\">go</a>\n"));
    }

    @Test
    void aScriptAddressInFrontMatterIsRefused() throws IOException {
        Path project = TestSites.newFixtureProject();
        write(project, "content/pages/hostile.md", HEADER.replace("summary: A hostile page.",
                "summary: \"javascript:alert(1)\"") + "Text.\n");
        assertEquals(List.of("content/pages/hostile.md:6: the address 'javascript:alert(1)' in 'summary' would run a script in the reader's browser — link to a web address starting with https://, or"
                + " to another page's .md file"), failingBuild(project));
    }

    @Test
    void aTrustedOwnerMayUseScriptsButNeverScriptAddressesAndPicturesMayBeEmbedded() throws IOException {
        Path project = TestSites.newFixtureProject();
        Files.writeString(project.resolve("jbake.properties"), "\nsite.trusted_html=true\n",
                java.nio.file.StandardOpenOption.APPEND);
        write(project, "content/pages/trusted.md", HEADER + "<script>window.trusted = 1;</script>\n\n"
                + "![A dot](data:image/png;base64,iVBORw0KGgo=)\n");
        write(project, "content/pages/trusted-capitals.md", HEADER + "<STYLE>p { margin: 0; }</STYLE>\n");
        BuiltSite site = TestSites.build(project, BuildMode.PUBLISH); // each page's policy must allow its code
        assertTrue(site.text("trusted.html").contains("<script>window.trusted = 1;</script>"));
        assertTrue(site.text("trusted-capitals.html").contains("<STYLE>p { margin: 0; }</STYLE>"));
        assertTrue(site.text("trusted.html").contains("src=\"data:image/png;base64,iVBORw0KGgo=\""));

        write(project, "content/pages/trusted.md", HEADER + "[x](javascript:alert(1))\n");
        assertFalse(failingBuild(project).isEmpty());
    }
}
