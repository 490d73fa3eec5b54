package org.whichtherapist.ledger;

import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.whichtherapist.core.SiteFiles;

/** What "unchanged" means for a file not read: its size, modification time and identity on disk (inode). */
public record FileStamp(long size, FileTime modified, Object fileKey) {

    public static FileStamp of(BasicFileAttributes attributes) {
        return new FileStamp(attributes.size(), attributes.lastModifiedTime(), attributes.fileKey());
    }

    /**
     * A digest of the stamp of every file below the folder, from the files a walk of it found ({@link SiteFiles#found})
     * as they were then: any file added, removed or written since changes it.
     */
    public static String of(Path folder, List<SiteFiles.Found> found) {
        Map<String, FileStamp> files = new TreeMap<>();
        found.forEach(file -> files.put(SiteFiles.relative(folder, file.file()), of(file.attributes())));
        return KeptFolder.key(files.toString());
    }
}
