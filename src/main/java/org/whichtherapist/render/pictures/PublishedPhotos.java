package org.whichtherapist.render.pictures;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.whichtherapist.source.ContentLoader;
import org.whichtherapist.photos.PhotoFile;
import org.whichtherapist.photos.PhotoFiles;
import org.whichtherapist.core.Problems;
import org.whichtherapist.core.SiteFiles;

/**
 * Publishes every JPEG and PNG under content/ as its resized copies ({@link PhotoFile#variants()}), never as it
 * is, keeping them in the cache between builds; warns when even a phone's size is heavy.
 */
record PublishedPhotos(Path project, Path contentFolder) {
    /** The width a 375-pixel phone at twice the density loads (see docs/writing.md, "Pictures"). */
    static final int PHONE_WIDTH = 720;
    static final long PHONE_BUDGET_BYTES = 100 * 1024;

    Problems write(Path site, PictureCache cache) throws IOException {
        Problems problems = new Problems();
        PictureCache.onAllCores(photos(), path -> write(path, site, cache)).forEach(problems::addAll);
        return problems;
    }

    /** Writes one photo's sizes; returns what is wrong: it cannot be published, or (a warning) is heavy for phones. */
    private Problems write(String contentPath, Path site, PictureCache cache) throws IOException {
        Problems found = new Problems();
        String file = ContentLoader.relative(project, contentFolder.resolve(contentPath));
        Optional<PhotoFile> read = PhotoFiles.read(contentFolder, contentPath);
        if (read.isEmpty()) {
            found.error(file, 0, "this picture cannot be read as a JPEG or PNG",
                    "open it in a photo editor and save it again as JPEG or PNG");
            return found;
        }
        PhotoFile photo = read.get();
        BufferedImage[] upright = new BufferedImage[1]; // decoded only if a size is not kept yet
        for (PhotoFile.Variant size : photo.variants()) {
            try {
                cache.keep(size.path(), () -> {
                    if (upright[0] == null) {
                        upright[0] = PhotoEncoder.readUpright(contentFolder.resolve(contentPath), photo);
                    }
                    return PhotoEncoder.encode(upright[0], size, photo.png());
                });
            } catch (PhotoEncoder.UnreadablePhoto e) {
                found.error(file, 0, "this picture cannot be resized: " + e.getMessage(),
                        "open it in a photo editor and save it again as an RGB JPEG or PNG, at most 8,000 pixels wide");
                return found;
            }
            cache.publish(size.path(), site);
        }
        Files.deleteIfExists(site.resolve(contentPath));
        long phoneBytes = Files.size(cache.kept().entry(photo.widestUpTo(PHONE_WIDTH).path()));
        if (phoneBytes > PHONE_BUDGET_BYTES) {
            found.warn(file, 0, "even at " + photo.widestUpTo(PHONE_WIDTH).width()
                    + " pixels wide, the size phones load, this picture is " + phoneBytes / 1024
                    + " KB, which makes its page slow on a phone (aim for under " + PHONE_BUDGET_BYTES / 1024 + " KB)",
                    "crop it to what matters, or use a calmer picture: fine detail and noise weigh the most");
        }
        return found;
    }

    /** Every JPEG and PNG under content/, in path order, except in hidden or ignored folders. */
    private List<String> photos() throws IOException {
        if (!Files.isDirectory(contentFolder)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(contentFolder)) {
            return walk.filter(Files::isRegularFile).sorted().map(path -> ContentLoader.relative(contentFolder, path))
                    .filter(path -> PhotoFile.isPhoto(path) && !path.startsWith(".") && !path.contains("/.")
                            && !SiteFiles.inMarkedFolder(contentFolder, contentFolder.resolve(path), ContentLoader.IGNORE_MARKER))
                    .toList();
        }
    }
}
