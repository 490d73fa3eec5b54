package org.whichtherapist;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The seed texts the project started from are not in the repository, but the check that no page
 * copies them must run everywhere. So the repository keeps only a fingerprint of every run of
 * {@value #RUN_LENGTH} words of the seeds (the first 64 bits of its SHA-256): enough to recognise a
 * copied run, not enough to read the text back.
 *
 * <p>{@code scripts/seed-fingerprints.sh}, run on a machine that has the seed texts (it takes their
 * folder), writes {@value #FILE} again through {@link #main}.
 */
public final class SeedFingerprints {
    static final int RUN_LENGTH = 8;
    static final String FILE = "src/test/resources/seed-fingerprints.txt";

    private SeedFingerprints() {
    }

    static String of(String run) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(run.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** The fingerprints kept in the repository. */
    static Set<String> committed() throws IOException {
        try (Stream<String> lines = Files.lines(TestSites.PROJECT.resolve(FILE))) {
            return lines.filter(line -> !line.isBlank() && !line.startsWith("#")).collect(Collectors.toSet());
        }
    }

    /** Usage: SeedFingerprints SEEDS_FOLDER PROJECT_FOLDER — rewrites the fingerprint file from the seed texts. */
    public static void main(String[] args) throws IOException {
        Path seeds = Path.of(args[0]);
        Path project = Path.of(args[1]);
        if (!Files.isDirectory(seeds)) {
            System.err.println("No seed texts at " + seeds.toAbsolutePath() + "; the fingerprint file is unchanged.");
            System.exit(1);
        }
        Set<String> fingerprints = new TreeSet<>();
        int texts = 0;
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path seed : files.filter(Files::isRegularFile).sorted().toList()) {
                WordRuns.of(Files.readString(seed), RUN_LENGTH).forEach(run -> fingerprints.add(of(run)));
                texts++;
            }
        }
        String header = "# SHA-256 (first 64 bits) of every run of " + RUN_LENGTH + " words in the " + texts
                + " seed texts, as WordRuns reads them.\n# Written by scripts/seed-fingerprints.sh; do not edit.\n";
        Files.writeString(project.resolve(FILE), header + String.join("\n", fingerprints) + "\n");
        System.out.println("Wrote " + fingerprints.size() + " fingerprints of " + texts + " seed texts to " + FILE);
    }
}
