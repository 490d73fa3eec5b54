package org.whichtherapist.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.whichtherapist.source.ContentLoader;
import org.whichtherapist.ledger.FileStamp;
import org.whichtherapist.core.Hashes;

/**
 * Everything a bake reads besides the pages' Markdown files: the templates, the assets,
 * jbake.properties and the other files under content/ (pictures next to pages, the data files, and
 * the Markdown in folders that hold no pages, such as the urgent-care text in
 * {@code content/_snippets/}, which its front matter makes part of other pages). When any of them
 * is saved, added or removed, every page may change: a build that reuses an earlier bake
 * ({@link LastBake}, and the preview) bakes everything again.
 */
public final class SourceInputs {
    private SourceInputs() {
    }

    /** Each input's name and {@link FileStamp}; no file is read (the preview asks after every save). */
    public static Map<Path, FileStamp> fingerprint(Path settings, List<Path> folders, String markdownExtension)
            throws IOException {
        Map<Path, FileStamp> seen = new HashMap<>();
        visit(settings, folders, markdownExtension, (file, attrs) -> seen.put(file, FileStamp.of(attrs)));
        return seen;
    }

    /** A SHA-256 of every input's name and bytes, in name order. */
    public static String contentHash(Path settings, List<Path> folders, String markdownExtension) throws IOException {
        Map<String, Path> byName = new TreeMap<>();
        visit(settings, folders, markdownExtension, (file, attrs) -> byName.put(file.toString(), file));
        List<byte[]> parts = new ArrayList<>();
        for (Map.Entry<String, Path> input : byName.entrySet()) {
            parts.add(input.getKey().getBytes(StandardCharsets.UTF_8));
            parts.add(Hashes.sha256Hex(Files.readAllBytes(input.getValue())).getBytes(StandardCharsets.US_ASCII));
        }
        return Hashes.sha256Hex(parts.toArray(byte[][]::new));
    }

    private interface Visitor {
        void visit(Path file, BasicFileAttributes attrs);
    }

    private static void visit(Path settings, List<Path> folders, String markdownExtension, Visitor visitor)
            throws IOException {
        visitor.visit(settings, Files.readAttributes(settings, BasicFileAttributes.class));
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
                public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                    noPages.pop();
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (noPages.peek() || !file.getFileName().toString().endsWith(markdownExtension)) {
                        visitor.visit(file, attrs);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        }
    }
}
