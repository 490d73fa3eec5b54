package org.whichtherapist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.whichtherapist.HostileContentTest.failingBuild;
import static org.whichtherapist.HostileContentTest.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.whichtherapist.core.BuildFailedException;
import org.whichtherapist.pipeline.BuildWatchdog;
import org.whichtherapist.core.Problem;

/** Input built to exhaust memory, the stack or time gives a plain error instead. */
class LimitsTest {
    private static final String HEADER = "---\ntitle: Hostile\ntype: page\nstatus: published\n"
            + "date: 2026-01-01\nsummary: A hostile page.\n---\n\n";
    private static final String TOO_DEEP = " lists, quotes or callouts are nested more than 20 levels deep here — flatten"
            + " them: split the text into sections with headings";

    @Test
    void aFiveMegabyteFileIsRefusedBeforeItIsRead() throws IOException {
        Path project = TestSites.newFixtureProject();
        write(project, "content/pages/huge.md", HEADER + "All work and no play. ".repeat(5 * 1024 * 1024 / 22));
        assertEquals(List.of("content/pages/huge.md: the file is larger than 2 MB — split it into several pages, or"
                + " move large data out of the text"), failingBuild(project));
    }

    @Test
    void aDeeplyNestedListIsAnErrorNotAStackOverflow() throws IOException {
        StringBuilder list = new StringBuilder();
        for (int level = 0; level < 1000; level++) {
            list.append("  ".repeat(level)).append("- level ").append(level + 1).append('\n');
        }
        Path project = TestSites.newFixtureProject();
        write(project, "content/pages/deep.md", HEADER + list);
        // Line 9 holds level 1, so level 21 is on line 29.
        assertEquals(List.of("content/pages/deep.md:29:" + TOO_DEEP),
                assertTimeoutPreemptively(Duration.ofSeconds(60), () -> failingBuild(project)));
    }

    @Test
    void aQuoteInsideAHundredThousandQuotesIsAnErrorNotAHang() throws IOException {
        Path project = TestSites.newFixtureProject();
        write(project, "content/pages/quotes.md", HEADER + "Fine.\n\n" + ">".repeat(100_000) + " deep\n");
        assertEquals(List.of("content/pages/quotes.md:11:" + TOO_DEEP),
                assertTimeoutPreemptively(Duration.ofSeconds(60), () -> failingBuild(project)));
    }

    @Test
    void aBuildThatRunsPastItsTimeLimitNamesTheFileItWasOn() {
        BuildWatchdog watchdog = new BuildWatchdog(Duration.ofSeconds(1));
        BuildFailedException failure = assertThrows(BuildFailedException.class, () -> watchdog.run(() -> {
            watchdog.working("content/articles/never-ends.md");
            Thread.sleep(60_000);
            return null;
        }));
        assertEquals(List.of("content/articles/never-ends.md: the build was stopped after 1 second, while working on"
                        + " this file — look in it for something unusual (a huge table, very long lines, deep nesting);"
                        + " if the site is simply big, raise site.build_time_limit (in seconds) in jbake.properties"),
                failure.problems().stream().map(Problem::format).toList());
        assertThrows(BuildFailedException.class, watchdog::checkNotStopped, "a late build cannot publish");
    }

    @Test
    void theTimeLimitMustBeANumberOfSeconds() throws IOException {
        Path project = TestSites.newFixtureProject();
        Path settings = project.resolve("jbake.properties");
        Files.writeString(settings, "site.build_time_limit=five minutes\n", StandardOpenOption.APPEND);
        assertEquals(List.of("jbake.properties:" + Files.readAllLines(settings).size() + ": 'site.build_time_limit' is"
                + " 'five minutes', which is not a whole number of seconds from 1 to 9,999,999 — write e.g."
                + " site.build_time_limit=300"), failingBuild(project));
    }
}
