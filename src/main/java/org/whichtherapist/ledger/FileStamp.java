package org.whichtherapist.ledger;

import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;

/**
 * A file's size, modification time and identity on disk (its inode where there is one), read
 * without opening it: how the preview tells, between builds, which files may have changed.
 */
public record FileStamp(long size, FileTime modified, Object fileKey) {

    public static FileStamp of(BasicFileAttributes attributes) {
        return new FileStamp(attributes.size(), attributes.lastModifiedTime(), attributes.fileKey());
    }
}
