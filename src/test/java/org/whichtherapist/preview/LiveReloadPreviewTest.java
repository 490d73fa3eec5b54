package org.whichtherapist.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.eclipse.jetty.ee10.servlet.DefaultServlet;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.whichtherapist.TestSites;

import jakarta.servlet.DispatcherType;

/**
 * The preview as {@code mvn jetty:run} wires it (listener, filter, events servlet, Jetty's default
 * servlet on the preview folder), in a real Jetty on a free loopback port.
 */
class LiveReloadPreviewTest {
    private static Server server;
    private static Path project;
    private static Path output;
    private static String base;
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final BlockingQueue<String> EVENTS = new LinkedBlockingQueue<>();

    @BeforeAll
    static void start() throws Exception {
        project = TestSites.newFixtureProject();
        output = project.resolve("target/preview");
        Files.createDirectories(output);
        System.setProperty("whichtherapist.source", project.toString());
        System.setProperty("whichtherapist.preview.output", output.toString());

        server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler("/");
        context.setBaseResourceAsPath(output);
        context.addEventListener(new PreviewListener());
        FilterHolder filter = new FilterHolder(new LiveReloadFilter());
        filter.setAsyncSupported(true);
        context.addFilter(filter, "/*", EnumSet.of(DispatcherType.REQUEST));
        ServletHolder events = new ServletHolder(new ReloadEventsServlet());
        events.setAsyncSupported(true);
        context.addServlet(events, "/_preview/*");
        ServletHolder files = new ServletHolder("default", DefaultServlet.class);
        files.setInitParameter("cacheValidationTime", "0");
        context.addServlet(files, "/");
        server.setHandler(context);
        server.start();
        base = "http://127.0.0.1:" + connector.getLocalPort();

        Thread listener = new Thread(LiveReloadPreviewTest::listen, "test-sse-listener");
        listener.setDaemon(true);
        listener.start();
        waitForHeartbeatOrConnect();
    }

    @AfterAll
    static void stop() throws Exception {
        server.stop();
        System.clearProperty("whichtherapist.source");
        System.clearProperty("whichtherapist.preview.output");
    }

    private static void listen() {
        try {
            HttpResponse<Stream<String>> response = HTTP.send(
                    HttpRequest.newBuilder(URI.create(base + ReloadEventsServlet.EVENTS)).build(),
                    HttpResponse.BodyHandlers.ofLines());
            EVENTS.add("connected");
            Iterator<String> lines = response.body().iterator();
            while (lines.hasNext()) {
                String line = lines.next();
                if (!line.isBlank()) {
                    EVENTS.add(line);
                }
            }
        } catch (IOException | InterruptedException | java.io.UncheckedIOException e) {
            EVENTS.add("closed: " + e);
        }
    }

    private static void waitForHeartbeatOrConnect() throws InterruptedException {
        assertEquals("connected", EVENTS.poll(10, TimeUnit.SECONDS));
    }

    private static String get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    /**
     * The next reload or problems event on the open connection (warnings and what is not ready to publish
     * come to pages as they load).
     */
    private static String nextEvent() throws InterruptedException {
        String line;
        do {
            line = EVENTS.poll(15, TimeUnit.SECONDS);
        } while (line != null && (!line.startsWith("event:") || line.equals("event: warnings")
                || line.equals("event: notready")));
        return line;
    }

    /** The first message of this event ({@code null}: of any) that a page that has just loaded is told: its lines. */
    private static java.util.List<String> messageToANewPage(String event) throws Exception {
        HttpResponse<Stream<String>> response = HTTP.sendAsync(
                HttpRequest.newBuilder(URI.create(base + ReloadEventsServlet.EVENTS)).build(),
                HttpResponse.BodyHandlers.ofLines()).get(10, TimeUnit.SECONDS);
        java.util.List<String> message = new java.util.ArrayList<>();
        java.util.concurrent.CompletableFuture<Void> reading = java.util.concurrent.CompletableFuture.runAsync(() -> {
            Iterator<String> lines = response.body().iterator();
            while (lines.hasNext()) {
                String line = lines.next();
                if (line.isBlank() && !message.isEmpty()) {
                    if (event == null || message.get(0).equals("event: " + event)) {
                        return;
                    }
                    message.clear();
                }
                if (!line.isBlank() && !line.startsWith(":")) {
                    message.add(line);
                }
            }
        });
        reading.get(15, TimeUnit.SECONDS);
        response.body().close();
        return message;
    }

    @Test
    void pagesAreServedWithTheReloadScriptButTheFilesOnDiskAreNot() throws Exception {
        String served = get("/about.html");
        assertTrue(served.contains(LiveReloadFilter.TAG + "</body>"), "script added before </body>");
        assertFalse(Files.readString(output.resolve("about.html")).contains("live-reload"), "file on disk untouched");
        assertTrue(get(ReloadEventsServlet.SCRIPT).contains("new EventSource(\"/_preview/events\")"));
        assertFalse(get("/css/site.css").contains("live-reload"), "only HTML pages get the script");
    }

    @Test
    void savingAFileRebuildsTheSiteAndTellsTheOpenPage() throws Exception {
        Path about = project.resolve("content/pages/about.md");
        long start = System.nanoTime();
        Files.writeString(about, Files.readString(about).replace("This page has no health content.",
                "This page was just edited."));
        assertEquals("event: reload", nextEvent());
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("[preview test] save to reload event: " + millis + " ms");
        assertTrue(get("/about.html").contains("This page was just edited."));

        Path broken = project.resolve("content/articles/broken.md");
        Files.writeString(broken, "---\ntitle: Broken\n");
        assertEquals("event: problems", nextEvent());
        String data = EVENTS.poll(5, TimeUnit.SECONDS);
        assertTrue(data.startsWith("data: content/articles/broken.md:1: the front matter that starts here is never closed"), data);
        assertTrue(get("/about.html").contains("This page was just edited."), "the last good preview stays");

        Files.delete(broken);
        assertEquals("event: reload", nextEvent());
    }

    @Test
    void warningsAreShownInTheProblemListOfEveryPageThatLoads() throws Exception {
        Path overdue = project.resolve("content/articles/overdue.md");
        Files.writeString(overdue, "---\ntitle: Overdue\ntype: article\nstatus: published\ndate: 2020-01-01\n"
                + "reviewed: 2020-01-01\nsummary: Reviewed long ago.\nsources: [hcpc-register]\nauthor: jo-example\n"
                + "reviewer: sam-example\ncare: urgent\n---\n\nText.\n");
        assertEquals("event: reload", nextEvent());
        java.util.List<String> message = messageToANewPage("warnings");
        assertTrue(message.contains("data: warning: content/articles/overdue.md:6: this page was due for review on"
                + " 1 January 2021 — check it against its sources, then set 'reviewed:' to the day you did"), message.toString());
        assertTrue(get(ReloadEventsServlet.SCRIPT).contains("addEventListener(\"warnings\""), "the page shows them");

        Files.delete(overdue);
        assertEquals("event: reload", nextEvent());
    }

    @Test
    void whatIsNotReadyToPublishIsShownOnEveryPageThatLoads() throws Exception {
        java.util.List<String> message = messageToANewPage("notready");
        assertTrue(message.contains("data: content/_data/site-owner.yml:6: who runs the site, its funding and its editorial"
                + " policy are still made up (placeholder: true) — fill in every field of this file with the real details,"
                + " then delete the line 'placeholder: true' (docs/writing.md, \"Before you publish\")"), message.toString());
        assertTrue(message.stream().anyMatch(l -> l.startsWith("data: content/_data/people.yml:2: 'jo-example' is a made-up"
                + " person")), message.toString());
        assertTrue(get(ReloadEventsServlet.SCRIPT).contains("addEventListener(\"notready\""), "the page shows them");
    }

    @Test
    void draftsAreShownInThePreviewWithABanner() throws Exception {
        String draft = get("/articles/secret-draft.html");
        assertTrue(draft.contains("class=\"draft-banner\""), draft);
    }
}
