package org.whichtherapist.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
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

    /** Swaps the folders: the old site is renamed away, the new one renamed in, the old one deleted in the background. */
    public void replace(Path staging, Path output) throws IOException {
        if (!Files.exists(output)) {
            Files.move(staging, output, StandardCopyOption.ATOMIC_MOVE);
            return;
        }
        Path old = movedAside(output, output);
        Files.move(staging, output, StandardCopyOption.ATOMIC_MOVE);
        FolderRemover.remove(old);
    }

    /** Renames a folder to a new hidden name beside the output, out of the way of the next build. */
    private static Path movedAside(Path output, Path folder) throws IOException {
        Path old = Files.createTempDirectory(output.toAbsolutePath().getParent(), "." + output.getFileName() + "-old-");
        Files.delete(old);
        Files.move(folder, old, StandardCopyOption.ATOMIC_MOVE);
        return old;
    }

    /**
     * Moves changed files into a folder that a server is serving and removes files that are gone,
     * so the served folder itself never disappears (used by the preview). A file whose bytes are
     * already there is left alone; a changed one is renamed into place, so a reader never gets half of it.
     * The staging folder, with the copies that were not needed, is deleted in the background.
     */
    public void mirror(Path staging, Path output) throws IOException {
        Files.createDirectories(output);
        List<Path> folders;
        List<Path> files;
        try (Stream<Path> walk = Files.walk(staging)) {
            Map<Boolean, List<Path>> kinds = walk.map(staging::relativize)
                    .collect(Collectors.partitioningBy(path -> Files.isDirectory(staging.resolve(path))));
            folders = kinds.get(true);
            files = kinds.get(false);
        }
        for (Path folder : folders) {
            Files.createDirectories(output.resolve(folder.toString()));
        }
        try {
            files.parallelStream().forEach(file -> moveIfChanged(staging.resolve(file), output.resolve(file.toString())));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        Set<Path> keep = new HashSet<>(folders);
        keep.addAll(files);
        removeAllBut(keep, output);
        FolderRemover.remove(movedAside(output, staging)); // the unchanged files' staged copies
    }

    /** Renames the staged file into place if it is new or changed. */
    private static void moveIfChanged(Path source, Path target) {
        try {
            if (!Files.isRegularFile(target) || Files.size(source) != Files.size(target)
                    || Files.mismatch(source, target) != -1) {
                Files.move(source, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes every file and folder below {@code output} whose path (relative to it) is not kept. */
    private static void removeAllBut(Set<Path> keep, Path output) throws IOException {
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
    }

    public void discard(Path staging) throws IOException {
        if (Files.exists(staging)) {
            PathUtils.deleteDirectory(staging);
        }
    }
}
