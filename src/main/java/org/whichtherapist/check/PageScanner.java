package org.whichtherapist.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import org.whichtherapist.ledger.Fingerprint;
import org.whichtherapist.ledger.KeptResults;
import org.whichtherapist.core.SiteFiles;

/**
 * Reads a built site for the checks, each file once and in parallel ({@link PageScan}). A file with the same
 * bytes at the same place as in the last build keeps its scan; a caller that alone writes the folder may say
 * when writing began ({@link #read(Path, Optional)}), and files older than that are not read at all.
 */
public final class PageScanner {
    private record Scanned(Fingerprint fingerprint, CompletableFuture<PageScan> scan) {
    }

    /** Files larger than this (the search index) are scanned on a thread of their own while the checks go on. */
    private static final int BACKGROUND_SIZE = 1 << 20;
    /** File systems stamp files from a coarse clock, a few milliseconds behind. */
    private static final Duration STAMP_SLACK = Duration.ofSeconds(1);
    private final KeptResults kept;

    /** {@code kept}: where scans are kept for later builds in other processes ({@link KeptResults#NONE}: nowhere). */
    public PageScanner(KeptResults kept) {
        this.kept = kept;
    }

    /** The last build's scans, by file; a file that is gone is forgotten at the next reading. */
    private Map<String, Scanned> lastBuild = Map.of();
    /** The folder they were read from. */
    private Path lastFolder;

    public BuiltPages read(Path site) throws IOException {
        return read(site, Optional.empty());
    }

    /** Reads the site; {@code writingBegan} promises every file changed since the last reading was written after it. */
    public synchronized BuiltPages read(Path site, Optional<Instant> writingBegan) throws IOException {
        List<SiteFiles.Found> found = SiteFiles.found(site);
        List<String> files = found.stream().map(file -> SiteFiles.relative(site, file.file())).toList();
        Map<String, Scanned> previous = lastBuild;
        FileTime untouchedBefore = writingBegan.isPresent() && site.equals(lastFolder)
                ? FileTime.from(writingBegan.get().minus(STAMP_SLACK)) : null;
        lastFolder = site;
        Map<String, Scanned> reusable = new ConcurrentHashMap<>();
        Map<String, CompletableFuture<PageScan>> scans = new ConcurrentHashMap<>();
        Map<String, String> sources = new ConcurrentHashMap<>();
        AtomicInteger parsed = new AtomicInteger();
        IntStream.range(0, files.size()).parallel().filter(i -> OutputCheck.Shape.isChecked(files.get(i))).forEach(i -> {
            String file = files.get(i);
            Scanned last = previous.get(file);
            Scanned scanned = last != null && untouched(found.get(i), untouchedBefore) ? last
                    : read(site, file, last, sources, kept);
            scans.put(file, scanned.scan());
            if (scanned.fingerprint() != null) {
                reusable.put(file, scanned);
            }
            if (scanned != last) {
                parsed.incrementAndGet();
            }
        });
        lastBuild = reusable;
        return new BuiltPages(site, found, files, scans, parsed.get());
    }

    private static boolean untouched(SiteFiles.Found file, FileTime untouchedBefore) {
        return untouchedBefore != null && file.modified().compareTo(untouchedBefore) < 0;
    }

    /** The file's scan: the last build's if its bytes are the same, else a new one. An unreadable file has no fingerprint. */
    private static Scanned read(Path site, String file, Scanned last, Map<String, String> sources, KeptResults kept) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(site.resolve(file));
        } catch (IOException e) {
            PageScan unreadable = PageScan.unreadable(String.valueOf(e.getMessage()));
            return new Scanned(null, CompletableFuture.completedFuture(unreadable));
        }
        Fingerprint fingerprint = Fingerprint.of(bytes);
        if (last != null && last.fingerprint().equals(fingerprint)) {
            return last;
        }
        Supplier<PageScan> scan = () -> {
            // the same 96-bit fingerprint (length and two CRCs) the in-memory reuse trusts, with the file name
            String key = kept.key("page scan", file, fingerprint.toString());
            return kept.get(key, PageScan.class).orElseGet(() -> {
                PageScan made = PageScan.of(file, bytes, sources);
                kept.put(key, made);
                return made;
            });
        };
        return new Scanned(fingerprint, bytes.length > BACKGROUND_SIZE ? CompletableFuture.supplyAsync(scan)
                : CompletableFuture.completedFuture(scan.get()));
    }
}
