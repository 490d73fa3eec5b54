package org.whichtherapist.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.apache.commons.io.file.PathUtils;
import org.whichtherapist.core.FolderRemover;

/**
 * Puts a finished site in place of the old one once every check has passed; a failed build keeps the old one.
 * The site it replaces is kept beside it ({@link #earlierSite}), so a build that finds the site removed can take
 * the files it would make the same from there; the one kept before that is deleted.
 */
public final class OutputPublisher {
    /** A folder next to the output to build into: same file system, so the final move is a rename. */
    public Path stagingFolder(Path output) throws IOException {
        Path parent = output.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        FolderRemover.removeLeftovers(parent, oldPrefix(output)); // old sites a build ended before deleting
        return Files.createTempDirectory(parent, "." + output.getFileName() + "-building-");
    }

    /**
     * Swaps the folders: the old site becomes the {@link #earlierSite}, the new one is renamed in, and the earlier
     * site before it is deleted in the background. Returns whether there was an old site to keep.
     */
    public boolean replace(Path staging, Path output) throws IOException {
        if (!Files.exists(output)) {
            Files.move(staging, output, StandardCopyOption.ATOMIC_MOVE);
            return false;
        }
        Path earlier = earlierSite(output);
        Path older = Files.exists(earlier) ? movedAside(earlier, oldPrefix(output)) : null;
        Files.move(output, earlier, StandardCopyOption.ATOMIC_MOVE);
        Files.move(staging, output, StandardCopyOption.ATOMIC_MOVE);
        if (older != null) {
            FolderRemover.remove(older);
        }
        return true;
    }

    /** The site the last publish replaced, hidden beside the output ({@code target/.site-earlier}); it may not exist. */
    public static Path earlierSite(Path output) {
        Path absolute = output.toAbsolutePath();
        return absolute.resolveSibling("." + absolute.getFileName() + "-earlier");
    }

    /** Renames a folder to a new hidden name beside itself, out of the way of the next build; returns the new name. */
    public static Path movedAside(Path folder) throws IOException {
        return movedAside(folder, oldPrefix(folder));
    }

    /** Renamed to a name starting {@code prefix}, which {@link #stagingFolder} deletes if this build does not. */
    private static Path movedAside(Path folder, String prefix) throws IOException {
        Path old = Files.createTempDirectory(folder.toAbsolutePath().getParent(), prefix);
        Files.delete(old);
        Files.move(folder, old, StandardCopyOption.ATOMIC_MOVE);
        return old;
    }

    private static String oldPrefix(Path folder) {
        return "." + folder.getFileName() + "-old-";
    }

    public void discard(Path staging) throws IOException {
        if (Files.exists(staging)) {
            PathUtils.deleteDirectory(staging);
        }
    }
}
