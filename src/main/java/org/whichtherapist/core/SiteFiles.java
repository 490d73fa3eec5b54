package org.whichtherapist.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
