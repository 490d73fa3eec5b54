package org.whichtherapist.core;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.apache.commons.io.file.PathUtils;

/**
 * Deletes folders a build no longer needs on a thread of its own, so the preview does not wait for
 * a thousand files to be deleted after each rebuild. Before the program ends it finishes the folders
 * it was given, so none is left behind.
 */
public final class FolderRemover {
    private static final ExecutorService THREAD = new ThreadPoolExecutor(0, 1, 10, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(), task -> {
                Thread thread = new Thread(task, "old build remover");
                thread.setDaemon(true);
                return thread;
            });

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            THREAD.shutdown();
            try {
                THREAD.awaitTermination(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "old build remover: finishing"));
    }

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
}
