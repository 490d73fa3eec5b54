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
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches the site's sources (content/, templates/, assets/, jbake.properties) and hands the paths that
 * changed to {@code onChange} once per burst of saves, after the files have been quiet for a moment (empty
 * when events were lost). Public for the benchmark, which times a save through this watcher to the page.
 */
public final class SourceWatcher implements AutoCloseable {
    /** An editor's save (write, rename, change of attributes) takes a few milliseconds; a longer burst only builds twice. */
    private static final long QUIET_MILLIS = 50;

    private final List<Path> folders;
    private final Path settingsFile;
    private final Consumer<Optional<Set<Path>>> onChange;
    private final WatchService watcher;
    private final Thread thread;

    public SourceWatcher(Path project, List<String> folderNames, String settingsName,
                         Consumer<Optional<Set<Path>>> onChange)
            throws IOException {
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
                Set<Path> changed = new HashSet<>();
                boolean lost = drain(watcher.take(), changed);
                WatchKey more;
                while ((more = watcher.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    lost |= drain(more, changed);
                }
                if (lost) {
                    onChange.accept(Optional.empty());
                } else if (!changed.isEmpty()) {
                    onChange.accept(Optional.of(changed));
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Adds the sources the key saw change to {@code changed}; returns whether events were lost. */
    private boolean drain(WatchKey key, Set<Path> changed) {
        boolean lost = false;
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                lost = true;
                continue;
            }
            Path path = dir.resolve((Path) event.context());
            if (isSource(path)) {
                changed.add(path);
                if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path)) {
                    try {
                        registerTree(path);
                    } catch (IOException e) {
                        // The folder vanished again; nothing to watch.
                    }
                }
            }
        }
        key.reset();
        return lost;
    }

    private boolean isSource(Path changed) {
        String name = changed.getFileName().toString(); // not an editor's hidden, backup or swap file
        return !name.startsWith(".") && !name.endsWith("~") && !name.endsWith(".swp")
                && (changed.equals(settingsFile) || folders.stream().anyMatch(changed::startsWith));
    }

    @Override
    public void close() throws IOException {
        thread.interrupt();
        watcher.close();
    }
}
