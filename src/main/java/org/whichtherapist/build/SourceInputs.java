package org.whichtherapist.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.TreeMap;

import org.whichtherapist.deploy.SiteAssets;

/**
 * A fingerprint of everything a bake reads besides the pages' Markdown files: the templates,
 * the assets, jbake.properties and the other files under content/ (pictures next to pages). It
 * changes when any of them is saved, added or removed (names, sizes and modification times; no
 * file is read), and tells the preview it must bake everything again.
 */
final class SourceInputs {
    private SourceInputs() {
    }

    static String fingerprint(Path settings, List<Path> folders, String markdownExtension) throws IOException {
        TreeMap<String, String> seen = new TreeMap<>();
        stamp(settings, Files.readAttributes(settings, BasicFileAttributes.class), seen);
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (!file.getFileName().toString().endsWith(markdownExtension)) {
                        stamp(file, attrs, seen);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        }
        StringBuilder all = new StringBuilder();
        seen.forEach((path, stamp) -> all.append(path).append(' ').append(stamp).append('\n'));
        return SiteAssets.sha256Hex(all.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void stamp(Path file, BasicFileAttributes attrs, TreeMap<String, String> seen) {
        seen.put(file.toAbsolutePath().toString(), attrs.size() + " " + attrs.lastModifiedTime().toMillis()
                + " " + attrs.lastModifiedTime());
    }
}
