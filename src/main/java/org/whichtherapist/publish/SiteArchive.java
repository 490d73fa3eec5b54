package org.whichtherapist.publish;

import org.whichtherapist.core.SiteFiles;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * {@code target/site.zip}: the finished site in one file, for hosts that take an upload. Entries
 * are sorted and carry a fixed date, so the same site always gives the same zip. Files that are
 * compressed already (pictures, .gz/.br copies) are stored as they are: deflating them again costs
 * time and gains nothing.
 */
public final class SiteArchive {
    private static final LocalDateTime FIXED_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);
    private static final Set<String> COMPRESSED = Set.of("png", "jpg", "jpeg", "webp", "avif", "gif", "gz", "br",
            "woff2", "zip");

    public static Path archiveOf(Path site) {
        return site.resolveSibling(site.getFileName() + ".zip");
    }

    /** Zips the site folder into {@code zip} (written whole under another name, then renamed). */
    public Path write(Path site, Path zip) throws IOException {
        Path partial = zip.resolveSibling(zip.getFileName() + ".partial");
        List<Path> files = SiteFiles.all(site);
        // Buffered: the zip writer writes each header field on its own, a system call each without a buffer.
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16);
             ZipOutputStream out = new ZipOutputStream(file)) {
            out.setLevel(java.util.zip.Deflater.BEST_SPEED); // an upload bundle: quick to make matters more
            for (Path path : files) {
                ZipEntry entry = new ZipEntry(site.relativize(path).toString().replace('\\', '/'));
                entry.setTimeLocal(FIXED_TIME);
                if (compressedAlready(path)) {
                    byte[] bytes = Files.readAllBytes(path);
                    CRC32 crc = new CRC32();
                    crc.update(bytes);
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(bytes.length);
                    entry.setCompressedSize(bytes.length);
                    entry.setCrc(crc.getValue());
                    out.putNextEntry(entry);
                    out.write(bytes);
                } else {
                    out.putNextEntry(entry);
                    Files.copy(path, out);
                }
                out.closeEntry();
            }
        }
        Files.move(partial, zip, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return zip;
    }

    static boolean compressedAlready(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return COMPRESSED.contains(name.substring(name.lastIndexOf('.') + 1));
    }
}
