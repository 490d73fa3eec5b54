package org.whichtherapist;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.aayushatharva.brotli4j.decoder.Decoder;
import org.apache.commons.io.file.PathUtils;
import org.junit.jupiter.api.Test;
import org.whichtherapist.core.BuildMode;
import org.whichtherapist.publish.Precompressor;
import org.whichtherapist.ledger.TargetFolders;

/**
 * The .gz and .br copies cost little: a second build compresses again only the files whose bytes
 * changed (the changed post's own outputs and the pages that list it), takes every other copy from
 * the cache under target/, and writes exactly what a clean build writes.
 */
class PrecompressionTest {

    @Test
    void aSecondBuildWithOnePostChangedCompressesOnlyWhatChangedAndMatchesACleanBuild() throws Exception {
        Path project = TestSites.newFixtureProject();
        TestSites.replaceIn(project.resolve("jbake.properties"), "site.precompress=false", "site.precompress=true");
        Path output = project.resolve("target/site");
        BuiltSite first = TestSites.build(project, BuildMode.PUBLISH, TestSites.FIXTURE_TODAY, output);
        Map<String, byte[]> before = worthCompressing(first);
        assertEquals(before.keySet(), first.report().written().compression().compressed(), "a first build compresses everything");
        assertEquals(0, first.report().written().compression().reused());

        Path post = project.resolve("content/articles/filler-3.md");
        TestSites.replaceIn(post, "title: ", "title: Renamed ");
        TestSites.appendTo(post, "\nA new closing sentence.\n");
        BuiltSite second = TestSites.build(project, BuildMode.PUBLISH, TestSites.FIXTURE_TODAY, output);

        Map<String, byte[]> after = worthCompressing(second);
        Set<String> changed = new TreeSet<>();
        after.forEach((file, bytes) -> {
            if (!before.containsKey(file) || !Arrays.equals(before.get(file), bytes)) {
                changed.add(file);
            }
        });
        Precompressor.Result compression = second.report().written().compression();
        assertEquals(changed, compression.compressed(), "compressed again: exactly the files whose bytes changed");
        assertEquals(after.size() - changed.size(), compression.reused());
        assertTrue(changed.contains("articles/filler-3.html"), changed.toString());
        for (String file : changed) {
            String text = second.text(file);
            assertTrue(file.startsWith("search/") || text.contains("Renamed Filler article 3"),
                    file + " was compressed again but does not show the changed post");
        }

        PathUtils.deleteDirectory(new TargetFolders(project).compressed());
        BuiltSite clean = TestSites.build(project, BuildMode.PUBLISH, TestSites.FIXTURE_TODAY, project.resolve("clean"));
        assertEquals(after.keySet(), clean.report().written().compression().compressed());
        second.assertSameFilesAs(clean);

        // Text alone changed: only that page is baked again, its copies made again, the others kept
        // (after a build into the output again: the last bake was into the folder "clean").
        TestSites.build(project, BuildMode.PUBLISH, TestSites.FIXTURE_TODAY, output);
        TestSites.appendTo(post, "\nAnother closing sentence.\n");
        BuiltSite third = TestSites.build(project, BuildMode.PUBLISH, TestSites.FIXTURE_TODAY, output);
        assertTrue(TestSites.bakedChangedTextOnly(third.report()), third.report().times().describe());
        assertTrue(third.report().written().compression().compressed().contains("articles/filler-3.html"));
        BuiltSite cleanAgain = TestSites.build(project, BuildMode.PUBLISH, TestSites.FIXTURE_TODAY,
                project.resolve("clean-again"));
        third.assertSameFilesAs(cleanAgain);
    }

    @Test
    void theCopiesHoldTheFileAndSmallFilesGetNone() throws Exception {
        Path project = TestSites.newFixtureProject();
        TestSites.replaceIn(project.resolve("jbake.properties"), "site.precompress=false", "site.precompress=true");
        BuiltSite site = TestSites.build(project, BuildMode.PUBLISH);
        int small = 0;
        for (String file : site.files()) {
            if (!file.matches(".*\\.(html|css|js|json|xml|txt|svg)")) {
                continue;
            }
            byte[] original = Files.readAllBytes(site.output().resolve(file));
            if (original.length < 1024) {
                small++;
                assertFalse(site.exists(file + ".gz") || site.exists(file + ".br"), file + " is too small for copies");
                continue;
            }
            assertArrayEquals(original, Decoder.decompress(Files.readAllBytes(site.output().resolve(file + ".br")))
                    .getDecompressedData(), file + ".br");
        }
        assertTrue(small > 0, "the fixture has small files (robots.txt, redirect pages)");
        assertEquals(small, site.report().written().compression().tooSmall());
    }

    @Test
    void theShippedSettingsWriteNoCopies() {
        assertTrue(TestSites.real().files().stream().noneMatch(f -> f.endsWith(".gz") || f.endsWith(".br")),
                "GitHub Pages, Netlify, Cloudflare and CloudFront compress on the fly");
    }

    /** The text files of 1 KB or more, with their bytes. */
    private static Map<String, byte[]> worthCompressing(BuiltSite site) {
        Map<String, byte[]> files = new HashMap<>();
        for (String file : site.files()) {
            if (file.matches(".*\\.(html|css|js|json|xml|txt|svg)")) {
                try {
                    byte[] bytes = Files.readAllBytes(site.output().resolve(file));
                    if (bytes.length >= 1024) {
                        files.put(file, bytes);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return files;
    }
}
