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
    private final List<SiteFiles.Found> found;
    private final List<String> files;
    private final Set<String> fileSet;
    private final List<String> pages;
    private final Map<String, CompletableFuture<PageScan>> scans;
    private final int parsed;

    /**
     * @param found  every file below the folder as the reading found it, sorted as {@link SiteFiles} sorts them
     * @param files  the same files' paths below the folder
     * @param parsed how many files were read afresh, not reused from the last build
     */
    BuiltPages(Path folder, List<SiteFiles.Found> found, List<String> files, Map<String, CompletableFuture<PageScan>> scans,
               int parsed) {
        this.folder = folder;
        this.found = List.copyOf(found);
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

    /** Every file as the reading found it (its attributes then), in the order of {@link #files}. */
    public List<SiteFiles.Found> found() {
        return found;
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
