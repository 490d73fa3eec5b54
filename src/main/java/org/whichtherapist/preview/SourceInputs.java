package org.whichtherapist.preview;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.whichtherapist.content.ContentLoader;
import org.whichtherapist.core.FileStamp;

/**
 * A fingerprint of everything a bake reads besides the pages' Markdown files: the templates,
 * the assets, jbake.properties and the other files under content/ (pictures next to pages, the data
 * files, and the Markdown in folders that hold no pages, such as the urgent-care text in
 * {@code content/_snippets/}, which its front matter makes part of other pages). It
 * changes when any of them is saved, added or removed (names and {@link FileStamp}s; no file is
 * read), and tells the preview it must bake everything again.
 */
public final class SourceInputs {
    private SourceInputs() {
    }

    public static Map<Path, FileStamp> fingerprint(Path settings, List<Path> folders, String markdownExtension)
            throws IOException {
        Map<Path, FileStamp> seen = new HashMap<>();
        seen.put(settings, FileStamp.of(Files.readAttributes(settings, BasicFileAttributes.class)));
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                private final java.util.Deque<Boolean> noPages = new java.util.ArrayDeque<>(List.of(false));

                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    noPages.push(noPages.peek() || Files.exists(dir.resolve(ContentLoader.IGNORE_MARKER)));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, java.io.IOException e) {
                    noPages.pop();
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (noPages.peek() || !file.getFileName().toString().endsWith(markdownExtension)) {
                        seen.put(file, FileStamp.of(attrs));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        }
        return seen;
    }
}
