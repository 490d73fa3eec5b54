package org.whichtherapist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.whichtherapist.core.BuildMode;
import org.whichtherapist.core.Problem;

/**
 * What the build refuses or warns about on a health page, each naming the file and line: sources a
 * reader cannot follow, unknown ids, a reviewer with no registration, overdue reviews, hard reading.
 * "Today" is the fixture's fixed day, 1 June 2026.
 */
class HealthRulesTest {
    private static final String PAGE = "content/articles/t.md";

    /** A health article: sources on line 8, author 9, reviewer 10, care 11; the body starts on line 14. */
    private static String article(String reviewed, String sources, String author, String reviewer, String body) {
        return "---\ntitle: A test article\ntype: article\nstatus: published\ndate: 2026-04-01\nreviewed: " + reviewed
                + "\nsummary: A test article.\nsources: " + sources + "\nauthor: " + author + "\nreviewer: " + reviewer
                + "\ncare: urgent\n---\n\n" + body;
    }

    private static Path projectWith(String article) throws IOException {
        Path project = TestSites.newFixtureProject();
        write(project, PAGE, article);
        return project;
    }

    private static void write(Path project, String path, String text) throws IOException {
        Files.createDirectories(project.resolve(path).getParent());
        Files.writeString(project.resolve(path), text, StandardCharsets.UTF_8);
    }

    private static void append(Path project, String path, String text) throws IOException {
        Files.writeString(project.resolve(path), Files.readString(project.resolve(path)) + text);
    }

    private static List<String> problems(Path project) {
        return TestSites.failingBuild(project).stream().map(Problem::format).toList();
    }

    private static List<String> warnings(BuiltSite site) {
        return site.report().warnings().stream().map(Problem::format).toList();
    }

    private static int lines(Path project, String path) throws IOException {
        return Files.readAllLines(project.resolve(path)).size();
    }

    @Test
    void aHealthPageWithNoSourceAReaderCanFollowIsRefused() throws IOException {
        Path project = projectWith(article("2026-04-01", "[]", "jo-example", "sam-example", "Text.\n"));
        assertEquals(List.of(PAGE + ":8: this health page has no source a reader can follow — list at least one id"
                + " from content/_data/sources.yml, e.g. sources: [nhs-physiotherapy]"), problems(project));
    }

    @Test
    void anUnknownSourceIdIsRefusedWithTheClosestIdInOneMessage() throws IOException {
        Path project = projectWith(article("2026-04-01", "[hcpc-registr]", "jo-example", "sam-example", "Text.\n"));
        assertEquals(List.of(
                PAGE + ":8: 'sources' names 'hcpc-registr', which is not a source in content/_data/sources.yml — did you"
                        + " mean 'hcpc-register'? If not, add a record for it there (title, publisher, url, accessed)"),
                problems(project));
    }

    @Test
    void theSeedTextsAreNotSources() throws IOException {
        Path project = projectWith(article("2026-04-01", "[hcpc-register, 000_025594ba147848cc.txt]", "jo-example",
                "sam-example", "Text.\n"));
        assertEquals(List.of(PAGE + ":8: 'sources' names '000_025594ba147848cc.txt', which is not a source in"
                + " content/_data/sources.yml — add a record for it there (title, publisher, url, accessed)"), problems(project));
    }

    @Test
    void anUnknownAuthorOrReviewerIsRefused() throws IOException {
        Path project = projectWith(article("2026-04-01", "[hcpc-register]", "jo-exampel", "nobody", "Text.\n"));
        assertEquals(List.of(
                PAGE + ":9: 'author' refers to 'jo-exampel', but there is no person with that id — did you mean"
                        + " 'jo-example'? use an id from content/_data/people.yml",
                PAGE + ":10: 'reviewer' refers to 'nobody', but there is no person with that id — use an id from"
                        + " content/_data/people.yml"), problems(project));
    }

    @Test
    void aReviewerWithNoRegistrationIsRefused() throws IOException {
        Path project = projectWith(article("2026-04-01", "[hcpc-register]", "jo-example", "jo-example", "Text.\n"));
        assertEquals(List.of(PAGE + ":10: the reviewer 'jo-example' has no registration in content/_data/people.yml —"
                + " a health page is reviewed by a registered professional: add their 'registration' (e.g."
                + " HCPC-registered physiotherapist, with their number), or name another reviewer"), problems(project));
    }

    @Test
    void aPageAboutADisciplineWithNoReviewerRegisteredInItIsAWarningAtTheReviewerLine() throws IOException {
        Path project = projectWith(article("2026-04-01", "[hcpc-register]", "jo-example", "sam-example", "Text.\n")
                .replace("care: urgent\n", "care: urgent\ndisciplines: [alpha-therapist, beta-therapist]\n"));
        assertEquals(List.of(PAGE + ":10: no reviewer of this page is registered in what it is about: Beta therapist"
                + " — add a reviewer whose 'fields' in content/_data/people.yml include beta-therapist, e.g. chris-example"
                + " (docs/writing.md, \"Authors and reviewers\")"), warnings(TestSites.build(project, BuildMode.PUBLISH)));

        write(project, PAGE, article("2026-04-01", "[hcpc-register]", "jo-example", "[sam-example, chris-example]",
                "Text.\n").replace("care: urgent\n", "care: urgent\ndisciplines: [alpha-therapist, beta-therapist]\n"));
        assertEquals(List.of(), warnings(TestSites.build(project, BuildMode.PUBLISH)), "one reviewer in each field");
    }

    @Test
    void aTechniqueNeedsAReviewerFromOneOfTheDisciplinesThatUseIt() throws IOException {
        Path project = TestSites.newFixtureProject();
        TestSites.replaceIn(project.resolve("content/disciplines/alpha-therapist.md"),
                "techniques: [stretching-fixture, massage-fixture]", "techniques: [massage-fixture]");
        TestSites.replaceIn(project.resolve("content/disciplines/beta-therapist.md"),
                "techniques: [massage-fixture]", "techniques: [massage-fixture, stretching-fixture]");
        assertEquals(List.of("content/techniques/stretching-fixture.md:9: no reviewer of this page is registered in a"
                + " discipline that uses it (Beta therapist) — add a reviewer whose 'fields' in content/_data/people.yml"
                + " include one of them, e.g. chris-example (docs/writing.md, \"Authors and reviewers\")"),
                warnings(TestSites.build(project, BuildMode.PUBLISH)));
    }

    @Test
    void aReviewerNeedsARegisterAndFieldsThatAreDisciplines() throws IOException {
        Path project = projectWith(article("2026-04-01", "[hcpc-register]", "jo-example", "[sam-example, chris-example]",
                "Text.\n"));
        String people = "content/_data/people.yml";
        TestSites.replaceIn(project.resolve(people), "  register: cnhc\n", "");
        TestSites.replaceIn(project.resolve(people), "fields: [alpha-therapist]", "fields: [alpha-therapist, gamma]");
        List<String> lines = Files.readAllLines(project.resolve(people));
        assertEquals(List.of(
                people + ":" + (lines.indexOf("  fields: [alpha-therapist, gamma]") + 1) + ": 'gamma' in the fields of"
                        + " 'sam-example' is not a discipline — use the file name (without .md) of a page in"
                        + " content/disciplines/, e.g. physiotherapist",
                "content/articles/markdown-features.md:12: " + noRegister("chris-example"),
                PAGE + ":10: " + noRegister("chris-example"),
                "content/disciplines/beta-therapist.md:9: " + noRegister("chris-example")), problems(project));
    }

    private static String noRegister(String id) {
        return "the reviewer '" + id + "' has no 'register' in content/_data/people.yml — add the register they are on"
                + " (e.g. register: hcpc), and in 'fields' the disciplines of this site they are registered in (e.g. fields:"
                + " [physiotherapist]), so the build can tell which pages they can review";
    }

    @Test
    void aSourceRecordWithoutATitlePublisherOrHttpsAddressIsRefusedWithItsLine() throws IOException {
        Path project = TestSites.newFixtureProject();
        String file = "content/_data/sources.yml";
        int at = lines(project, file) + 2;
        append(project, file, "\nplain-http:\n  title: A page\n  url: http://www.example.org/page\n  accessed: 2026-05-01\n"
                + "\nno-address:\n  publisher: Someone\n  accessed: 2026-13-01\n");
        assertEquals(List.of(
                file + ":" + at + ": the source 'plain-http' has no publisher — add 'publisher: ...' below 'plain-http:'"
                        + " (the publisher as the page itself shows it)",
                file + ":" + (at + 2) + ": the source 'plain-http' has the address 'http://www.example.org/page', which"
                        + " is not a full https:// address — copy the page's address from the browser, starting with https://",
                file + ":" + (at + 5) + ": the source 'no-address' has no title — add 'title: ...' below 'no-address:'"
                        + " (the title as the page itself shows it)",
                file + ":" + (at + 5) + ": the source 'no-address' has no address — copy the page's address from the"
                        + " browser, starting with https://",
                file + ":" + (at + 7) + ": 'accessed' of 'no-address' is '2026-13-01', which is not a date written as"
                        + " YYYY-MM-DD — write it like 2026-03-31"), problems(project));
    }

    @Test
    void aSourceReadLongerAgoThanTheSettingAllowsIsAWarningAtItsAccessedLine() throws IOException {
        Path project = TestSites.newFixtureProject();
        String file = "content/_data/sources.yml";
        TestSites.replaceIn(project.resolve("jbake.properties"), "site.sources.max_age_months=24",
                "site.sources.max_age_months=3");
        TestSites.replaceIn(project.resolve(file), "  url: https://www.hcpc-uk.org/check-the-register/\n  accessed: 2026-05-01",
                "  url: https://www.hcpc-uk.org/check-the-register/\n  accessed: 2026-02-01");
        int line = Files.readAllLines(project.resolve(file)).indexOf("  accessed: 2026-02-01") + 1;
        assertEquals(List.of(file + ":" + line + ": the source 'hcpc-register' was read on 1 February 2026, more than 3"
                + " months ago (site.sources.max_age_months) — open it, check it still says what the pages cite it for,"
                + " then set 'accessed:' to the day you did"), warnings(TestSites.build(project, BuildMode.PUBLISH)));
    }

    @Test
    void aSourceNoPageCitesIsAWarningNamingItsLine() throws IOException {
        Path project = TestSites.newFixtureProject();
        String file = "content/_data/sources.yml";
        int at = lines(project, file) + 2;
        append(project, file, "\nnot-cited:\n  title: A page\n  publisher: Someone\n  url: https://www.example.org/\n"
                + "  accessed: 2026-05-01\n");
        assertEquals(List.of(file + ":" + at + ": the source 'not-cited' is not cited by any page — add it to the"
                + " 'sources' of the pages it backs, or delete it"), warnings(TestSites.build(project, BuildMode.PUBLISH)));
    }

    /** Each message says all there is to do: doing it does not lead to another message. */
    @Test
    void anInlineCitationOfASourceThePageDoesNotListSaysHowToFixItInOneStep() throws IOException {
        Path project = projectWith(article("2026-04-01", "[hcpc-register]", "jo-example", "sam-example",
                "A first line.\n\nA claim.[^csp] Another.[^hcpc-registr] A third.[^nhs-11] A fourth.[^nice-guideline]\n"));
        assertEquals(List.of(
                PAGE + ":16: '[^csp]' cites 'csp', which is not in this page's sources — add it to the page's sources:"
                        + " sources: [hcpc-register, csp]",
                PAGE + ":16: '[^hcpc-registr]' cites 'hcpc-registr', which is not in this page's sources — did you mean"
                        + " '[^hcpc-register]'?",
                PAGE + ":16: '[^nhs-11]' cites 'nhs-11', which is not in this page's sources — did you mean '[^nhs-111]'?"
                        + " If so, write that, and add it to the page's sources: sources: [hcpc-register, nhs-111]",
                PAGE + ":16: '[^nice-guideline]' cites 'nice-guideline', which is not in this page's sources — there is"
                        + " no source 'nice-guideline' in content/_data/sources.yml yet: add a record for it there (title,"
                        + " publisher, url, accessed), and add it to the page's sources: sources: [hcpc-register,"
                        + " nice-guideline] (for a footnote instead, write its text on a line of its own:"
                        + " '[^nice-guideline]: ...')"), problems(project));

        // doing what the first message says builds the page
        TestSites.replaceIn(project.resolve(PAGE), "sources: [hcpc-register]", "sources: [hcpc-register, csp]");
        TestSites.replaceIn(project.resolve(PAGE), " Another.[^hcpc-registr] A third.[^nhs-11] A fourth.[^nice-guideline]", "");
        TestSites.build(project, BuildMode.PUBLISH);
    }

    @Test
    void theUrgentCareLineTakesNoTitleOrText() throws IOException {
        Path project = projectWith(article("2026-04-01", "[hcpc-register]", "jo-example", "sam-example",
                "Text.\n\n!!! urgent-care \"Get help\"\n    Call someone.\n"));
        assertEquals(List.of(PAGE + ":16: the urgent-care line takes no title or text of its own — write the line"
                + " '!!! urgent-care' alone; the standard text is in content/_snippets/care-*.md, and the page's 'care:'"
                + " field picks its level"), problems(project));
    }

    @Test
    void everyHealthPageNeedsTheCareTexts() throws IOException {
        Path project = projectWith(article("2026-04-01", "[hcpc-register]", "jo-example", "sam-example",
                "Text.\n\n!!! urgent-care\n"));
        Files.delete(project.resolve("content/_snippets/care-urgent.md"));
        assertEquals(List.of("content/_snippets/care-urgent.md: the care text for the 'urgent' level is missing, and"
                + " every health page shows it — put the file back (git checkout -- content/_snippets/care-urgent.md);"
                + " see docs/writing.md, \"Urgent-care advice\""), problems(project));
    }

    @Test
    void aCareTextThatDoesNotSayWhoCheckedItAndWhenIsRefused() throws IOException {
        Path project = TestSites.newFixtureProject();
        TestSites.replaceIn(project.resolve("content/_snippets/care-urgent.md"), "reviewed: 2026-03-01\n", "");
        TestSites.replaceIn(project.resolve("content/_snippets/care-emergency.md"), "reviewer: [sam-example]",
                "reviewer: [sam-exmaple]");
        TestSites.replaceIn(project.resolve("content/_snippets/care-self-care.md"), "reviewer: [sam-example]",
                "reviewer: [jo-example]");
        assertEquals(List.of(
                "content/_snippets/care-emergency.md:3: 'reviewer' names 'sam-exmaple', who is not in"
                        + " content/_data/people.yml — did you mean 'sam-example'? If not, add their record there",
                "content/_snippets/care-self-care.md:3: the reviewer 'jo-example' has no registration in"
                        + " content/_data/people.yml — a health page is reviewed by a registered professional: add their"
                        + " 'registration' (e.g. HCPC-registered physiotherapist, with their number), or name another reviewer",
                "content/_snippets/care-urgent.md:3: this care text does not say who checked it and when — add"
                        + " 'reviewer: [id]' (a registered professional in content/_data/people.yml, such as a GP or nurse,"
                        + " who checked it against the pages it cites) and 'reviewed: YYYY-MM-DD' to its front matter"),
                problems(project).stream().sorted().toList());
    }

    @Test
    void aWarningSignThatJoinsTwoWithAndIsRefusedAtItsLine() throws IOException {
        Path project = TestSites.newFixtureProject();
        TestSites.replaceIn(project.resolve("content/_snippets/care-emergency.md"), "- numbness around your bottom",
                "- you hurt your leg and it looks the wrong shape");
        assertEquals(List.of("content/_snippets/care-emergency.md:9: this sign joins two things with 'and', so a reader"
                + " with only one of them may think it does not apply — make each sign enough on its own: put each on a"
                + " line of its own, or join them with 'or'"), problems(project));
    }

    @Test
    void aHealthPageWithoutACareLevelIsRefused() throws IOException {
        Path project = projectWith(article("2026-04-01", "[hcpc-register]", "jo-example", "sam-example", "Text.\n")
                .replace("care: urgent\n", ""));
        assertEquals(List.of(PAGE + ":11: the field 'care' is missing — add a line 'care: ...' above this one: the"
                + " level of care this page's subject calls for, which picks its care box, one of: emergency, urgent,"
                + " self-care (docs/writing.md says what it holds)"), problems(project));
    }

    @Test
    void aPageThatWritesItsOwnCall999LineIsRefusedAtThatLine() throws IOException {
        Path project = projectWith(article("2026-04-01", "[hcpc-register, nhs-111]", "jo-example", "sam-example",
                "Most knee pain gets better by itself.[^nhs-111]\n\nIf it swells badly, call 999 at once.\n\n"
                        + "See [the NHS page](https://www.nhs.uk/nhs-services/urgent-and-emergency-care-services/"
                        + "when-to-use-111/) for more.\n\nOr go to an Urgent Treatment Centre.\n")
                .replace("summary: A test article.", "summary: Go to A&E if it hurts."));
        String fix = " — delete it: every health page shows the NHS care box, at the level its 'care:' field names;"
                + " write '!!! urgent-care' on a line of its own to place the box there (docs/writing.md,"
                + " \"Urgent-care advice\")";
        assertEquals(List.of(
                PAGE + ":7: this page gives urgent-care advice in its own words ('A&E')" + fix,
                PAGE + ":16: this page gives urgent-care advice in its own words ('call 999')" + fix,
                PAGE + ":20: this page gives urgent-care advice in its own words ('Urgent Treatment Centre')" + fix),
                problems(project), "the source id, the citation and the link's address are not the page's words");
    }

    @Test
    void aPagePastItsReviewDateIsAWarningNamingTheLine() throws IOException {
        Path project = projectWith(article("2025-05-01", "[hcpc-register]", "jo-example", "sam-example", "Text.\n"));
        write(project, "content/articles/u.md", article("2026-01-10", "[hcpc-register]", "jo-example", "sam-example",
                "Text.\n").replace("reviewed: 2026-01-10\n", "reviewed: 2026-01-10\nnext_review: 2026-05-31\n"));
        BuiltSite site = TestSites.build(project, BuildMode.PUBLISH);
        assertEquals(List.of(
                PAGE + ":6: this page was due for review on 1 May 2026 — check it against its sources, then set"
                        + " 'reviewed:' to the day you did",
                "content/articles/u.md:7: this page was due for review on 31 May 2026 — check it against its sources,"
                        + " then set 'reviewed:' to the day you did and move or remove 'next_review'"), warnings(site));
        assertTrue(site.page("articles/u.html").selectFirst(".byline").text().contains("Next review due 31 May 2026"));
    }

    @Test
    void theSettingCanMakeAnOverduePageStopThePublishingBuildButNotThePreview() throws IOException {
        Path project = projectWith(article("2025-05-01", "[hcpc-register]", "jo-example", "sam-example", "Text.\n"));
        TestSites.replaceIn(project.resolve("jbake.properties"), "site.review.overdue=warn", "site.review.overdue=fail");
        assertEquals(List.of(PAGE + ":6: this page was due for review on 1 May 2026 — check it against its sources,"
                + " then set 'reviewed:' to the day you did (site.review.overdue=fail stops the build until then)"),
                problems(project));
        BuiltSite preview = TestSites.build(project, BuildMode.PREVIEW);
        assertEquals(List.of(PAGE + ":6: this page was due for review on 1 May 2026 — check it against its sources,"
                + " then set 'reviewed:' to the day you did"), warnings(preview));
    }

    @Test
    void theMonthsToTheNextReviewAreASiteSetting() throws IOException {
        Path project = TestSites.newFixtureProject();
        TestSites.replaceIn(project.resolve("jbake.properties"), "site.review.months=12", "site.review.months=3");
        BuiltSite site = TestSites.build(project, BuildMode.PUBLISH);
        assertTrue(site.page("articles/filler-1.html").selectFirst(".byline").text()
                .contains("Next review due 1 May 2026"), "reviewed 1 February 2026, plus three months");
        assertTrue(warnings(site).contains("content/articles/filler-1.md:6: this page was due for review on 1 May 2026"
                + " — check it against its sources, then set 'reviewed:' to the day you did"), warnings(site).toString());
    }

    @Test
    void aHealthPageAboveTheReadingLevelIsAWarningNamingItsHardestSentences() throws IOException {
        // By the rules in docs/writing.md: 18 words, 4 sentences, 60 syllables (19 + 18 + 17 + 6):
        // 0.39 × 18/4 + 11.8 × 60/18 − 15.59 = 25.5; alone, 0.39 × 4 + 11.8 × 19/4 − 15.59 = 42.0, then 39.1, 36.1.
        Path project = projectWith(article("2026-04-01", "[hcpc-register]", "jo-example", "sam-example",
                "Physiotherapists rehabilitate musculoskeletal conditions.\n\nPractitioners communicate recommendations"
                        + " individually.\n\nOrganisations accredit qualifications nationally.\n\nThe cat sat on the mat.\n"));
        BuiltSite site = TestSites.build(project, BuildMode.PUBLISH);
        assertEquals(List.of(PAGE + ":14: the reading level is grade 25.5, above this site's limit of grade 6"
                + " (site.reading_level.max; grade 6 is a reading age of about 11); its hardest sentences are line 14 (grade 42.0: \"Physiotherapists"
                + " rehabilitate musculoskeletal conditions.\"), line 16 (grade 39.1: \"Practitioners communicate"
                + " recommendations individually.\"), line 18 (grade 36.1: \"Organisations accredit qualifications"
                + " nationally.\") — make them shorter, with shorter, everyday words (docs/writing.md, \"Plain English\")"),
                warnings(site));
        assertTrue(site.report().readingLevels().contains(" 25.5     18          4  " + PAGE + "\n"),
                site.report().readingLevels());
    }

    @Test
    void aGradeShownAtTheLimitIsWithinIt() throws IOException {
        // 10 words, 1 sentence, 15 syllables: 0.39 × 10 + 11.8 × 1.5 − 15.59 = 6.01, shown as 6.0: not above 6.
        Path project = projectWith(article("2026-04-01", "[hcpc-register]", "jo-example", "sam-example",
                "A happy cat sat on a pencil paper garden window.\n"));
        BuiltSite site = TestSites.build(project, BuildMode.PUBLISH);
        assertTrue(site.report().readingLevels().contains("  6.0     10          1  " + PAGE + "\n"),
                site.report().readingLevels());
        assertEquals(List.of(), warnings(site).stream().filter(w -> w.startsWith(PAGE)).toList());
    }

    @Test
    void healthSettingsThatMakeNoSenseAreRefusedWithTheirLine() throws IOException {
        Path project = TestSites.newFixtureProject();
        Path settings = project.resolve("jbake.properties");
        TestSites.replaceIn(settings, "site.review.months=12", "site.review.months=twelve");
        TestSites.replaceIn(settings, "site.review.overdue=warn", "site.review.overdue=stop");
        TestSites.replaceIn(settings, "site.reading_level.max=6", "site.reading_level.max=easy");
        List<String> lines = Files.readAllLines(settings);
        int months = lines.indexOf("site.review.months=twelve") + 1;
        assertEquals(List.of(
                "jbake.properties:" + months + ": 'site.review.months' is 'twelve', which is not a number of months —"
                        + " write e.g. site.review.months=12",
                "jbake.properties:" + (months + 2) + ": 'site.review.overdue' is 'stop', which is not warn or fail"
                        + " — write e.g. site.review.overdue=warn",
                "jbake.properties:" + (months + 4) + ": 'site.reading_level.max' is 'easy', which is not a grade such"
                        + " as 6 — write e.g. site.reading_level.max=6"), problems(project));
    }
}
