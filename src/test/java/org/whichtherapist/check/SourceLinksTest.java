package org.whichtherapist.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

/**
 * The source check against a server on this computer (127.0.0.1 only) that answers 200, a permanent and
 * a temporary redirect, 404, 410, 403, and not at all in time.
 */
class SourceLinksTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(1);
    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");
    private static final Map<String, AtomicInteger> ASKED = new ConcurrentHashMap<>();
    private static HttpServer server;
    private static String base;

    @BeforeAll
    static void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        answer("/ok", 200, null);
        answer("/moved", 301, "/ok");
        answer("/for-now", 302, "/ok");
        answer("/gone", 404, null);
        answer("/removed", 410, null);
        answer("/refused", 403, null);
        server.createContext("/slow", exchange -> {
            ASKED.computeIfAbsent("/slow", k -> new AtomicInteger()).incrementAndGet();
            try {
                Thread.sleep(TIMEOUT.multipliedBy(3).toMillis());
                exchange.sendResponseHeaders(200, -1);
            } catch (InterruptedException | IOException e) {
                // the check has given up by now
            } finally {
                exchange.close();
            }
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private static void answer(String path, int status, String location) {
        server.createContext(path, exchange -> {
            ASKED.computeIfAbsent(path, k -> new AtomicInteger()).incrementAndGet();
            if (location != null) {
                exchange.getResponseHeaders().add("Location", location);
            }
            byte[] body = "<p>page</p>".getBytes();
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    private static CitedSource source(String id, String path) {
        return new CitedSource(id, base + path, 10, List.of("content/articles/" + id + ".md"));
    }

    private static List<CitedSource> sources() {
        return List.of(source("ok", "/ok"), source("moved", "/moved"), source("for-now", "/for-now"),
                source("gone", "/gone"), source("removed", "/removed"), source("refused", "/refused"),
                source("slow", "/slow"));
    }

    /** Checks every source at {@code when}, keeping the results in {@code file} for {@code days}. */
    private static List<SourceLinks.Checked> check(Path file, int days, Instant when) throws Exception {
        KeptLinkResults kept = KeptLinkResults.in(file);
        List<SourceLinks.Checked> checked = new SourceLinks(new LinkProbe(TIMEOUT), kept, days).check(sources(), when);
        kept.save(sources().stream().map(CitedSource::url).toList());
        return checked;
    }

    private static int asked() {
        return ASKED.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    @Test
    void eachAnswerIsToldApartRedirectsAreFollowedAndTheFinalAddressKept(@TempDir Path folder) throws Exception {
        List<SourceLinks.Checked> checked = check(folder.resolve("results.tsv"), 7, NOW);
        assertEquals(List.of(
                new LinkResult(base + "/ok", LinkResult.Outcome.OK, 200, base + "/ok", "it answered"),
                new LinkResult(base + "/moved", LinkResult.Outcome.MOVED, 200, base + "/ok", "301 → " + base + "/ok; it answered"),
                new LinkResult(base + "/for-now", LinkResult.Outcome.REDIRECTED, 200, base + "/ok", "302 → " + base
                        + "/ok; it answered"),
                new LinkResult(base + "/gone", LinkResult.Outcome.GONE, 404, base + "/gone", "404: the page is not there"),
                new LinkResult(base + "/removed", LinkResult.Outcome.GONE, 410, base + "/removed",
                        "410: the page was removed for good"),
                new LinkResult(base + "/refused", LinkResult.Outcome.REFUSED, 403, base + "/refused",
                        "403: the site would not show the page to a program"),
                new LinkResult(base + "/slow", LinkResult.Outcome.UNREACHABLE, 0, base + "/slow",
                        "it did not answer within 1 second")),
                checked.stream().map(SourceLinks.Checked::result).toList());
    }

    @Test
    void resultsAreKeptForTheSettingsDaysExceptWhereNothingAnswered(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("results.tsv");
        List<SourceLinks.Checked> first = check(file, 7, NOW);
        int before = asked();
        List<SourceLinks.Checked> again = check(file, 7, NOW.plus(Duration.ofDays(6)));
        assertEquals(1, asked() - before, "only the site that did not answer is asked again");
        assertEquals(first.stream().map(SourceLinks.Checked::result).toList(),
                again.stream().map(SourceLinks.Checked::result).toList());
        assertEquals(List.of(true, true, true, true, true, true, false), again.stream().map(SourceLinks.Checked::kept).toList());

        before = asked();
        check(file, 7, NOW.plus(Duration.ofDays(8)));
        assertTrue(asked() - before >= sources().size(), "after the kept days every site is asked again");
        before = asked();
        check(file, 0, NOW.plus(Duration.ofDays(8)));
        assertTrue(asked() - before >= sources().size(), "0 days: always asked");
    }

    @Test
    void theReportNamesWhatToDoAndThePagesThatCiteEachSource(@TempDir Path folder) throws Exception {
        List<SourceLinks.Checked> checked = check(folder.resolve("results.tsv"), 7, NOW);
        String report = new SourceLinkReport("content/_data/sources.yml").format(checked, 7);
        assertTrue(report.contains("Sources whose page is gone (2):\n  content/_data/sources.yml:10: 'gone' " + base
                + "/gone: 404: the page is not there\n    cited by: content/articles/gone.md\n    what to do: find the"
                + " page's new address on the publisher's site and put it in content/_data/sources.yml, or cite another"
                + " source\n"), report);
        assertTrue(report.contains("Sources whose page has moved (1):\n  content/_data/sources.yml:10: 'moved' " + base
                + "/moved: 301 → " + base + "/ok; it answered\n    now at: " + base + "/ok\n    cited by:"
                + " content/articles/moved.md\n"), report);
        assertTrue(report.contains("Sources that could not be reached (1):"), report);
        assertTrue(report.endsWith("Checked 7 sources: 1 answered at the address written.\n"), report);
        assertFalse(report.contains("'ok'"), "a source that answered is not listed");
    }
}
