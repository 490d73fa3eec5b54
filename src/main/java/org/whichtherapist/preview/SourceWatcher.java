package org.whichtherapist.preview;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Watches the site's sources (content/, templates/, assets/, jbake.properties) and calls
 * {@code onChange} once per burst of saves, after the files have been quiet for a moment. Public
 * for the benchmark, which times a save through this watcher to the rewritten page.
 */
public final class SourceWatcher implements AutoCloseable {
    /** An editor's save (write, rename, change of attributes) takes a few milliseconds; a longer burst only builds twice. */
    private static final long QUIET_MILLIS = 50;

    private final Path project;
    private final List<Path> folders;
    private final Path settingsFile;
    private final Runnable onChange;
    private final WatchService watcher;
    private final Thread thread;

    public SourceWatcher(Path project, List<String> folderNames, String settingsName, Runnable onChange)
            throws IOException {
        this.project = project;
        this.folders = folderNames.stream().map(project::resolve).toList();
        this.settingsFile = project.resolve(settingsName);
        this.onChange = onChange;
        this.watcher = FileSystems.getDefault().newWatchService();
        project.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                StandardWatchEventKinds.ENTRY_DELETE);
        for (Path folder : folders) {
            registerTree(folder);
        }
        this.thread = new Thread(this::loop, "which-therapist-source-watcher");
        thread.setDaemon(true);
    }

    public void start() {
        thread.start();
    }

    private void registerTree(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private void loop() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                WatchKey key = watcher.take();
                boolean relevant = drain(key);
                // Editors save in several steps; wait until the burst is over.
                WatchKey more;
                while ((more = watcher.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    relevant |= drain(more);
                }
                if (relevant) {
                    onChange.run();
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean drain(WatchKey key) {
        boolean relevant = false;
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                relevant = true;
                continue;
            }
            Path changed = dir.resolve((Path) event.context());
            if (isSource(changed)) {
                relevant = true;
                if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(changed)) {
                    try {
                        registerTree(changed);
                    } catch (IOException e) {
                        // The folder vanished again; nothing to watch.
                    }
                }
            }
        }
        key.reset();
        return relevant;
    }

    private boolean isSource(Path changed) {
        String name = changed.getFileName().toString();
        if (name.startsWith(".") || name.endsWith("~") || name.endsWith(".swp")) {
            return false;
        }
        return changed.equals(settingsFile) || folders.stream().anyMatch(changed::startsWith);
    }

    @Override
    public void close() throws IOException {
        thread.interrupt();
        watcher.close();
    }

    Path project() {
        return project;
    }
}
