package org.whichtherapist.core;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/** The files of a built site, in a fixed order, for the stages that read or write all of them. */
public final class SiteFiles {
    private SiteFiles() {
    }

    /** Every regular file below the folder, sorted by path. */
    public static List<Path> all(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    /** The file's path below the folder, with forward slashes. */
    public static String relative(Path folder, Path file) {
        return folder.relativize(file).toString().replace('\\', '/');
    }

    /**
     * Puts a file kept between builds (a share card, a compressed copy) at {@code target}: a hard link
     * where the file system allows, so no bytes are copied and deleting the old site later only drops
     * a link; else a copy. Kept files are named by their content, so nothing writes into them.
     */
    public static void linkOrCopy(Path kept, Path target) throws IOException {
        try {
            Files.createLink(target, kept);
        } catch (UnsupportedOperationException | FileAlreadyExistsException e) {
            Files.copy(kept, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            if (!Files.isRegularFile(kept)) {
                throw e;
            }
            Files.copy(kept, target, StandardCopyOption.REPLACE_EXISTING); // another file system, say
        }
    }
}
