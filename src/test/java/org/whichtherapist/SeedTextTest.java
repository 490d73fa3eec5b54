package org.whichtherapist;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The team's promise about the pages it wrote, not a rule of the owner's: no page copies the two
 * texts the project started from (a therapist's blog and a clinic's advert, kept only on the team's
 * machines; the repository holds fingerprints of their eight-word runs, {@link SeedFingerprints}).
 * It runs in {@code mvn verify}, on changes to the code, never on the publishing path; a build check
 * would cost a SHA-256 per word of every page on each build (2–4 s per 1,000 articles with the
 * build's C1-only JVM) for texts an owner never has.
 */
class SeedTextTest {

    @Test
    void noPageRepeatsARunOfEightWordsFromTheSourceTexts() throws IOException {
        Set<String> seedRuns = SeedFingerprints.committed();
        assertTrue(seedRuns.size() > 500, "the seed fingerprints were not read from " + SeedFingerprints.FILE);
        try (Stream<Path> files = Files.walk(TestSites.PROJECT.resolve("content"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                List<String> copied = WordRuns.of(Files.readString(file), SeedFingerprints.RUN_LENGTH).stream()
                        .filter(run -> seedRuns.contains(SeedFingerprints.of(run)))
                        .toList();
                assertTrue(copied.isEmpty(), file.getFileName() + " repeats the source text: " + copied);
            }
        }
    }
}
