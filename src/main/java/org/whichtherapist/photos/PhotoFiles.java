package org.whichtherapist.photos;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.whichtherapist.ledger.FileStamp;

/** The {@link PhotoFile}s of this process, kept while their files' stamps hold: a phone photo is slow to hash. */
public final class PhotoFiles {
    private static final int MOST_KEPT = 2_000;
    private static final Map<Path, Known> KNOWN = new ConcurrentHashMap<>();

    private record Known(FileStamp stamp, Optional<PhotoFile> photo) {
    }

    private PhotoFiles() {
    }

    /** The picture at {@code contentPath} below {@code contentFolder}; empty if it is missing or no JPEG or PNG. */
    public static Optional<PhotoFile> read(Path contentFolder, String contentPath) {
        if (!PhotoFile.isPhoto(contentPath)) {
            return Optional.empty();
        }
        Path file = contentFolder.resolve(contentPath).toAbsolutePath().normalize();
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (!attributes.isRegularFile()) {
                return Optional.empty();
            }
            FileStamp stamp = FileStamp.of(attributes);
            Known known = KNOWN.get(file);
            if (known != null && known.stamp().equals(stamp) && known.photo().map(p -> p.contentPath().equals(contentPath))
                    .orElse(true)) {
                return known.photo();
            }
            Optional<PhotoFile> photo = PhotoFile.read(contentFolder, contentPath);
            if (KNOWN.size() > MOST_KEPT) {
                KNOWN.clear();
            }
            KNOWN.put(file, new Known(stamp, photo));
            return photo;
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
