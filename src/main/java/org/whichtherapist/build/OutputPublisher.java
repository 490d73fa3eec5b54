package org.whichtherapist.build;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.commons.io.file.PathUtils;

/**
 * Puts a finished site in place of the old one, only after the whole build and every check has
 * passed; a failed build never reaches this point, so the last good site stays as it was.
 */
public final class OutputPublisher {

    /** A folder next to the output to build into: same file system, so the final move is a rename. */
    public Path stagingFolder(Path output) throws IOException {
        Path parent = output.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        return Files.createTempDirectory(parent, "." + output.getFileName() + "-building-");
    }

    /** Swaps the folders: the old site is renamed away, the new one renamed in, the old one deleted. */
    public void replace(Path staging, Path output) throws IOException {
        if (!Files.exists(output)) {
            Files.move(staging, output, StandardCopyOption.ATOMIC_MOVE);
            return;
        }
        Path old = Files.createTempDirectory(output.toAbsolutePath().getParent(), "." + output.getFileName() + "-old-");
        Files.delete(old);
        Files.move(output, old, StandardCopyOption.ATOMIC_MOVE);
        Files.move(staging, output, StandardCopyOption.ATOMIC_MOVE);
        PathUtils.deleteDirectory(old);
    }

    /**
     * Copies changed files into a folder that a server is serving and removes files that are gone,
     * so the served folder itself never disappears (used by the preview).
     */
    public void mirror(Path staging, Path output) throws IOException {
        Files.createDirectories(output);
        Set<Path> keep = new HashSet<>();
        try (Stream<Path> walk = Files.walk(staging)) {
            for (Path source : walk.sorted().toList()) {
                Path relative = staging.relativize(source);
                Path target = output.resolve(relative.toString());
                keep.add(relative);
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else if (!Files.exists(target) || !sameBytes(source, target)) {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        Files.walkFileTree(output, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (!keep.contains(output.relativize(file))) {
                    Files.delete(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                if (!dir.equals(output) && !keep.contains(output.relativize(dir))) {
                    Files.delete(dir);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        PathUtils.deleteDirectory(staging);
    }

    public void discard(Path staging) throws IOException {
        if (Files.exists(staging)) {
            PathUtils.deleteDirectory(staging);
        }
    }

    private static boolean sameBytes(Path a, Path b) throws IOException {
        return Files.size(a) == Files.size(b) && Arrays.equals(Files.readAllBytes(a), Files.readAllBytes(b));
    }
}
