package org.whichtherapist.render.pictures;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.io.function.IOFunction;
import org.apache.commons.io.function.IOSupplier;

import org.whichtherapist.core.SiteFiles;
import org.whichtherapist.ledger.KeptFolder;

/** Drawn cards and resized photos kept between builds by their published path, which names what they show. */
record PictureCache(KeptFolder kept) {

    PictureCache(Path folder) {
        this(new KeptFolder(folder));
    }

    /** The kept file for a published path, made by {@code make} if it is not kept yet; returns whether it was made. */
    boolean keep(String path, IOSupplier<byte[]> make) throws IOException {
        if (kept.has(path)) {
            return false;
        }
        kept.keep(path, make.get());
        return true;
    }

    /** Puts the kept file into the site (linked where it can be), unless the site has it already. */
    void publish(String path, Path site) throws IOException {
        Path target = site.resolve(path);
        if (!Files.isRegularFile(target)) {
            Files.createDirectories(target.getParent());
            SiteFiles.linkOrCopy(kept.entry(path), target);
        }
    }

    /** {@code each} of the {@code items} on all cores, in order; a file that could not be written is told as such. */
    static <T, R> List<R> onAllCores(List<T> items, IOFunction<T, R> each) throws IOException {
        try {
            return items.parallelStream().map(each.asFunction()).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
