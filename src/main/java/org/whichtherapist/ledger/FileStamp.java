package org.whichtherapist.ledger;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.TreeMap;

import org.whichtherapist.core.SiteFiles;

/** What "unchanged" means for a file not read: its size, modification time and identity on disk (inode). */
public record FileStamp(long size, FileTime modified, Object fileKey) {

    public static FileStamp of(BasicFileAttributes attributes) {
        return new FileStamp(attributes.size(), attributes.lastModifiedTime(), attributes.fileKey());
    }

    /** A digest of the stamp of every file below the folder: any file added, removed or written since changes it. */
    public static String ofFolder(Path folder) throws IOException {
        Map<String, FileStamp> files = new TreeMap<>();
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                files.put(SiteFiles.relative(folder, file), of(attrs));
                return FileVisitResult.CONTINUE;
            }
        });
        return KeptFolder.key(files.toString());
    }
}
