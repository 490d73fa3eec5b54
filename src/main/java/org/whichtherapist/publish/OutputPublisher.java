package org.whichtherapist.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.apache.commons.io.file.PathUtils;
import org.whichtherapist.core.FolderRemover;

/** Puts a finished site in place of the old one once every check has passed; a failed build keeps the old one. */
public final class OutputPublisher {
    /** A folder next to the output to build into: same file system, so the final move is a rename. */
    public Path stagingFolder(Path output) throws IOException {
        Path parent = output.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        FolderRemover.removeLeftovers(parent, oldPrefix(output)); // old sites a build ended before deleting
        return Files.createTempDirectory(parent, "." + output.getFileName() + "-building-");
    }

    /** Swaps the folders: the old site is renamed away, the new one renamed in, the old one deleted in the background. */
    public void replace(Path staging, Path output) throws IOException {
        if (!Files.exists(output)) {
            Files.move(staging, output, StandardCopyOption.ATOMIC_MOVE);
            return;
        }
        Path old = movedAside(output);
        Files.move(staging, output, StandardCopyOption.ATOMIC_MOVE);
        FolderRemover.remove(old);
    }

    /** Renames a folder to a new hidden name beside itself, out of the way of the next build; returns the new name. */
    public static Path movedAside(Path folder) throws IOException {
        Path old = Files.createTempDirectory(folder.toAbsolutePath().getParent(), oldPrefix(folder));
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
