package org.whichtherapist.check;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Follows one web address as a browser would, each redirect by hand so it can be reported. */
public record LinkProbe(Duration timeout, HttpClient client) {
    static final int MAX_REDIRECTS = 10;
    private static final String AGENT = "Mozilla/5.0 (compatible; which-therapist-source-check/1.0)";

    public LinkProbe(Duration timeout) {
        this(timeout, HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(timeout).build());
    }

    /** What following {@code url} found; never throws for a failing site. */
    public LinkResult check(String url) throws InterruptedException {
        List<String> hops = new ArrayList<>();
        boolean permanent = false;
        URI at;
        try {
            at = URI.create(url);
        } catch (IllegalArgumentException e) {
            return new LinkResult(url, LinkResult.Outcome.GONE, 0, url, "it is not a web address");
        }
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            HttpResponse<Void> response;
            try {
                response = client.send(HttpRequest.newBuilder(at).timeout(timeout).header("User-Agent", AGENT)
                        .header("Accept", "text/html,*/*;q=0.8").GET().build(), HttpResponse.BodyHandlers.discarding());
            } catch (HttpTimeoutException e) {
                return new LinkResult(url, LinkResult.Outcome.UNREACHABLE, 0, at.toString(), joined(hops,
                        "it did not answer within " + timeout.toSeconds() + " second" + (timeout.toSeconds() == 1 ? "" : "s")));
            } catch (IOException | IllegalArgumentException e) {
                return new LinkResult(url, LinkResult.Outcome.UNREACHABLE, 0, at.toString(), joined(hops,
                        "it could not be reached (" + e.getClass().getSimpleName()
                                + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")"));
            }
            int status = response.statusCode();
            java.util.Optional<String> location = response.headers().firstValue("Location");
            if (status >= 300 && status < 400 && location.isPresent()) {
                permanent |= status == 301 || status == 308;
                at = at.resolve(location.get().strip());
                hops.add(status + " → " + at);
                continue;
            }
            return new LinkResult(url, outcome(status, hops.isEmpty(), permanent), status, at.toString(),
                    joined(hops, describe(status)));
        }
        return new LinkResult(url, LinkResult.Outcome.UNREACHABLE, 0, at.toString(),
                joined(hops, "it redirects more than " + MAX_REDIRECTS + " times"));
    }

    private static LinkResult.Outcome outcome(int status, boolean direct, boolean permanent) {
        if (status >= 200 && status < 300) {
            return direct ? LinkResult.Outcome.OK : permanent ? LinkResult.Outcome.MOVED : LinkResult.Outcome.REDIRECTED;
        }
        return switch (status) {
            case 404, 410 -> LinkResult.Outcome.GONE;
            case 401, 403, 429 -> LinkResult.Outcome.REFUSED;
            default -> LinkResult.Outcome.UNREACHABLE;
        };
    }

    /** The status in plain words. */
    private static String describe(int status) {
        return switch (status) {
            case 200 -> "it answered";
            case 404 -> "404: the page is not there";
            case 410 -> "410: the page was removed for good";
            case 401, 403 -> status + ": the site would not show the page to a program";
            case 429 -> "429: the site asked us to slow down";
            default -> status >= 500 ? status + ": the site had a fault" : "it answered " + status;
        };
    }

    private static String joined(List<String> hops, String last) {
        return hops.isEmpty() ? last : String.join("; ", hops) + "; " + last;
    }
}
