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
import org.whichtherapist.core.FileStamp;

/**
 * A fingerprint of everything a bake reads besides the pages' Markdown files: the templates,
 * the assets, jbake.properties and the other files under content/ (pictures next to pages). It
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
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (!file.getFileName().toString().endsWith(markdownExtension)) {
                        seen.put(file, FileStamp.of(attrs));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        }
        return seen;
    }
}
