package org.whichtherapist.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.commons.io.file.PathUtils;

/**
 * Deletes folders a build no longer needs on a thread of its own, so no build waits for thousands of files to go;
 * a folder not finished when the program ends is removed by the next build ({@link #removeLeftovers}).
 */
public final class FolderRemover {
    private static final ExecutorService THREAD = new ThreadPoolExecutor(0, 1, 10, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(), task -> {
                Thread thread = new Thread(task, "old build remover");
                thread.setDaemon(true);
                return thread;
            });

    private FolderRemover() {
    }

    /** Deletes the folder and everything in it, later; a folder that cannot be deleted is left for mvn clean. */
    public static void remove(Path folder) {
        THREAD.execute(() -> {
            try {
                PathUtils.deleteDirectory(folder);
            } catch (IOException e) {
                // nothing to tell the owner: it is a hidden folder under target/
            }
        });
    }

    /** Deletes, later, the folders in {@code parent} whose names start with {@code prefix}: what earlier builds left. */
    public static void removeLeftovers(Path parent, String prefix) {
        try (Stream<Path> entries = Files.list(parent)) {
            entries.filter(entry -> entry.getFileName().toString().startsWith(prefix)).filter(Files::isDirectory)
                    .forEach(FolderRemover::remove);
        } catch (IOException e) {
            // none to remove, or none that can be
        }
    }
}
