package org.whichtherapist;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.commons.io.file.PathUtils;
import org.junit.jupiter.api.Test;
import org.whichtherapist.core.BuildMode;
import org.whichtherapist.pipeline.BuildMemory;
import org.whichtherapist.pipeline.BuildOptions;
import org.whichtherapist.ledger.KeptResults;
import org.whichtherapist.pipeline.SiteBuild;
import org.whichtherapist.pipeline.StagedOutput;
import org.whichtherapist.publish.OutputPublisher;
import org.whichtherapist.publish.SiteArchive;
import org.whichtherapist.ledger.TargetFolders;

/**
 * {@code mvn package} starts a new process each time; what the slower steps made (Markdown
 * rendered, reading levels, pages read back) is kept under target/build-cache, and the last site.zip
 * beside it, for the next. A build that uses them writes exactly what a build without them writes,
 * makes again only what changed, and treats a damaged entry as missing.
 */
class KeptResultsTest {

    @Test
    void aSecondBuildWithOnePostChangedRemakesOnlyWhatChangedAndMatchesACleanBuild() throws Exception {
        Path project = TestSites.newFixtureProject();
        // a low limit, so that reading levels read back give warnings quoting sentences
        TestSites.replaceIn(project.resolve("jbake.properties"), "site.reading_level.max=6", "site.reading_level.max=2");
        Path output = project.resolve("target/site");
        Path kept = new TargetFolders(project).buildCache();
        TestSites.build(project, BuildMode.PUBLISH, TestSites.FIXTURE_TODAY, output);
        Map<String, FileTime> first = entries(kept);
        assertTrue(first.size() > 20, "the first build keeps its results: " + first.size());

        Path post = project.resolve("content/articles/filler-3.md");
        TestSites.appendTo(post, "\nA new closing sentence.\n");
        BuiltSite second = TestSites.build(project, BuildMode.PUBLISH, TestSites.FIXTURE_TODAY, output);
        Map<String, FileTime> after = entries(kept);
        long remade = after.keySet().stream().filter(name -> !first.containsKey(name)).count();
        long untouched = after.entrySet().stream().filter(e -> e.getValue().equals(first.get(e.getKey()))).count();
        assertTrue(remade > 0 && remade < first.size() / 4,
                "made again: the changed post and the pages whose bytes changed, " + remade + " of " + first.size());
        assertEquals(after.size() - remade - 1, untouched,
                "every other result was used as kept, not written again, but the record of the last bake");
        assertTrue(after.size() <= first.size() + 1, "results no longer used are forgotten: " + after.size());
        assertTrue(TestSites.bakedChangedTextOnly(second.report()),
                "only the parts showing the changed text were baked: " + second.report().times().describe());

        BuiltSite clean = buildWithNothingKept(project, TestSites.FIXTURE_TODAY);
        second.assertSameFilesAs(clean);
        assertTrue(second.report().warnings().stream().anyMatch(w -> w.message().contains("reading level")),
                "pages above the reading level limit");
        assertEquals(clean.report().warnings(), second.report().warnings(),
                "the same warnings, from reading levels read back from the kept results");
        assertArrayEquals(Files.readAllBytes(SiteArchive.archiveOf(clean.output())),
                Files.readAllBytes(SiteArchive.archiveOf(second.output())),
                "site.zip made with the last zip's unchanged entries is the zip made from nothing");
    }

    @Test
    void aZipTheSameAsTheLastIsTheKeptFileAgainAndAChangedOneIsWritten() throws Exception {
        Path project = TestSites.newFixtureProject();
        Path output = published(project);
        Path zip = SiteArchive.archiveOf(output);
        byte[] first = Files.readAllBytes(zip);
        Object firstFile = fileOf(zip);

        PathUtils.deleteDirectory(output);
        TestSites.build(project, BuildMode.PUBLISH, TestSites.FIXTURE_TODAY, output);
        assertArrayEquals(first, Files.readAllBytes(zip), "the same site, the same zip");
        assertEquals(firstFile, fileOf(zip),
                "an unchanged zip is the kept file again, not written anew");

        TestSites.appendTo(project.resolve("content/articles/filler-3.md"), "\nA new closing sentence.\n");
        TestSites.build(project, BuildMode.PUBLISH, TestSites.FIXTURE_TODAY, output);
        assertFalse(Arrays.equals(first, Files.readAllBytes(zip)), "a changed site gets a new zip");
        assertArrayEquals(Files.readAllBytes(zip), Files.readAllBytes(new TargetFolders(project).lastZip()),
                "and keeps it for the next build");
    }

    @Test
    void aWholeBakeKeepsTheLastSitesUnchangedPagesAsTheSameFilesAndMatchesACleanBuild() throws Exception {
        Path project = TestSites.newFixtureProject();
        Path output = published(project);
        Map<String, Object> before = byFile(output, KeptResultsTest::fileOf);

        // A new title shows on other pages: the whole site is baked again, most of it to the same bytes.
        TestSites.replaceIn(project.resolve("content/articles/filler-3.md"), "title: ", "title: Renamed ");
        BuiltSite renamed = TestSites.build(project, BuildMode.PUBLISH, TestSites.FIXTURE_TODAY, output);
        assertFalse(TestSites.bakedChangedTextOnly(renamed.report()), "a whole bake");
        Map<String, Object> after = byFile(output, KeptResultsTest::fileOf);
        long kept = after.entrySet().stream().filter(e -> e.getKey().endsWith(".html"))
                .filter(e -> e.getValue().equals(before.get(e.getKey()))).count();
        assertTrue(kept > 0, "pages baked to the same bytes are the last site's files, not new ones");
        long keptSearch = after.entrySet().stream().filter(e -> e.getKey().startsWith("search/"))
                .filter(e -> e.getValue().equals(before.get(e.getKey()))).count();
        assertTrue(keptSearch > 0, "and so are the search files with the same bytes");
        assertFalse(after.get("articles/filler-3.html").equals(before.get("articles/filler-3.html")),
                "the renamed page is written afresh");
        renamed.assertSameFilesAs(buildWithNothingKept(project, TestSites.FIXTURE_TODAY));
    }

    @Test
    void aBuildAfterTheSiteWasRemovedTakesTheEarlierSiteKeptAndMatchesACleanBuild() throws Exception {
        Path project = TestSites.newFixtureProject();
        Path output = published(project);
        Path post = project.resolve("content/articles/filler-3.md");
        TestSites.appendTo(post, "\nA new closing sentence.\n");
        TestSites.build(project, BuildMode.PUBLISH, TestSites.FIXTURE_TODAY, output);
        Path earlier = OutputPublisher.earlierSite(output);
        Map<String, Object> kept = byFile(earlier, KeptResultsTest::fileOf);

        // The site removed, as by hand or by a script: the one the last build replaced is still beside it.
        PathUtils.deleteDirectory(output);
        TestSites.appendTo(post, "\nAnd another.\n");
        BuiltSite again = TestSites.build(project, BuildMode.PUBLISH, TestSites.FIXTURE_TODAY, output);
        assertTrue(TestSites.bakedChangedTextOnly(again.report()),
                "only what changed since the earlier site was baked: " + again.report().baked());
        Map<String, Object> after = byFile(output, KeptResultsTest::fileOf);
        assertTrue(after.entrySet().stream().filter(e -> e.getValue().equals(kept.get(e.getKey()))).count() > 0,
                "unchanged files are the earlier site's, not new ones");
        assertFalse(after.get("articles/filler-3.html").equals(kept.get("articles/filler-3.html")),
                "the changed page is baked afresh");
        again.assertSameFilesAs(buildWithNothingKept(project, TestSites.FIXTURE_TODAY));

        // An earlier site changed since it was kept is not trusted.
        PathUtils.deleteDirectory(output);
        Files.writeString(earlier.resolve("articles/filler-5.html"), "changed by hand");
        TestSites.appendTo(post, "\nAnd a third.\n");
        BuiltSite afterTampering = TestSites.build(project, BuildMode.PUBLISH, TestSites.FIXTURE_TODAY, output);
        assertFalse(TestSites.bakedChangedTextOnly(afterTampering.report()), "a whole bake");
        afterTampering.assertSameFilesAs(buildWithNothingKept(project, TestSites.FIXTURE_TODAY));
    }

    @Test
    void aBuildThatFailsAfterBakingOnlyTheChangedTextLeavesTheLastSiteAsItWas() throws Exception {
        Path project = TestSites.newFixtureProject();
        Path output = published(project);
        Map<String, byte[]> published = contents(output);
        Path zip = SiteArchive.archiveOf(output);
        byte[] publishedZip = Files.readAllBytes(zip);

        // A link to a file that is not in the site is found only in the baked pages, after the bake (and
        // while the new zip is being made).
        Path post = project.resolve("content/articles/filler-3.md");
        TestSites.appendTo(post, "\nSee [this list](no-such-list.html).\n");
        List<org.whichtherapist.core.Problem> problems = TestSites.failingBuild(project);
        assertTrue(problems.get(0).message().contains("not in the site"), problems.toString());
        Map<String, byte[]> after = contents(output);
        assertEquals(published.keySet(), after.keySet());
        published.forEach((file, bytes) -> assertArrayEquals(bytes, after.get(file), file + " was not written into"));
        assertArrayEquals(publishedZip, Files.readAllBytes(zip), "site.zip is the last good site's");
        try (Stream<Path> beside = Files.list(zip.getParent())) {
            assertEquals(List.of(), beside.filter(file -> file.getFileName().toString().endsWith(".partial")).toList(),
                    "no half-made zip is left behind");
        }
    }

    @Test
    void theLastBakeIsNotReusedWhenTheOutputWasChangedOrSomethingBesidesTextChanged() throws Exception {
        Path project = TestSites.newFixtureProject();
        Path output = published(project);
        Path post = project.resolve("content/articles/filler-3.md");

        Files.delete(output.resolve("articles/filler-5.html"));
        TestSites.appendTo(post, "\nOne more sentence.\n");
        BuiltSite afterTampering = TestSites.build(project, BuildMode.PUBLISH, TestSites.FIXTURE_TODAY, output);
        assertTrue(Files.isRegularFile(output.resolve("articles/filler-5.html")), "a file removed from the output is back");
        assertFalse(TestSites.bakedChangedTextOnly(afterTampering.report()));

        TestSites.replaceIn(post, "title: ", "title: Renamed ");
        BuiltSite afterTitle = TestSites.build(project, BuildMode.PUBLISH, TestSites.FIXTURE_TODAY, output);
        assertFalse(TestSites.bakedChangedTextOnly(afterTitle.report()), "a title shows on other pages");

        BuiltSite nextDay = TestSites.build(project, BuildMode.PUBLISH,
                java.time.Clock.offset(TestSites.FIXTURE_TODAY, java.time.Duration.ofDays(1)), output);
        assertFalse(TestSites.bakedChangedTextOnly(nextDay.report()), "pages show dates");

        BuiltSite clean = buildWithNothingKept(project,
                java.time.Clock.offset(TestSites.FIXTURE_TODAY, java.time.Duration.ofDays(1)));
        nextDay.assertSameFilesAs(clean);
    }

    @Test
    void aBuildKeepsEveryResultItUsesWhateverElseRanInTheSameProcess() throws Exception {
        Path alone = TestSites.newFixtureProject();
        TestSites.build(alone, BuildMode.PUBLISH, TestSites.FIXTURE_TODAY, alone.resolve("target/site"));
        int keptAlone = entries(new TargetFolders(alone).buildCache()).size();

        // The same files built first with a memory that is still held (as the preview holds one)
        Path other = TestSites.newFixtureProject();
        BuildMemory held = new BuildMemory();
        SiteBuild.run(new BuildOptions(other, other.resolve("out"), BuildMode.PUBLISH, TestSites.FIXTURE_TODAY),
                held, new StagedOutput());
        Path project = TestSites.newFixtureProject();
        published(project);
        assertEquals(keptAlone, entries(new TargetFolders(project).buildCache()).size(),
                "what another build in this process measured is kept on disk all the same");
        java.lang.ref.Reference.reachabilityFence(held);
    }

    @Test
    void damagedEntriesAreMadeAgainAndTheSiteIsTheSame() throws Exception {
        Path project = TestSites.newFixtureProject();
        Path kept = new TargetFolders(project).buildCache();
        BuiltSite fresh = TestSites.build(project, BuildMode.PUBLISH, TestSites.FIXTURE_TODAY, project.resolve("fresh"));
        List<Path> files = org.whichtherapist.core.SiteFiles.all(kept);
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            byte[] bytes = Files.readAllBytes(file);
            // cut short, emptied, or a byte changed in the middle
            Files.write(file, i % 3 == 0 ? java.util.Arrays.copyOf(bytes, bytes.length / 2)
                    : i % 3 == 1 ? new byte[0] : flipped(bytes));
        }
        BuiltSite again = TestSites.build(project, BuildMode.PUBLISH, TestSites.FIXTURE_TODAY, project.resolve("again"));
        again.assertSameFilesAs(fresh);
        assertEquals(fresh.report().warnings(), again.report().warnings(), "the same warnings, reading levels included");
    }

    @Test
    void aResultIsFoundOnlyUnderTheSameKeyAndAsTheSameType() throws IOException {
        Path folder = TestSites.scratch("kept");
        KeptResults kept = KeptResults.in(folder);
        String key = kept.key("kind", "a.md", "text");
        kept.put(key, new HashMap<>(Map.of("a", "b")));
        assertEquals(Optional.of(Map.of("a", "b")), kept.get(key, HashMap.class));
        assertFalse(kept.get(kept.key("kind", "a.md", "other text"), HashMap.class).isPresent());
        assertFalse(kept.get(kept.key("kind", "a.mdtext"), HashMap.class).isPresent(), "parts are kept apart");
        assertFalse(kept.get(key, String.class).isPresent(), "another type is not taken for it");
        assertFalse(KeptResults.NONE.get(key, HashMap.class).isPresent());
    }

    @Test
    void resultsOfOtherCodeAreKeptForTheLatestOtherCodeOnly() throws IOException {
        Path folder = TestSites.scratch("kept");
        Path older = Files.createDirectories(folder.resolve("0000000000000001"));
        Path newer = Files.createDirectories(folder.resolve("0000000000000002"));
        Files.setLastModifiedTime(older, FileTime.fromMillis(1_000_000));
        Files.setLastModifiedTime(newer, FileTime.fromMillis(2_000_000));
        KeptResults kept = KeptResults.in(folder);
        kept.put(kept.key("kind", "x"), "a result");
        kept.forgetUnused();
        try (Stream<Path> left = Files.list(folder)) {
            List<String> names = left.map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(2, names.size(), "this code's folder and the latest other's: " + names);
            assertTrue(names.contains("0000000000000002"), names.toString());
            assertFalse(names.contains("0000000000000001"), names.toString());
        }
        assertEquals(Optional.of("a result"), kept.get(kept.key("kind", "x"), String.class));
    }

    private static byte[] flipped(byte[] bytes) {
        byte[] copy = bytes.clone();
        if (copy.length > 0) {
            copy[copy.length / 2] ^= 0x5a;
        }
        return copy;
    }

    /** The project built for publishing into target/site, as the owner builds it; returns that folder. */
    private static Path published(Path project) throws IOException {
        Path output = project.resolve("target/site");
        TestSites.build(project, BuildMode.PUBLISH, TestSites.FIXTURE_TODAY, output);
        return output;
    }

    /** Which file this is on the disk (a second name for a file gives the same). */
    private static Object fileOf(Path path) throws IOException {
        return Files.readAttributes(path, BasicFileAttributes.class).fileKey();
    }

    /** A build into the folder "clean" with the kept results and the last zip removed first. */
    private static BuiltSite buildWithNothingKept(Path project, java.time.Clock clock) throws IOException {
        PathUtils.deleteDirectory(new TargetFolders(project).buildCache());
        Files.delete(new TargetFolders(project).lastZip());
        return TestSites.build(project, BuildMode.PUBLISH, clock, project.resolve("clean"));
    }

    private interface FileFact<V> {
        V of(Path file) throws IOException;
    }

    /** What {@code fact} says of each file below the folder, by its path there. */
    private static <V> Map<String, V> byFile(Path folder, FileFact<V> fact) throws IOException {
        Map<String, V> facts = new HashMap<>();
        for (Path file : org.whichtherapist.core.SiteFiles.all(folder)) {
            facts.put(org.whichtherapist.core.SiteFiles.relative(folder, file), fact.of(file));
        }
        return facts;
    }

    private static Map<String, byte[]> contents(Path folder) throws IOException {
        return byFile(folder, Files::readAllBytes);
    }

    /** The kept results, by their path under the folder (one folder per version of the code). */
    private static Map<String, FileTime> entries(Path folder) throws IOException {
        return byFile(folder, Files::getLastModifiedTime);
    }
}
