package org.whichtherapist.check;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.whichtherapist.core.SiteFiles;

/** One built site as the checks see it: every file's name, and the scan of each file read. */
public final class BuiltPages {
    private final Path folder;
    private final List<String> files;
    private final Set<String> fileSet;
    private final List<String> pages;
    private final Map<String, CompletableFuture<PageScan>> scans;
    private final int parsed;

    /**
     * @param files  every file's path below the folder, sorted as {@link SiteFiles} sorts them
     * @param parsed how many files were read afresh, not reused from the last build
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

    /** What was taken from the file (waiting for a large one), or {@link PageScan#NOT_READ}. */
    public PageScan scan(String file) {
        CompletableFuture<PageScan> scan = scans.get(file);
        return scan == null ? PageScan.NOT_READ : scan.join();
    }

    /** How many files this reading parsed afresh; the others had not changed since the last build. */
    public int parsed() {
        return parsed;
    }
}
