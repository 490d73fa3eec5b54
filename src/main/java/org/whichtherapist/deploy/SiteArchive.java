package org.whichtherapist.deploy;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.whichtherapist.build.SiteFiles;

/**
 * {@code target/site.zip}: the finished site in one file, for hosts that take an upload. Files
 * are compressed in parallel and written in sorted order with a fixed date, so the same site
 * always gives the same zip.
 */
public final class SiteArchive {

    public static Path archiveOf(Path site) {
        return site.resolveSibling(site.getFileName() + ".zip");
    }

    public Path write(Path site) throws IOException {
        Path zip = archiveOf(site);
        Path partial = zip.resolveSibling(zip.getFileName() + ".partial");
        List<Path> files = SiteFiles.all(site);
        try (ZipWriter out = new ZipWriter(new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16))) {
            files.parallelStream().map(file -> compressed(site, file)).forEachOrdered(entry -> {
                try {
                    out.add(entry);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        Files.move(partial, zip, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return zip;
    }

    private static ZipWriter.Entry compressed(Path site, Path file) {
        try {
            return ZipWriter.Entry.of(SiteFiles.relative(site, file), Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
