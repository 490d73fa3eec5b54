package org.whichtherapist.preview;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.whichtherapist.core.BuildFailedException;
import org.whichtherapist.core.BuildMode;
import org.whichtherapist.core.Problem;
import org.whichtherapist.ledger.TargetFolders;
import org.whichtherapist.pipeline.BuildOptions;
import org.whichtherapist.pipeline.BuildReport;
import org.whichtherapist.pipeline.WarningReport;

/**
 * Starts with {@code mvn jetty:run}: builds the preview into target/preview, then rebuilds it, one build at a
 * time, whenever a source file is saved and tells open browser tabs what happened (they reload).
 */
@WebListener
public final class PreviewListener implements ServletContextListener {
    static final String BROADCASTER = ReloadBroadcaster.class.getName();
    private static final long HEARTBEAT_SECONDS = 15;
    /** Where the preview is served (pom.xml passes it, with the port Jetty listens on). */
    static final String ADDRESS = "whichtherapist.preview.address";

    private final PreviewSite site = new PreviewSite();
    private BuildOptions options;
    private SourceWatcher watcher;
    private ScheduledExecutorService heartbeat;
    private ReloadBroadcaster browsers;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        Path project = Path.of(System.getProperty("whichtherapist.source", ".")).toAbsolutePath().normalize();
        Path output = Path.of(System.getProperty("whichtherapist.preview.output",
                new TargetFolders(project).preview().toString()));
        options = new BuildOptions(project, output, BuildMode.PREVIEW, Clock.systemUTC());
        browsers = new ReloadBroadcaster();
        event.getServletContext().setAttribute(BROADCASTER, browsers);
        rebuild(Optional.empty());
        try {
            watcher = new SourceWatcher(project, List.of("content", "templates", "assets"), "jbake.properties",
                    this::rebuild);
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

    /** The warnings as the bar and the console show them ({@link WarningReport}), every one written to its file. */
    private List<String> warnings(List<Problem> warnings) {
        try {
            WarningReport.write(options.projectFolder(), warnings);
        } catch (IOException e) {
            System.out.println("[preview] The list of warnings could not be written to " + TargetFolders.WARNINGS + ": "
                    + e.getMessage());
        }
        return WarningReport.lines(warnings);
    }

    /** Rebuilds after {@code changed} paths changed (empty: not known). */
    private synchronized void rebuild(Optional<Set<Path>> changed) {
        try {
            BuildReport report = site.build(options, changed);
            List<String> warnings = warnings(report.warnings());
            browsers.reload(String.join("\n", warnings), report.notReady().stream().map(p -> p.format())
                    .collect(Collectors.joining("\n"))); // first: the summary waits for the page weights
            warnings.forEach(System.out::println);
            System.out.println("[preview] " + report.summary());
        } catch (BuildFailedException e) {
            String problems = Stream.concat(e.problems().stream().map(p -> p.format()),
                    warnings(e.warnings()).stream()).collect(Collectors.joining("\n"));
            System.out.println("[preview] The site was not rebuilt. Fix these and save again:\n" + problems.indent(2));
            browsers.problems(problems);
        } catch (IOException | RuntimeException e) {
            System.out.println("[preview] The site was not rebuilt: " + e);
            browsers.problems("The build stopped unexpectedly: " + e.getMessage());
        }
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
