package org.whichtherapist.build;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

/**
 * How heavy the built pages are, gzip-compressed as a static host sends them: the largest page,
 * the median page and the search index. The build summary reports them.
 */
public record PageWeights(String largestPage, long largestBytes, long medianBytes, long searchIndexBytes) {
    public static final String SEARCH_INDEX = "search-index.json";

    public static PageWeights measure(Path site) throws IOException {
        List<Path> pages = SiteFiles.pages(site);
        if (pages.isEmpty()) {
            return new PageWeights("", 0, 0, 0);
        }
        record Weighed(Path page, long bytes) {
        }
        List<Weighed> weighed = pages.parallelStream().map(p -> new Weighed(p, gzippedSize(p)))
                .sorted(Comparator.comparingLong(Weighed::bytes).thenComparing(w -> w.page().toString())).toList();
        Weighed largest = weighed.get(weighed.size() - 1);
        Path index = site.resolve(SEARCH_INDEX);
        return new PageWeights(site.relativize(largest.page()).toString().replace('\\', '/'), largest.bytes(),
                weighed.get(weighed.size() / 2).bytes(), Files.isRegularFile(index) ? gzippedSize(index) : 0);
    }

    /** The size of a file after gzip compression. */
    public static long gzippedSize(Path file) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
                gzip.write(Files.readAllBytes(file));
            }
            return out.size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String describe() {
        return String.format(Locale.UK, "largest page %s %.1f KB, median %.1f KB, search index %.1f KB (gzipped)",
                largestPage, largestBytes / 1024.0, medianBytes / 1024.0, searchIndexBytes / 1024.0);
    }
}
