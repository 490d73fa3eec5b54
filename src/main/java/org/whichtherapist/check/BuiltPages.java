package org.whichtherapist.check;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.whichtherapist.core.SiteFiles;

/**
 * One built site as the checks see it: every file's name and, for each page, XML file and the
 * search index, what {@link PageScan} took from it. Made by {@link PageScanner}.
 */
public final class BuiltPages {
    private final Path folder;
    private final List<String> files;
    private final Set<String> fileSet;
    private final List<String> pages;
    private final Map<String, CompletableFuture<PageScan>> scans;
    private final int parsed;

    /**
     * @param folder the built site
     * @param files  every file's path below the folder, with forward slashes, sorted as {@link SiteFiles} sorts them
     * @param scans  the scan of each file that was read (a large file's may still be under way)
     * @param parsed how many of those were read afresh, not reused from the last build
     */
    BuiltPages(Path folder, List<String> files, Map<String, CompletableFuture<PageScan>> scans, int parsed) {
        this.folder = folder;
        this.files = List.copyOf(files);
        this.fileSet = Set.copyOf(files);
        this.pages = files.stream().filter(PageScan::isPage).toList();
        this.scans = Map.copyOf(scans);
        this.parsed = parsed;
    }

    public Path folder() {
        return folder;
    }

    public List<String> files() {
        return files;
    }

    /** The HTML pages, in file order. */
    public List<String> pages() {
        return pages;
    }

    public boolean contains(String file) {
        return fileSet.contains(file);
    }

    /**
     * What was taken from the file; {@link PageScan#NOT_READ} for a file that is not read. Waits for
     * the scan of a large file that is still under way.
     */
    public PageScan scan(String file) {
        CompletableFuture<PageScan> scan = scans.get(file);
        return scan == null ? PageScan.NOT_READ : scan.join();
    }

    /** How many files this reading parsed afresh; the others had not changed since the last build. */
    public int parsed() {
        return parsed;
    }
}
