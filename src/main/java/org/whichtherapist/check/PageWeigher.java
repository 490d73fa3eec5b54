package org.whichtherapist.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
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

    public synchronized PageWeights weigh(BuiltPages site, SearchIndex.Written search) {
        Map<PageScan, Long> previous = lastBuild;
        Map<PageScan, Long> kept = new IdentityHashMap<>();
        Map<String, Long> byPage = new ConcurrentHashMap<>();
        site.pages().parallelStream().forEach(page -> {
            PageScan scan = site.scan(page);
            Long bytes = previous.get(scan);
            if (bytes == null) {
                try {
                    bytes = PageWeights.gzippedSize(Files.readAllBytes(site.folder().resolve(page)));
                } catch (IOException e) {
                    throw new UncheckedIOException(page + " cannot be read back to be weighed", e);
                }
            }
            byPage.put(page, bytes);
            synchronized (kept) {
                kept.put(scan, bytes);
            }
        });
        lastBuild = kept;
        return PageWeights.of(byPage, search);
    }
}
