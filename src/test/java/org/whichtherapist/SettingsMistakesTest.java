package org.whichtherapist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/**
 * jbake.properties changed the way a careless owner changes it: every build that does not succeed
 * ends with a message naming the file and the line, and saying what the setting accepts; none ends
 * in "a fault in the site generator" (JBake's own errors), and none in Freemarker's words.
 */
class SettingsMistakesTest {
    private static final List<String> YES_NO = List.of("render.index", "render.archive", "render.feed", "render.tags",
            "render.tagsindex", "render.sitemap", "render.error404", "index.paginate", "site.precompress");
    private static final List<String> FOLDERS = List.of("content.folder", "template.folder", "asset.folder");

    /** What the owner sees: the exit code and everything printed. */
    private record Outcome(int exit, String printed) {
    }

    private static Outcome build(Path project) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        int exit = Main.run(new String[] {"build", "--source", project.toString(), "--output",
                project.resolve("target/site").toString()}, print, print);
        return new Outcome(exit, out.toString(StandardCharsets.UTF_8));
    }

    private static Path withSettings(List<String> lines, String lineEnd) throws IOException {
        Path project = TestSites.newFixtureProject();
        Files.writeString(project.resolve("jbake.properties"), String.join(lineEnd, lines) + lineEnd);
        return project;
    }

    private static List<String> settings() throws IOException {
        return Files.readAllLines(TestSites.newFixtureProject().resolve("jbake.properties"));
    }

    private static int lineOf(List<String> lines, String key) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(key + "=")) {
                return i + 1;
            }
        }
        throw new AssertionError("the fixture's settings have no " + key);
    }

    /** The build stopped, naming {@code line} of jbake.properties, and saying nothing of the generator's insides. */
    private static void assertRefusedAt(Outcome outcome, int line, String what) {
        assertEquals(1, outcome.exit(), what + ":\n" + outcome.printed());
        assertTrue(outcome.printed().contains("  jbake.properties:" + line + ": "), what + " is not named at line " + line
                + ":\n" + outcome.printed());
        String lower = outcome.printed().toLowerCase(Locale.ROOT);
        for (String inside : List.of("fault in the site generator", "exception", "freemarker", "commons", "\tat ")) {
            assertFalse(lower.contains(inside), what + ": '" + inside + "' in:\n" + outcome.printed());
        }
        assertTrue(outcome.printed().strip().endsWith("Stopped: fix the problems above and run the command again."),
                outcome.printed());
    }

    @Test
    void aYesNoSettingWithAnythingButTrueOrFalseIsRefusedAtItsLine() throws IOException {
        List<String> base = settings();
        for (String key : YES_NO) {
            int line = lineOf(base, key);
            for (String wrong : List.of(key + ": =true", key + "=yes please", key + "=tru")) {
                List<String> lines = new ArrayList<>(base);
                lines.set(line - 1, wrong);
                Outcome outcome = build(withSettings(lines, "\n"));
                assertRefusedAt(outcome, line, wrong);
                assertTrue(outcome.printed().contains(wrong.contains(": =") ? "has one '=' or ':' too many — write it as "
                        + key + "=true" : "which is not true or false — write e.g. " + key + "="), outcome.printed());
            }
        }
    }

    @Test
    void aGarbledFolderNameIsRefusedAtItsLine() throws IOException {
        List<String> base = settings();
        for (String key : FOLDERS) {
            int line = lineOf(base, key);
            String value = base.get(line - 1).substring(key.length() + 1);
            for (String garbled : List.of(value.substring(1), "=" + value, "../" + value)) {
                List<String> lines = new ArrayList<>(base);
                lines.set(line - 1, key + "=" + garbled);
                Outcome outcome = build(withSettings(lines, "\n"));
                assertRefusedAt(outcome, line, key + "=" + garbled);
                assertTrue(outcome.printed().contains(garbled.startsWith("=") ? "has one '=' or ':' too many — write it as "
                        + key + "=" + value : "which is not a folder of the project"), outcome.printed());
            }
        }
    }

    @Test
    void aSettingWrittenTwiceOrMisspelledIsRefusedAtItsLine() throws IOException {
        List<String> base = settings();
        for (String key : List.of("site.title", "content.folder", "render.feed", "template.post.file")) {
            int line = lineOf(base, key);
            List<String> doubled = new ArrayList<>(base);
            doubled.add(line, base.get(line - 1));
            Outcome twice = build(withSettings(doubled, "\n"));
            assertRefusedAt(twice, line + 1, key + " twice");
            assertTrue(twice.printed().contains("'" + key + "' is set twice, on line " + line + " and on this line"),
                    twice.printed());

            List<String> misspelled = new ArrayList<>(base);
            misspelled.set(line - 1, base.get(line - 1).replaceFirst("\\.", ""));
            assertRefusedAt(build(withSettings(misspelled, "\n")), line, key + " misspelled");
        }
    }

    @Test
    void windowsAndOldMacLineEndsAreReadAsLineEnds() throws IOException {
        List<String> base = settings();
        assertEquals(0, build(withSettings(base, "\r\n")).exit(), "CR LF");
        List<String> wrong = new ArrayList<>(base);
        int line = lineOf(base, "render.feed");
        wrong.set(line - 1, "render.feed=ture");
        assertRefusedAt(build(withSettings(wrong, "\r\n")), line, "CR LF");
        assertRefusedAt(build(withSettings(wrong, "\r")), line, "CR");
    }

    @Test
    void aLineThatIsNoSettingAndASettingTheSiteNeedsAreNamed() throws IOException {
        List<String> base = settings();
        List<String> stray = new ArrayList<>(base);
        int line = lineOf(base, "render.feed");
        stray.add(line, "render.feed true because I like feeds!");
        stray.add(line + 1, "x");
        Outcome outcome = build(withSettings(stray, "\n"));
        assertRefusedAt(outcome, line + 2, "a stray line");
        assertTrue(outcome.printed().contains("jbake.properties:" + (line + 2) + ": this line is not a setting"), outcome.printed());

        List<String> missing = new ArrayList<>(base);
        missing.remove(lineOf(base, "site.title") - 1);
        Outcome noTitle = build(withSettings(missing, "\n"));
        assertEquals(1, noTitle.exit());
        assertTrue(noTitle.printed().contains("jbake.properties: 'site.title' is not set, and the site needs it — add a"
                + " line site.title="), noTitle.printed());
    }

    /** A mistake in a template imported by every page's: one message, at the mistake, in no words of Freemarker's. */
    @Test
    void aBrokenTemplateIsNamedOnceAtItsLine() throws IOException {
        Path project = TestSites.newFixtureProject();
        Path byline = project.resolve("templates/components/byline.ftl");
        List<String> lines = new ArrayList<>(Files.readAllLines(byline));
        int broken = lines.indexOf("</#macro>");
        lines.set(broken, "</#macr>");
        Files.write(byline, lines);
        Files.writeString(project.resolve("templates/article.ftl"), Files.readString(project.resolve("templates/article.ftl"))
                .replaceFirst("<#macro after_text page>", "<#macro after_text page>\n  <#if>"));

        Outcome outcome = build(project);
        assertEquals(1, outcome.exit(), outcome.printed());
        List<String> problems = outcome.printed().lines().filter(l -> l.startsWith("  templates/")).toList();
        assertEquals(2, problems.size(), outcome.printed());
        assertTrue(problems.get(0).startsWith("  templates/article.ftl:8: the template has a mistake: "), problems.get(0));
        assertTrue(problems.get(1).startsWith("  templates/components/byline.ftl:" + (broken + 1)
                + ": the template has a mistake: Unknown directive: #macr."), problems.get(1));
        for (String inside : List.of("earlier attempt", "see cause exception", "Help (latest version)", "freemarker.org",
                "importing failed")) {
            assertFalse(outcome.printed().contains(inside), "'" + inside + "' in:\n" + outcome.printed());
        }
    }
}
