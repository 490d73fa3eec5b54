package org.whichtherapist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.whichtherapist.core.Problem;
import org.whichtherapist.pipeline.WarningReport;
import org.whichtherapist.ledger.TargetFolders;

/**
 * Warnings stay readable however many there are: past twenty, a count of each kind and the first of
 * each, the full list in target/warnings.txt. A site of a thousand posts none of which was reviewed
 * for years prints at most 40 lines.
 */
class WarningReportTest {
    private static final int POSTS = 1000;
    private static final int HARD = 10;

    private static Problem reviewDue(int i) {
        return Problem.at("content/articles/p" + i + ".md", 6, "this page was due for review on " + (1 + i % 28)
                + " May 20" + (10 + i % 10), "check it against its sources, then set 'reviewed:' to the day you did");
    }

    @Test
    void upToTwentyWarningsAreEachShown() {
        List<Problem> warnings = new ArrayList<>();
        for (int i = 0; i < WarningReport.ALL_UP_TO; i++) {
            warnings.add(reviewDue(i));
        }
        assertEquals(warnings.stream().map(w -> "warning: " + w.format()).toList(), WarningReport.lines(warnings));
    }

    @Test
    void pastTwentyEachKindIsCountedWithItsFirstFew() {
        List<Problem> warnings = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            warnings.add(reviewDue(i));
        }
        warnings.add(Problem.at("content/articles/p3.md", 14, "the reading level is grade 9.1, above this site's limit"
                + " of grade 6 (site.reading_level.max; grade 6 is a reading age of about 11)", "make them shorter"));
        List<String> lines = WarningReport.lines(warnings);
        assertEquals(List.of(
                "warning: 31 warnings of 2 kinds; the first 3 of each below, every one in target/warnings.txt:",
                "  30 × this page was due for review on …",
                "    warning: " + reviewDue(0).format(),
                "    warning: " + reviewDue(1).format(),
                "    warning: " + reviewDue(2).format(),
                "  1 × the reading level is grade …, above this site's limit of grade …",
                "    warning: " + warnings.get(30).format()), lines);
    }

    /** 1,000 posts reviewed in 2020, ten of them hard to read, built as mvn package builds them. */
    @Test
    void aThousandPostsPastTheirReviewPrintAtMostFortyLinesAndListEveryWarningInTheFile() throws IOException {
        Path project = TestSites.newFixtureProject();
        for (int i = 0; i < POSTS; i++) {
            String text = i % (POSTS / HARD) == 0
                    ? "Physiotherapists rehabilitate musculoskeletal conditions comprehensively.\n"
                    : "A physio can help with a sore knee.\n";
            Files.writeString(project.resolve("content/articles/old-" + i + ".md"), "---\ntitle: Old post " + (1000 + i)
                    + "\ntype: article\nstatus: published\ndate: 2019-01-01\nreviewed: 2020-01-01\nsummary: An old post.\n"
                    + "care: self-care\nsources: [hcpc-register]\nauthor: jo-example\nreviewer: sam-example\n---\n\n" + text);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        assertEquals(0, Main.run(new String[] {"build", "--source", project.toString(), "--output",
                project.resolve("target/site").toString()}, print, print), out.toString(StandardCharsets.UTF_8));

        List<String> printed = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertTrue(printed.size() <= 40, printed.size() + " lines:\n" + String.join("\n", printed));
        List<String> all = Files.readAllLines(new TargetFolders(project).warnings());
        assertTrue(all.stream().filter(l -> l.contains("this page was due for review on 1 January 2021")).count() >= POSTS,
                "every post's review warning is in the file");
        assertTrue(all.stream().filter(l -> l.contains("the reading level is grade")).count() >= HARD, "and every hard one");
        assertTrue(printed.get(0).startsWith("warning: " + String.format(java.util.Locale.UK, "%,d", all.size())
                + " warnings of "), printed.get(0));
        assertTrue(printed.stream().anyMatch(l -> l.contains("× the reading level is grade …")),
                "the ten hard posts are not lost under a thousand old ones:\n" + String.join("\n", printed));
        java.util.regex.Matcher built = java.util.regex.Pattern.compile("Built (\\d+) pages .*").matcher(printed.get(printed.size() - 2));
        assertTrue(built.matches() && Integer.parseInt(built.group(1)) > POSTS, "the summary still ends the output:\n"
                + String.join("\n", printed));
    }
}
