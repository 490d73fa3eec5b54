package org.whichtherapist.preview;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Map;
import org.whichtherapist.ledger.FileStamp;

/**
 * Keeps the served folder equal to the work folder, copying only files whose {@link FileStamp} changed and
 * whose bytes differ, and deleting those gone; the served folder itself is never removed.
 */
public final class PreviewMirror {
    private Map<Path, FileStamp> copied = new HashMap<>();

    /** Makes {@code output} equal to {@code work}; returns how many files the site has. */
    public int mirror(Path work, Path output) throws IOException {
        Files.createDirectories(output);
        Map<Path, FileStamp> now = new HashMap<>();
        Files.walkFileTree(work, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(output.resolve(work.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Path relative = work.relativize(file);
                FileStamp stamp = FileStamp.of(attrs);
                now.put(relative, stamp);
                Path target = output.resolve(relative.toString());
                boolean touched = !stamp.equals(copied.get(relative));
                if (!Files.exists(target) || touched && !sameBytes(file, target)) {
                    copyInOneStep(file, target);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        if (!now.keySet().equals(copied.keySet())) {
            removeWhatIsNotIn(work, output, now);
        }
        copied = now;
        return now.size();
    }

    /** Deletes from the served folder the files and folders the work folder does not have. */
    private static void removeWhatIsNotIn(Path work, Path output, Map<Path, FileStamp> now) throws IOException {
        Files.walkFileTree(output, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (!now.containsKey(output.relativize(file))) {
                    Files.delete(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                if (!dir.equals(output) && !Files.isDirectory(work.resolve(output.relativize(dir).toString()))) {
                    Files.delete(dir);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Copies beside the target, then renames over it: a reader never gets half a file. */
    private static void copyInOneStep(Path file, Path target) throws IOException {
        Path copy = target.resolveSibling("." + target.getFileName() + ".copying");
        Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
        Files.move(copy, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Rewritten files are compared before copying: a full bake rewrites every file, most unchanged. */
    private static boolean sameBytes(Path a, Path b) throws IOException {
        return Files.size(a) == Files.size(b) && Files.mismatch(a, b) == -1;
    }
}
