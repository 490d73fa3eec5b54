package org.whichtherapist.quality;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.eclipse.jetty.ee10.servlet.DefaultServlet;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.whichtherapist.BuiltSite;
import org.whichtherapist.TestSites;

/**
 * A built site served over HTTP on a free loopback port, as a static host would serve it (pages use
 * relative links and the search fetches its files, so file:// is not enough), with the headers of its
 * {@code _headers} file, Content Security Policy included ({@link HostHeaders}). The real and the fixture
 * site are each served once per test run and shared; the servers stop when the test JVM exits.
 */
public record ServedSite(String name, BuiltSite built, String base, HostHeaders headers) {
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static ServedSite real;
    private static ServedSite fixture;

    public static synchronized ServedSite real() {
        if (real == null) {
            real = serve("real", TestSites.real());
        }
        return real;
    }

    public static synchronized ServedSite fixture() {
        if (fixture == null) {
            fixture = serve("fixture", TestSites.fixture());
        }
        return fixture;
    }

    /** The address of a path below the site root, e.g. {@code url("articles.html")}. */
    public String url(String path) {
        return base + path;
    }

    /** The path below the site root of an address on this server ("" for the root). */
    public String pathOf(String url) {
        if (!url.startsWith(base)) {
            throw new AssertionError(url + " is not on " + base);
        }
        return url.substring(base.length()).replaceAll("[#?].*$", "");
    }

    public HttpResponse<byte[]> get(String url) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return name + " site";
    }

    /** Serves any folder the same way, for one test's own pages. */
    static ServedSite folder(String name, java.nio.file.Path folder) {
        return serve(name, new BuiltSite(folder, folder, null));
    }

    /** Serves a built site below a sub-path ({@code "/which-therapist/"}), as GitHub Pages serves a project's site. */
    static ServedSite underSubPath(String name, BuiltSite built, String subPath) {
        return serve(name, built, subPath);
    }

    private static ServedSite serve(String name, BuiltSite built) {
        return serve(name, built, "/");
    }

    private static ServedSite serve(String name, BuiltSite built, String subPath) {
        HostHeaders headers;
        try {
            headers = HostHeaders.of(built.output());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler(subPath.equals("/") ? "/" : subPath.replaceAll("/$", ""));
        context.setBaseResourceAsPath(built.output());
        context.addFilter(new org.eclipse.jetty.ee10.servlet.FilterHolder(headers), "/*",
                java.util.EnumSet.of(jakarta.servlet.DispatcherType.REQUEST));
        ServletHolder files = new ServletHolder("default", DefaultServlet.class);
        files.setInitParameter("dirAllowed", "false");
        context.addServlet(files, "/");
        server.setHandler(context);
        try {
            server.start();
        } catch (Exception e) {
            throw new IllegalStateException("could not serve the " + name + " site", e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.stop();
            } catch (Exception ignored) {
                // the JVM is ending anyway
            }
        }, "stop-" + name + "-site"));
        return new ServedSite(name, built, "http://127.0.0.1:" + connector.getLocalPort() + subPath, headers);
    }
}
