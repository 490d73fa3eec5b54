package org.whichtherapist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.whichtherapist.HostileContentTest.failingBuild;
import static org.whichtherapist.HostileContentTest.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.whichtherapist.core.BuildMode;

/** Nothing in the sources can make the build write, copy or delete outside the output folder. */
class OutputConfinementTest {
    private static final String HEADER = "---\ntitle: Hostile\ntype: page\nstatus: published\n"
            + "date: 2026-01-01\nsummary: A hostile page.\n";

    @Test
    void pathsInFrontMatterDoNotMoveThePage() throws IOException {
        Path project = TestSites.newFixtureProject();
        write(project, "content/pages/escape.md", HEADER + "uri: ../../../escaped.html\nslug: ../../escaped\n"
                + "---\n\nText.\n");
        BuiltSite site = TestSites.build(project, BuildMode.PUBLISH);
        assertTrue(Files.isRegularFile(site.output().resolve("escape.html")));
        try (Stream<Path> everything = Files.walk(project.getParent().getParent())) {
            assertEquals(List.of(), everything.filter(p -> p.getFileName().toString().startsWith("escaped")).toList());
        }
    }

    @Test
    void aTagOrSettingThatClimbsOutOfTheSiteIsRefused() throws IOException {
        Path project = TestSites.newFixtureProject();
        write(project, "content/pages/escape.md", HEADER + "tags: [\"../../escaped\"]\n---\n\nText.\n");
        assertEquals(List.of("content/pages/escape.md:7: the tag '../../escaped' is not a short lower-case topic — use"
                + " lower-case letters, digits, spaces or hyphens, at most 40 characters, e.g. 'sports massage'"),
                failingBuild(project));

        Files.delete(project.resolve("content/pages/escape.md"));
        Path settings = project.resolve("jbake.properties");
        Files.writeString(settings, Files.readString(settings).replace("feed.file=feed.xml", "feed.file=../../escaped.xml"));
        assertEquals(List.of("jbake.properties:" + lineOf(settings, "feed.file=") + ": 'feed.file' is"
                + " '../../escaped.xml', which is not a file name such as feed.xml (letters, digits, '-', '_' and '.')"
                + " — write e.g. feed.file=feed.xml"), failingBuild(project));
    }

    @Test
    void aSymbolicLinkOutOfContentIsRefused() throws IOException {
        Path project = TestSites.newFixtureProject();
        Path secret = Files.writeString(TestSites.scratch("outside").resolve("secret.txt"), "private");
        Files.createSymbolicLink(project.resolve("content/articles/img/notes.txt"), secret);
        assertEquals(List.of("content/articles/img/notes.txt: this symbolic link leads outside content/, to "
                + secret.toRealPath() + ", so that file would be published — replace the link with a copy of the"
                + " file, or remove it"), failingBuild(project));
    }

    @Test
    void aSymbolicLinkToAFolderOutOfAssetsOrALoopIsRefused() throws IOException {
        Path project = TestSites.newFixtureProject();
        Path outside = TestSites.scratch("outside");
        Files.createSymbolicLink(project.resolve("assets/private"), outside);
        Files.createSymbolicLink(project.resolve("content/articles/img/loop"), project.resolve("content/articles"));
        Files.createSymbolicLink(project.resolve("assets/gone.css"), project.resolve("no-such-file.css"));
        assertEquals(List.of(
                "assets/gone.css: this symbolic link leads nowhere — replace the link with a copy of the file, or remove it",
                "assets/private: this symbolic link leads outside assets/, to " + outside.toRealPath()
                        + ", so that file would be published — replace the link with a copy of the file, or remove it",
                "content/articles/img/loop: this symbolic link leads back to a folder around it, so copying it would"
                        + " never end — replace the link with a copy of the file, or remove it"),
                failingBuild(project));
    }

    @Test
    void aSourceFolderThatIsItselfALinkIsRefused() throws IOException {
        Path project = TestSites.newFixtureProject();
        Path elsewhere = TestSites.scratch("templates-elsewhere").resolve("templates");
        Files.move(project.resolve("templates"), elsewhere);
        Files.createSymbolicLink(project.resolve("templates"), elsewhere);
        assertEquals(List.of("templates: the folder is a symbolic link — replace the link with a real folder holding"
                + " the files"), failingBuild(project));
    }

    @Test
    void theOutputFolderCannotBeALinkTheProjectOrInsideTheSources() throws IOException {
        Path project = TestSites.newFixtureProject();
        Path elsewhere = TestSites.scratch("elsewhere");
        Files.writeString(elsewhere.resolve("precious.txt"), "keep me");
        Files.createDirectories(project.resolve("target"));
        Files.createSymbolicLink(project.resolve("target/site"), elsewhere);
        String fix = " — build into a folder of its own, e.g. target/site (--output, or site.output in pom.xml)";
        assertEquals(List.of("target/site: the output folder is a symbolic link; the build deletes and replaces the"
                + " output folder, which would reach wherever the link leads" + fix), failingBuild(project));
        assertTrue(Files.exists(elsewhere.resolve("precious.txt")));

        assertEquals(List.of(".: the output folder holds the project itself, which every build would delete and"
                + " replace" + fix), failingBuild(project, project));
        assertEquals(List.of("assets/site: the output folder is inside assets/, so the site would be read back as its"
                + " own source" + fix), failingBuild(project, project.resolve("assets/site")));
        assertTrue(Files.isDirectory(project.resolve("content")), "the project is still there");
    }

    @Test
    void twoFilesWhoseNamesDifferOnlyInCapitalsAreRefused() throws IOException {
        Path project = TestSites.newFixtureProject();
        Files.writeString(project.resolve("assets/Notice.txt"), "one");
        Files.writeString(project.resolve("assets/notice.txt"), "two");
        write(project, "content/articles/IMG/picture.png", "not really a picture");
        assertEquals(List.of(
                "assets/notice.txt: this would be written to 'notice.txt', which differs only in capitals from"
                        + " 'Notice.txt' (from assets/Notice.txt); on Windows, macOS and many web hosts they are the"
                        + " same file — rename one of them; lower-case names are safest",
                "content/articles/img/picture.png: this would be written to 'articles/img/picture.png', which differs"
                        + " only in capitals from 'articles/IMG/picture.png' (from content/articles/IMG/picture.png);"
                        + " on Windows, macOS and many web hosts they are the same file — rename one of them;"
                        + " lower-case names are safest"),
                failingBuild(project));
    }

    @Test
    void aFileThatWouldOverwriteAPageIsRefused() throws IOException {
        Path project = TestSites.newFixtureProject();
        Files.writeString(project.resolve("assets/about.html"), "<p>Not the about page</p>");
        assertEquals(List.of("assets/about.html: this would be written to 'about.html', the same place as"
                + " content/pages/about.md — rename one of the two files"), failingBuild(project));
    }

    @Test
    void namesWindowsKeepsForDevicesAreRefused() throws IOException {
        Path project = TestSites.newFixtureProject();
        write(project, "content/pages/con.md", HEADER + "tags: [nul]\n---\n\nText.\n");
        Files.writeString(project.resolve("assets/aux.txt"), "x");
        Files.writeString(project.resolve("assets/notes:v2.txt"), "x");
        Files.writeString(project.resolve("assets/draft."), "x");
        String rename = " — rename it using lower-case letters, digits and hyphens";
        assertEquals(List.of(
                "assets/aux.txt: this would be written to 'aux.txt', a name Windows keeps for a device ('aux.txt'),"
                        + " so the site could not be copied there" + rename,
                "assets/draft.: this would be written to 'draft.', a name ending in a dot or a space, which Windows"
                        + " changes" + rename,
                "assets/notes:v2.txt: this would be written to 'notes:v2.txt', a name with ':', which Windows does not"
                        + " allow in file names" + rename,
                "content/pages/con.md: this would be written to 'con.html', a name Windows keeps for a device"
                        + " ('con.html'), so the site could not be copied there" + rename,
                "content/pages/con.md:7: this would be written to 'tags/nul.html', a name Windows keeps for a device"
                        + " ('nul.html'), so the site could not be copied there" + rename),
                failingBuild(project));
    }

    private static int lineOf(Path file, String text) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text);
    }

}
