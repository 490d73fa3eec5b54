package org.whichtherapist.preview;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.whichtherapist.check.BuiltPages;
import org.whichtherapist.core.SiteFiles;
import org.whichtherapist.ledger.FileStamp;

/**
 * Keeps the served folder equal to the work folder, copying only files whose {@link FileStamp} changed and
 * whose bytes differ, and deleting those gone; the served folder itself is never removed. The work folder's
 * files are as the checks read them ({@link BuiltPages#found}): it is not walked again. A served folder emptied
 * since the last copy (mvn clean in another window) is filled again.
 */
public final class PreviewMirror {
    private Map<String, FileStamp> copied = new HashMap<>();

    /** Makes {@code output} equal to the folder {@code built} was read from; returns how many files the site has. */
    public int mirror(BuiltPages built, Path output) throws IOException {
        Files.createDirectories(output);
        List<SiteFiles.Found> found = built.found();
        if (!found.isEmpty() && !Files.exists(output.resolve(built.files().get(0)))) {
            copied = new HashMap<>(); // the served folder was emptied (mvn clean): nothing in it is as copied
        }
        Map<String, FileStamp> now = new HashMap<>();
        for (int i = 0; i < found.size(); i++) {
            String relative = built.files().get(i);
            FileStamp stamp = FileStamp.of(found.get(i).attributes());
            now.put(relative, stamp);
            Path target = output.resolve(relative);
            if (!stamp.equals(copied.get(relative)) && !sameBytes(found.get(i).file(), target)) {
                copyInOneStep(found.get(i).file(), target);
            }
        }
        if (!now.keySet().equals(copied.keySet())) {
            removeWhatIsNotIn(output, now);
        }
        copied = now;
        return now.size();
    }

    /** Deletes from the served folder the files the work folder does not have, and the folders left empty. */
    private static void removeWhatIsNotIn(Path output, Map<String, FileStamp> now) throws IOException {
        Files.walkFileTree(output, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (!now.containsKey(SiteFiles.relative(output, file))) {
                    Files.delete(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                if (!dir.equals(output)) {
                    try (var left = Files.list(dir)) {
                        if (left.findAny().isEmpty()) {
                            Files.delete(dir);
                        }
                    }
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Copies beside the target, then renames over it: a reader never gets half a file. */
    private static void copyInOneStep(Path file, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        Path copy = target.resolveSibling("." + target.getFileName() + ".copying");
        Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
        Files.move(copy, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Rewritten files are compared before copying: a full bake rewrites every file, most unchanged. */
    private static boolean sameBytes(Path a, Path b) throws IOException {
        return Files.isRegularFile(b) && Files.size(a) == Files.size(b) && Files.mismatch(a, b) == -1;
    }
}
