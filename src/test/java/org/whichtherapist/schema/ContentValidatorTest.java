package org.whichtherapist.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.whichtherapist.source.ContentLoader;
import org.whichtherapist.source.FrontMatterParser;
import org.whichtherapist.source.SourceDocument;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whichtherapist.core.Problem;
import org.whichtherapist.core.Problems;

class ContentValidatorTest {
    private static final String GOOD = "---\ntitle: A page\ntype: page\nstatus: published\ndate: 2026-01-31\n"
            + "summary: A short summary.\n---\n\nText.\n";

    private static SourceDocument doc(String path, String text) throws Exception {
        return new SourceDocument("content/" + path, path, new FrontMatterParser().parse("content/" + path, text));
    }

    private static List<String> errors(String text) throws Exception {
        return new ContentValidator().validate(List.of(doc("pages/x.md", text))).errors().stream()
                .map(Problem::format).toList();
    }

    @Test
    void aValidPageHasNoProblems() throws Exception {
        Problems problems = new ContentValidator().validate(List.of(doc("pages/x.md", GOOD)));
        assertEquals(List.of(), problems.errors());
        assertEquals(List.of(), problems.warnings());
    }

    @Test
    void missingTitle() throws Exception {
        assertEquals(List.of("content/pages/x.md:6: the field 'title' is missing — add a line 'title: ...' above this"
                + " one (docs/writing.md says what it holds)"), errors(GOOD.replace("title: A page\n", "")));
    }

    @Test
    void badAndImpossibleDates() throws Exception {
        assertEquals(List.of("content/pages/x.md:5: 'date' is '31/01/2026', which is not a date written as "
                + "YYYY-MM-DD — write it like 2026-03-31"), errors(GOOD.replace("2026-01-31", "31/01/2026")));
        assertEquals(List.of("content/pages/x.md:5: 'date' is 2026-02-30, a day that does not exist — check the "
                + "month and day"), errors(GOOD.replace("2026-01-31", "2026-02-30")));
    }

    @Test
    void unknownTypeAndStatus() throws Exception {
        assertEquals(List.of("content/pages/x.md:3: 'blog' is not a type of page — use one of: article, page, "
                + "discipline, qualification, technique, compare, guide, faq"), errors(GOOD.replace("type: page", "type: blog")));
        assertEquals(List.of("content/pages/x.md:4: 'live' is not allowed for 'status' — use one of: published, draft"),
                errors(GOOD.replace("status: published", "status: live")));
    }

    @Test
    void anEmptyBodyIsAnError() throws Exception {
        assertEquals(List.of("content/pages/x.md:8: the page has no text after the front matter — write the page's "
                + "text below the closing '---' line"), errors(GOOD.replace("\nText.\n", "\n")));
    }

    @Test
    void aSummaryThatIsTooLong() throws Exception {
        List<String> errors = errors(GOOD.replace("A short summary.", "x".repeat(201)));
        assertTrue(errors.get(0).contains("'summary' is 201 characters long; the most is 200"), errors.toString());
    }

    @Test
    void anUnknownFieldIsAWarningThatSuggestsTheClosestField() throws Exception {
        Problems problems = new ContentValidator().validate(List.of(doc("pages/x.md",
                GOOD.replace("summary:", "tagz: [a]\nsummary:"))));
        assertEquals(List.of(), problems.errors());
        assertEquals(List.of("content/pages/x.md:6: 'tagz' is not a field a page page uses, so it is ignored — "
                + "did you mean 'tags'?"), problems.warnings().stream().map(Problem::format).toList());
    }

    @Test
    void twoFilesWrittenToTheSamePlace() throws Exception {
        Problems problems = new ContentValidator().validate(List.of(doc("pages/x.md", GOOD),
                doc("other/x.md", GOOD)));
        assertEquals(List.of("content/other/x.md:1: this page would be written to x.html, the same place as "
                + "content/pages/x.md — rename one of the two files"), problems.errors().stream().map(Problem::format).toList());
    }

    @Test
    void aBadTagIsExplained() throws Exception {
        assertTrue(errors(GOOD.replace("summary:", "tags: [Sports Massage!]\nsummary:")).get(0)
                .contains("the tag 'Sports Massage!' is not a short lower-case topic"));
    }

    @Test
    void aFileThatIsNotUtf8NamesTheLine(@TempDir Path project) throws Exception {
        Path content = project.resolve("content/pages");
        Files.createDirectories(content);
        byte[] latin1 = (GOOD.replace("Text.", "Caf\u00e9 text.")).getBytes(StandardCharsets.ISO_8859_1);
        Files.write(content.resolve("x.md"), latin1);
        ContentLoader.Loaded loaded = new ContentLoader(project).load(project.resolve("content"));
        assertEquals(List.of("content/pages/x.md:9: the file is not saved as UTF-8 text — open it in your editor "
                + "and save it with the UTF-8 encoding"), loaded.problems().errors().stream().map(Problem::format).toList());
    }

    @Test
    void aPageFileThatIsNotMarkdownWouldBeLostSoItIsAnError(@TempDir Path project) throws Exception {
        Files.createDirectories(project.resolve("content"));
        Files.writeString(project.resolve("content/old.html"), "<p>hi</p>");
        ContentLoader.Loaded loaded = new ContentLoader(project).load(project.resolve("content"));
        assertTrue(loaded.problems().errors().get(0).format().startsWith("content/old.html: only Markdown files"));
    }

    @Test
    void aValidatorUsedAgainChecksAnUnchangedPageAgainWhenAPageItRefersToGoesAway() throws Exception {
        String health = "status: published\ndate: 2026-01-31\nsummary: A summary.\nreviewed: 2026-01-31\n"
                + "sources: [nhs]\nauthor: jo\nreviewer: jo\ncare: urgent\n";
        SourceDocument person = doc("people/jo.md", "---\ntitle: Jo\ntype: person\nstatus: published\ndate: 2026-01-31\n"
                + "summary: Writer.\n---\n\nJo writes.\n");
        SourceDocument article = doc("articles/a.md", "---\ntitle: An article\ntype: article\n" + health
                + "techniques: [stretching]\n---\n\nText.\n");
        SourceDocument technique = doc("techniques/stretching.md", "---\ntitle: Stretching\ntype: technique\n" + health
                + "purpose: Loosens.\ncategory: exercise\n---\n\nText.\n");
        ContentValidator validator = new ContentValidator();

        assertEquals(List.of(), validator.validate(List.of(article, technique, person)).errors());
        assertEquals(List.of("content/articles/a.md:12: 'techniques' refers to 'stretching', but there is no technique"
                        + " with that id — use the file name (without .md) of a file in content/techniques/"),
                validator.validate(List.of(article, person)).errors().stream().map(Problem::format).toList());
        assertEquals(List.of(), validator.validate(List.of(article, technique, person)).errors());
    }
}
