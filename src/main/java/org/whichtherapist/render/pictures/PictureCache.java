package org.whichtherapist.render.pictures;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.whichtherapist.core.SiteFiles;

/**
 * The folder where drawn cards and resized photos are kept between builds, by their published path.
 * Names are worked out from what the files show, so a file found here is the right one.
 */
record PictureCache(Path folder) {

    /** The kept file for a published path, made by {@code make} if it is not kept yet; returns whether it was made. */
    boolean keep(String path, Maker make) throws IOException {
        Path cached = folder.resolve(path);
        if (Files.isRegularFile(cached)) {
            return false;
        }
        Files.createDirectories(cached.getParent());
        // written beside it, then moved in whole: a build stopped half-way leaves no half file under the real name
        Path part = cached.resolveSibling(cached.getFileName() + "." + ProcessHandle.current().pid() + "-"
                + Thread.currentThread().getId() + ".part");
        Files.write(part, make.bytes());
        Files.move(part, cached, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return true;
    }

    /** Puts the kept file into the site (linked where it can be), unless the site has it already. */
    void publish(String path, Path site) throws IOException {
        Path target = site.resolve(path);
        if (!Files.isRegularFile(target)) {
            Files.createDirectories(target.getParent());
            SiteFiles.linkOrCopy(folder.resolve(path), target);
        }
    }

    long size(String path) throws IOException {
        return Files.size(folder.resolve(path));
    }

    /** Makes a file's bytes. */
    @FunctionalInterface
    interface Maker {
        byte[] bytes() throws IOException;
    }
}
