package org.whichtherapist.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.whichtherapist.render.SearchIndex;

/**
 * Weighs the built pages ({@link PageWeights}): each page gzipped at zlib's default level, as a
 * host sends it. Compressing every page is a good part of a build's work, and nothing waits for it
 * but the summary, so the build runs it beside its later stages (the checks, the zip). Kept between
 * builds: a page whose scan was reused (its bytes are unchanged, {@link PageScanner}) keeps its weight.
 */
public final class PageWeigher {
    /** Each page's weight, by the scan it had in the last build. */
    private Map<PageScan, Long> lastBuild = new IdentityHashMap<>();

    /**
     * Weighs the pages read in {@code site}. {@code movedTo}: where the folder they were read from may
     * be renamed to meanwhile (a one-off build's staging folder becomes the output): a file not found
     * in the first is read there. A rename moves the whole folder at once, so each file is in one of
     * the two, and only ever moves from the first to the second.
     */
    public synchronized PageWeights weigh(BuiltPages site, SearchIndex.Written search, Path movedTo) {
        Map<PageScan, Long> previous = lastBuild;
        Map<PageScan, Long> kept = new IdentityHashMap<>();
        Map<String, Long> byPage = new ConcurrentHashMap<>();
        site.pages().parallelStream().forEach(page -> {
            PageScan scan = site.scan(page);
            Long bytes = previous.get(scan);
            if (bytes == null) {
                bytes = PageWeights.gzippedSize(read(site.folder(), movedTo, page));
            }
            byPage.put(page, bytes);
            synchronized (kept) {
                kept.put(scan, bytes);
            }
        });
        lastBuild = kept;
        return PageWeights.of(byPage, search);
    }

    private static byte[] read(Path folder, Path movedTo, String page) {
        try {
            try {
                return Files.readAllBytes(folder.resolve(page));
            } catch (NoSuchFileException e) {
                return Files.readAllBytes(movedTo.resolve(page));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(page + " cannot be read back to be weighed", e);
        }
    }
}
