package org.whichtherapist.preview;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.whichtherapist.ledger.TargetFolders;

/**
 * Starts with {@code mvn jetty:run}: builds the preview into target/preview, then rebuilds it whenever a source
 * file is saved and tells open browser tabs to reload.
 */
@WebListener
public final class PreviewListener implements ServletContextListener {
    static final String BROADCASTER = ReloadBroadcaster.class.getName();
    private static final long HEARTBEAT_SECONDS = 15;
    /** Where the preview is served (pom.xml passes it, with the port Jetty listens on). */
    static final String ADDRESS = "whichtherapist.preview.address";

    private SourceWatcher watcher;
    private ScheduledExecutorService heartbeat;
    private ReloadBroadcaster browsers;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        Path project = Path.of(System.getProperty("whichtherapist.source", ".")).toAbsolutePath().normalize();
        Path output = Path.of(System.getProperty("whichtherapist.preview.output",
                new TargetFolders(project).preview().toString()));
        browsers = new ReloadBroadcaster();
        event.getServletContext().setAttribute(BROADCASTER, browsers);
        PreviewBuilder builder = new PreviewBuilder(project, output, browsers, System.out);
        builder.rebuild(Optional.empty());
        try {
            watcher = new SourceWatcher(project, List.of("content", "templates", "assets"), "jbake.properties",
                    builder::rebuild);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch " + project + " for changes", e);
        }
        watcher.start();
        heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "which-therapist-preview-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
        heartbeat.scheduleAtFixedRate(browsers::heartbeat, HEARTBEAT_SECONDS, HEARTBEAT_SECONDS, TimeUnit.SECONDS);
        System.out.println("[preview] Open " + System.getProperty(ADDRESS, "http://localhost:8080/")
                + " in your browser: it reloads by itself when you save a file. Stop with Ctrl+C.");
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        try {
            if (watcher != null) {
                watcher.close();
            }
        } catch (IOException e) {
            // closing anyway
        }
        if (heartbeat != null) {
            heartbeat.shutdownNow();
        }
        if (browsers != null) {
            browsers.closeAll();
        }
    }
}
