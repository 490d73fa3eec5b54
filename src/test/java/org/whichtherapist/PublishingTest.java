package org.whichtherapist;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.whichtherapist.core.BuildMode;

/** What gets published, and when: drafts, scheduled posts, and builds that repeat exactly. */
class PublishingTest {
    private static Clock day(String date) {
        return Clock.fixed(Instant.parse(date + "T23:59:00Z"), ZoneOffset.UTC);
    }

    @Test
    void aScheduledPostIsPublishedOnItsDayAndNotBefore() {
        Path project = TestSites.newFixtureProject();
        BuiltSite dayBefore = TestSites.build(project, BuildMode.PUBLISH, day("2026-06-30"), project.resolve("before"));
        assertFalse(dayBefore.exists("articles/scheduled-post.html"));
        assertFalse(dayBefore.text("feed.xml").contains("Scheduled post"));
        BuiltSite onTheDay = TestSites.build(project, BuildMode.PUBLISH,
                Clock.fixed(Instant.parse("2026-07-01T00:00:01Z"), ZoneOffset.UTC), project.resolve("on"));
        assertTrue(onTheDay.exists("articles/scheduled-post.html"));
        assertTrue(onTheDay.text("feed.xml").contains("Scheduled post"));
        assertTrue(onTheDay.page("index.html").text().contains("Scheduled post"));
    }

    @Test
    void thePreviewShowsDraftsWithABannerAndPublishingNeverDoes() {
        Path project = TestSites.newFixtureProject();
        BuiltSite preview = TestSites.build(project, BuildMode.PREVIEW, TestSites.FIXTURE_TODAY, project.resolve("preview"));
        assertEquals("Draft", preview.page("articles/secret-draft.html").selectFirst(".draft-banner strong").text());
        assertTrue(preview.page("articles/markdown-features.html").select(".draft-banner").isEmpty());
        BuiltSite published = TestSites.build(project, BuildMode.PUBLISH, TestSites.FIXTURE_TODAY, project.resolve("site"));
        assertFalse(published.exists("articles/secret-draft.html"));
    }

    @Test
    void anOldSiteThatAnEndedBuildLeftIsRemovedByTheNextBuild() throws Exception {
        Path project = TestSites.newFixtureProject();
        Path leftover = Files.createDirectories(project.resolve("target/.site-old-12345/articles"));
        Files.writeString(leftover.resolve("a.html"), "an old page");
        Path unrelated = Files.createDirectories(project.resolve("target/.other-old-1"));
        TestSites.build(project, BuildMode.PUBLISH);
        long waitUntil = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
        while (Files.exists(leftover.getParent()) && System.nanoTime() < waitUntil) {
            Thread.sleep(20); // removed on a thread of its own
        }
        assertFalse(Files.exists(leftover.getParent()), "the old site is removed");
        assertTrue(Files.isDirectory(unrelated), "only old copies of this output are removed");
    }

    @Test
    void twoBuildsOfTheSameSourcesAreIdenticalToTheByte() throws Exception {
        Path project = TestSites.newFixtureProject();
        BuiltSite first = TestSites.build(project, BuildMode.PUBLISH, day("2026-06-01"), project.resolve("one"));
        BuiltSite second = TestSites.build(project, BuildMode.PUBLISH, day("2026-06-02"), project.resolve("two"));
        assertEquals(first.files(), second.files());
        assertArrayEquals(Files.readAllBytes(org.whichtherapist.publish.SiteArchive.archiveOf(first.output())),
                Files.readAllBytes(org.whichtherapist.publish.SiteArchive.archiveOf(second.output())), "site.zip differs");
        for (String file : first.files()) {
            assertArrayEquals(Files.readAllBytes(first.output().resolve(file)),
                    Files.readAllBytes(second.output().resolve(file)), file + " differs between two builds");
        }
    }
}
