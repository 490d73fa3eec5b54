package org.whichtherapist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.whichtherapist.core.Problem;

/**
 * The mistakes an owner makes most, each in an otherwise good article: each gives exactly one
 * message, at the line where the mistake is, in plain words (none of the parser's), with advice that
 * fits that mistake.
 */
class OwnerMistakesTest {
    private static final String PAGE = "content/articles/knee-pain.md";
    /** Line 2 title, 5 date, 7 summary, 8 sources, 9 author, 10 reviewer, 11 care, 12 disciplines; text from line 15. */
    private static final String GOOD = """
            ---
            title: Knee pain
            type: article
            status: published
            date: 2026-04-01
            reviewed: 2026-04-01
            summary: Who to see about a sore knee.
            sources: [hcpc-register]
            author: jo-example
            reviewer: sam-example
            care: urgent
            disciplines: [alpha-therapist]
            ---

            A physio can help.[^hcpc-register] See the [alpha page](../disciplines/alpha-therapist.md).

            ![A knee being bent](img/picture.png)
            """;
    /** Words that belong to the tools, not to the owner. */
    private static final List<String> JARGON = List.of("yaml", "scalar", "token", "mapping", "stream", "exception",
            "null", "parser", "freemarker", "jbake");

    private static Problem theOneProblem(String from, String to) throws IOException {
        Path project = TestSites.newFixtureProject();
        if (!GOOD.contains(from)) {
            throw new AssertionError("the good article has no '" + from + "'");
        }
        Files.writeString(project.resolve(PAGE), GOOD.replace(from, to), StandardCharsets.UTF_8);
        List<Problem> problems = TestSites.failingBuild(project);
        assertEquals(1, problems.size(), "one mistake, one message: " + problems);
        Problem problem = problems.get(0);
        assertEquals(PAGE, problem.file(), problem.format());
        String words = (problem.message() + " " + problem.fix()).toLowerCase(Locale.ROOT);
        for (String jargon : JARGON) {
            assertFalse(words.contains(jargon), "'" + jargon + "' in: " + problem.format());
        }
        return problem;
    }

    @Test
    void theGoodArticleBuilds() throws IOException {
        Path project = TestSites.newFixtureProject();
        Files.writeString(project.resolve(PAGE), GOOD, StandardCharsets.UTF_8);
        TestSites.build(project, org.whichtherapist.core.BuildMode.PUBLISH);
    }

    @Test
    void aMisspelledId() throws IOException {
        assertEquals(PAGE + ":12: 'disciplines' refers to 'alfa-therapist', but there is no discipline with that id —"
                        + " did you mean 'alpha-therapist'? use the file name (without .md) of a file in content/disciplines/",
                theOneProblem("disciplines: [alpha-therapist]", "disciplines: [alfa-therapist]").format());
    }

    @Test
    void anUnknownSource() throws IOException {
        assertEquals(PAGE + ":8: 'sources' names 'hcpc-registr', which is not a source in content/_data/sources.yml —"
                        + " did you mean 'hcpc-register'? If not, add a record for it there (title, publisher, url, accessed)",
                theOneProblem("sources: [hcpc-register]\n", "sources: [hcpc-registr]\n").format());
    }

    @Test
    void anImpossibleDate() throws IOException {
        assertEquals(PAGE + ":5: 'date' is 2026-02-30, a day that does not exist — check the month and day",
                theOneProblem("date: 2026-04-01", "date: 2026-02-30").format());
    }

    @Test
    void aLinkToAPageThatDoesNotExist() throws IOException {
        assertEquals(PAGE + ":15: the link to '../disciplines/alpha-therapst.md' does not lead to a page — did you mean"
                        + " '../disciplines/alpha-therapist.md'?",
                theOneProblem("alpha-therapist.md", "alpha-therapst.md").format());
    }

    @Test
    void aPictureWithNoDescription() throws IOException {
        Problem problem = theOneProblem("![A knee being bent]", "![]");
        assertEquals(17, problem.line());
        assertEquals("the picture 'img/picture.png' has no description", problem.message());
    }

    @Test
    void aQuoteNeverClosed() throws IOException {
        assertEquals(PAGE + ":2: in the front matter, this line opens a quote (\") that is never closed — end the text"
                        + " with \" on the same line: title: \"Knee pain: who to see\"",
                theOneProblem("title: Knee pain\n", "title: \"Knee pain: who to see\n").format());
    }

    @Test
    void aListIndentedWithATab() throws IOException {
        assertEquals(PAGE + ":13: in the front matter, this line is indented with a tab — indent with spaces, not a tab"
                        + " (two spaces for each step in)",
                theOneProblem("disciplines: [alpha-therapist]\n", "disciplines:\n\t- alpha-therapist\n").format());
    }

    @Test
    void aMissingSummary() throws IOException {
        assertEquals(PAGE + ":12: the field 'summary' is missing — add a line 'summary: ...' above this one"
                        + " (docs/writing.md says what it holds)",
                theOneProblem("summary: Who to see about a sore knee.\n", "").format());
    }

    @Test
    void aColonInUnquotedText() throws IOException {
        assertEquals(PAGE + ":2: in the front matter, the text after 'title:' has a ': ' in it, so it reads as a second"
                        + " field — put the whole text in double quotes: title: \"Knee pain: who to see\"",
                theOneProblem("title: Knee pain\n", "title: Knee pain: who to see\n").format());
    }

    @Test
    void aListItemOutsideAList() throws IOException {
        assertEquals(PAGE + ":8: in the front matter, this list item ('- hcpc-register') is not under a field — the line"
                        + " above ('summary: Who to see about a sore knee.') already has its value; put the list under a"
                        + " field of its own, with nothing after the ':' (e.g. 'sources:'), and indent each item by two"
                        + " spaces: '  - hcpc-register'",
                theOneProblem("sources: [hcpc-register]\n", "- hcpc-register\n").format());
    }

    /**
     * A data file that cannot be read is the one problem shown: the pages naming its records (the good article names
     * two people) are checked once it can be, not reported as naming people who do not exist.
     */
    @Test
    void aDataFileThatCannotBeReadIsTheOneProblem() throws IOException {
        Path project = TestSites.newFixtureProject();
        Files.writeString(project.resolve(PAGE), GOOD, StandardCharsets.UTF_8);
        Path people = project.resolve("content/_data/people.yml");
        int lastLine = Files.readAllLines(people).size() + 1;
        Files.writeString(people, "broken: [unclosed\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        List<Problem> problems = TestSites.failingBuild(project);
        assertEquals(1, problems.size(), "one mistake, one message: " + problems);
        assertEquals("content/_data/people.yml", problems.get(0).file(), problems.get(0).format());
        assertTrue(problems.get(0).line() >= lastLine, problems.get(0).format());
    }

    /** docs/writing.md, "Renaming and moving a page": every message about the old name gives the new one. */
    @Test
    void aPageRenamedWithItsOldAddressInAliasesIsNamedByItsNewName() throws IOException {
        Path project = TestSites.newFixtureProject();
        Path old = project.resolve("content/disciplines/alpha-therapist.md");
        String renamed = Files.readString(old).replaceFirst("\ntitle:", "\naliases: [disciplines/alpha-therapist.html]\ntitle:");
        Files.delete(old);
        Files.writeString(project.resolve("content/disciplines/first-practitioner.md"), renamed);
        Files.writeString(project.resolve(PAGE), GOOD, StandardCharsets.UTF_8);

        List<String> messages = TestSites.failingBuild(project).stream().filter(p -> p.file().equals(PAGE))
                .map(Problem::format).toList();
        assertEquals(List.of(PAGE + ":12: 'disciplines' refers to 'alpha-therapist', but there is no discipline with that"
                + " id — that page was renamed: write 'first-practitioner'"), messages);
        // the other pages naming it are changed too, so the build goes on to the links
        try (java.util.stream.Stream<Path> files = Files.walk(project.resolve("content"))) {
            for (Path file : files.filter(f -> (f.toString().endsWith(".md") || f.toString().endsWith(".yml"))
                    && !f.endsWith("first-practitioner.md")).toList()) {
                String text = Files.readString(file);
                Files.writeString(file, file.endsWith("knee-pain.md")
                        ? text.replace("[alpha-therapist]", "[first-practitioner]")
                        : text.replace("alpha-therapist", "first-practitioner"));
            }
        }
        assertEquals(List.of(PAGE + ":15: the link to '../disciplines/alpha-therapist.md' does not lead to a page — did"
                        + " you mean '../disciplines/first-practitioner.md'?"),
                TestSites.failingBuild(project).stream().filter(p -> p.file().equals(PAGE)).map(Problem::format).toList());
    }
}
