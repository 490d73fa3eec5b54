package org.whichtherapist.core;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.NoSuchFileException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The files of a built site, in a fixed order. A site being built may share files with the last output through
 * hard links ({@link #fillIn}), so every stage writes through {@link #write}: the old file is removed and a new one
 * made, never written into.
 */
public final class SiteFiles {
    private SiteFiles() {
    }

    /** Writes the file afresh (removing the old one, if any, first). */
    public static void write(Path file, byte[] bytes) throws IOException {
        Files.deleteIfExists(file);
        Files.write(file, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    }

    /**
     * {@link #write(Path, byte[])}, or, when {@code same} (a file of an earlier build) holds exactly these bytes, a
     * second name for that file.
     */
    public static void writeOrLink(Path file, byte[] bytes, Optional<Path> same) throws IOException {
        if (same.isPresent() && holds(same.get(), bytes)) {
            Files.deleteIfExists(file);
            linkOrCopy(same.get(), file);
        } else {
            write(file, bytes);
        }
    }

    /** Whether the file is there with exactly these bytes. */
    public static boolean holds(Path file, byte[] bytes) throws IOException {
        try {
            return Files.size(file) == bytes.length && Arrays.equals(Files.readAllBytes(file), bytes);
        } catch (NoSuchFileException e) {
            return false;
        }
    }

    /** {@link #write(Path, byte[])} of a text, in UTF-8. */
    public static void write(Path file, String text) throws IOException {
        write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Completes {@code folder} with the files below {@code from} that it lacks and {@code include} accepts, as hard
     * links where the file system allows, else copies.
     */
    public static void fillIn(Path folder, Path from, Predicate<String> include) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(folder.resolve(relative(from, dir)));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                String path = relative(from, file);
                Path target = folder.resolve(path);
                if (attrs.isRegularFile() && include.test(path) && !Files.exists(target)) {
                    linkOrCopy(file, target);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Every regular file below the folder, sorted by path. */
    public static List<Path> all(Path folder) throws IOException {
        return found(folder).stream().map(Found::file).toList();
    }

    /** A regular file found below a folder, with its attributes as the walk saw them. */
    public record Found(Path file, BasicFileAttributes attributes) {
        public FileTime modified() {
            return attributes.lastModifiedTime();
        }
    }

    /** Every regular file below the folder with when it last changed, sorted by path: one look at each file. */
    public static List<Found> found(Path folder) throws IOException {
        List<Found> found = new ArrayList<>();
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (attrs.isRegularFile()) {
                    found.add(new Found(file, attrs));
                } else if (attrs.isSymbolicLink() && Files.isRegularFile(file)) {
                    found.add(new Found(file, Files.readAttributes(file, BasicFileAttributes.class)));
                }
                return FileVisitResult.CONTINUE;
            }
        });
        found.sort(Comparator.comparing(Found::file));
        return found;
    }

    /** Whether a folder from {@code root} down to the file's own holds a file named {@code marker}. */
    public static boolean inMarkedFolder(Path root, Path file, String marker) {
        for (Path dir = file.getParent(); dir != null && dir.startsWith(root); dir = dir.getParent()) {
            if (Files.exists(dir.resolve(marker))) {
                return true;
            }
        }
        return false;
    }

    /** The file's path below the folder, with forward slashes. */
    public static String relative(Path folder, Path file) {
        return folder.relativize(file).toString().replace('\\', '/');
    }

    /**
     * Puts a kept file (named by its content, so never written into) at {@code target}: a hard link where the file
     * system allows, else a copy.
     */
    public static void linkOrCopy(Path kept, Path target) throws IOException {
        try {
            Files.createLink(target, kept);
        } catch (UnsupportedOperationException | FileAlreadyExistsException e) {
            Files.copy(kept, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            if (!Files.isRegularFile(kept)) {
                throw e;
            }
            Files.copy(kept, target, StandardCopyOption.REPLACE_EXISTING); // another file system, say
        }
    }
}
