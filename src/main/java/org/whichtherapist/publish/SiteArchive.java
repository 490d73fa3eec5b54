package org.whichtherapist.publish;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.io.function.Uncheck;
import org.whichtherapist.core.SiteFiles;

/**
 * {@code target/site.zip}, the site in one repeatable file for hosts that take an upload (sorted entries, a
 * fixed date; compressed files stored). Deflating was a tenth of a build, so a file whose length and CRC-32
 * match the last zip's entry ({@code kept}, under target/) is copied across raw; the zip is the same as one
 * made from nothing.
 */
public record SiteArchive(Path kept) {
    private static final Set<String> COMPRESSED = Set.of("png", "jpg", "jpeg", "webp", "avif", "gif", "gz", "br",
            "woff2", "zip");
    /** 1 January 2000 at midnight, local time: the date fields in the zip are the same in every time zone. */
    private static final long FIXED_TIME = LocalDateTime.of(2000, 1, 1, 0, 0).atZone(ZoneId.systemDefault())
            .toInstant().toEpochMilli();
    /** Files prepared at once: their deflated bytes are held until written. */
    private static final int BATCH = 256;

    public static Path archiveOf(Path site) {
        return site.resolveSibling(site.getFileName() + ".zip");
    }

    /** One entry, ready to write: its header (all but the compressed size), and where its compressed bytes come from. */
    private record Prepared(ZipArchiveEntry entry, byte[] deflated, ZipArchiveEntry reused) {
    }

    /**
     * Zips the site folder for {@code zip}, under another name until {@link Made#publish}: a failed build leaves
     * the last zip as it was. When every entry would be the last zip's, in its order, nothing is written.
     */
    public Made make(Path site, Path zip) throws IOException {
        Path partial = zip.resolveSibling(zip.getFileName() + ".partial");
        Files.deleteIfExists(partial);
        try (ZipFile last = lastZip().orElse(null)) {
            return new Made(this, partial, zip, write(site, last, partial));
        }
    }

    /** A zip made and not yet in place; {@code same}: it is the last zip, nothing written. */
    public record Made(SiteArchive archive, Path partial, Path zip, boolean same) {
        /** Puts the zip in place, and keeps it for the next build. */
        public void publish() throws IOException {
            if (same) {
                SiteFiles.linkOrCopy(archive.kept(), partial);
            }
            Files.move(partial, zip, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            if (!same) {
                archive.keep(zip);
            }
        }

        /** Throws the zip away: the build failed. */
        public void discard() throws IOException {
            Files.deleteIfExists(partial);
        }
    }

    /** Writes the zip into {@code partial}, or returns true, having written nothing, when it would be {@code last}. */
    private static boolean write(Path site, ZipFile last, Path partial) throws IOException {
        List<Path> files = SiteFiles.all(site);
        Enumeration<ZipArchiveEntry> lastEntries = last == null ? Collections.emptyEnumeration()
                : last.getEntriesInPhysicalOrder();
        List<Prepared> unwritten = new ArrayList<>(); // the last zip's entries, in its order, while all are
        ZipArchiveOutputStream out = null;
        try {
            for (int from = 0; from < files.size(); from += BATCH) {
                List<Prepared> batch = files.subList(from, Math.min(files.size(), from + BATCH)).parallelStream()
                        .map(file -> prepare(site, file, last)).toList();
                for (Prepared entry : batch) {
                    if (out == null && entry.reused() != null && lastEntries.hasMoreElements()
                            && lastEntries.nextElement().getName().equals(entry.entry().getName())) {
                        unwritten.add(entry);
                        continue;
                    }
                    if (out == null) {
                        out = start(partial, unwritten, site, last);
                    }
                    write(entry, site, last, out);
                }
            }
            if (out == null && lastEntries.hasMoreElements()) {
                out = start(partial, unwritten, site, last); // the last zip had more entries
            }
            return out == null;
        } finally {
            if (out != null) {
                out.close();
            }
        }
    }

    /** A new zip at {@code partial} holding the entries found unchanged so far. */
    private static ZipArchiveOutputStream start(Path partial, List<Prepared> unwritten, Path site, ZipFile last)
            throws IOException {
        ZipArchiveOutputStream out = new ZipArchiveOutputStream(partial);
        for (Prepared entry : unwritten) {
            write(entry, site, last, out);
        }
        return out;
    }

    private Optional<ZipFile> lastZip() {
        try {
            return Files.isRegularFile(kept) ? Optional.of(ZipFile.builder().setPath(kept).get()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty(); // damaged or cut short: everything is deflated afresh
        }
    }

    private static Prepared prepare(Path site, Path file, ZipFile last) {
        String name = SiteFiles.relative(site, file);
        byte[] bytes = Uncheck.get(() -> Files.readAllBytes(file)); // an IOException as UncheckedIOException
        CRC32 crc = new CRC32();
        crc.update(bytes);
        int method = compressedAlready(file) ? ZipEntry.STORED : ZipEntry.DEFLATED;
        ZipArchiveEntry entry = new ZipArchiveEntry(name);
        entry.setTime(FIXED_TIME);
        entry.setMethod(method);
        entry.setCrc(crc.getValue());
        entry.setSize(bytes.length);
        ZipArchiveEntry before = last == null ? null : last.getEntry(name);
        if (before != null && before.getMethod() == method && before.getCrc() == crc.getValue()
                && before.getSize() == bytes.length) {
            return new Prepared(entry, null, before);
        }
        return new Prepared(entry, method == ZipEntry.STORED ? null : deflate(bytes), null);
    }

    private static void write(Prepared prepared, Path site, ZipFile last, ZipArchiveOutputStream out)
            throws IOException {
        ZipArchiveEntry entry = prepared.entry();
        if (prepared.reused() != null) {
            entry.setCompressedSize(prepared.reused().getCompressedSize());
            try (InputStream raw = last.getRawInputStream(prepared.reused())) {
                out.addRawArchiveEntry(entry, raw);
            }
        } else if (prepared.deflated() != null) {
            entry.setCompressedSize(prepared.deflated().length);
            out.addRawArchiveEntry(entry, new ByteArrayInputStream(prepared.deflated()));
        } else {
            entry.setCompressedSize(entry.getSize()); // stored: read again here, not held with the batch
            try (InputStream stored = Files.newInputStream(site.resolve(entry.getName()))) {
                out.addRawArchiveEntry(entry, stored);
            }
        }
    }

    /** Deflated as a zip entry holds it (no zlib header), at the fastest level: an upload bundle. */
    private static byte[] deflate(byte[] bytes) {
        Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
        try {
            deflater.setInput(bytes);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3 + 64);
            byte[] buffer = new byte[1 << 16];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    /** Keeps the new zip for the next build: a second name for the same file where the file system allows. */
    private void keep(Path zip) {
        try {
            Files.createDirectories(kept.getParent());
            Files.deleteIfExists(kept);
            SiteFiles.linkOrCopy(zip, kept);
        } catch (IOException e) {
            // nothing lost: the next zip is deflated afresh
        }
    }

    static boolean compressedAlready(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return COMPRESSED.contains(name.substring(name.lastIndexOf('.') + 1));
    }
}
