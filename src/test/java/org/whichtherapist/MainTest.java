package org.whichtherapist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** What the owner sees in the terminal. */
class MainTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void aGoodBuildEndsWithOneSummaryAfterSayingWhatIsNotReadyToPublish() {
        Path project = TestSites.newFixtureProject();
        assertEquals(0, run("build", "--source", project.toString(), "--output", project.resolve("out").toString()));
        String[] all = out.toString(StandardCharsets.UTF_8).strip().split("\\R");
        assertEquals(3, all.length, String.join("\n", all));
        assertTrue(all[0].startsWith("Not ready to publish: 6 placeholders left, which a build for the real site.host"
                + " refuses"), all[0]);
        String[] printed = {all[1], all[2]};
        // Main builds with the real clock: a fixture page may be due for review by the time this runs.
        assertTrue(printed[0].matches("Built \\d+ pages \\(\\d+ files\\) in [0-9.]+ s with \\d+ warnings? → .*out"), printed[0]);
        assertTrue(printed[1].matches("  largest page \\S+ [0-9.]+ KB, median [0-9.]+ KB; search: first file [0-9.]+ KB,"
                + " largest word slice [0-9.]+ KB, largest page file [0-9.]+ KB, spelling lists a miss fetches at most"
                + " [0-9.]+ KB \\(gzipped\\)"), printed[1]);
        assertEquals("", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aBrokenPostExitsNonZeroWithFileLineAndNoStackTrace() throws Exception {
        Path project = TestSites.newFixtureProject();
        Files.writeString(project.resolve("content/articles/typo.md"),
                "---\ntitle: Typo\ntype: article\nstatus: published\ndate: 2026-13-01\nsumary: x\n---\n\nText\n");
        assertEquals(1, run("build", "--source", project.toString(), "--output", project.resolve("out").toString()));
        String printed = err.toString(StandardCharsets.UTF_8);
        assertTrue(printed.startsWith("The site was not built."), printed);
        assertTrue(printed.contains("content/articles/typo.md:5: 'date' is 2026-13-01, a day that does not exist"), printed);
        assertTrue(printed.contains("warning: content/articles/typo.md:6: 'sumary' is not a field")
                && printed.contains("did you mean 'summary'?"), printed);
        assertFalse(printed.contains("Exception"), printed);
        assertFalse(printed.contains("\tat "), printed);
        assertFalse(Files.exists(project.resolve("out")), "nothing is written");
    }

    @Test
    void readingLevelsPrintsEveryHealthPagesGradeAfterTheSummary() {
        Path project = TestSites.newFixtureProject();
        assertEquals(0, run("build", "--source", project.toString(), "--output", project.resolve("out").toString(),
                "--reading-levels"));
        String printed = out.toString(StandardCharsets.UTF_8);
        String table = printed.substring(printed.indexOf("Reading level"));
        assertTrue(table.startsWith("Reading level (Flesch-Kincaid grade) of every health page; the site's limit is 6.0.\n"
                + "grade  words  sentences  file\n"), table);
        // "Massage is a technique.": 4 words, 1 sentence, 6 syllables; 0.39 × 4 + 11.8 × 1.5 − 15.59 = 3.67
        assertTrue(table.contains("  3.7      4          1  content/techniques/massage-fixture.md\n"), table);
        // Main builds with today's date: the scheduled post (1 July 2026) is out, the draft is not.
        assertEquals(21, table.lines().filter(l -> l.contains(" content/")).count(),
                "the 18 published health pages and the three care texts:\n" + table);
    }

    @Test
    void onGitHubEachProblemIsAlsoAnAnnotationWithItsFileAndLine() {
        assertEquals("::error file=content/articles/a%2Cb.md,line=12::the link to 'x.md' does not lead to a page — check"
                        + " the name: 100%25 sure?%0Asecond line",
                GitHubAnnotations.command("error", org.whichtherapist.core.Problem.at("content/articles/a,b.md", 12,
                        "the link to 'x.md' does not lead to a page", "check the name: 100% sure?\nsecond line")));
        assertEquals("::warning file=jbake.properties::no line", GitHubAnnotations.command("warning",
                org.whichtherapist.core.Problem.at("jbake.properties", 0, "no line", "")));
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        assertEquals(2, run("build", "--fast"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("Usage: build"));
    }
}
