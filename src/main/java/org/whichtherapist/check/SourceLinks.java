package org.whichtherapist.check;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Checks that every source's address still leads to its page, a few at a time, using a result kept from a
 * check less than {@code days} ago (0: always ask) instead of asking the site again.
 */
public record SourceLinks(LinkProbe probe, KeptLinkResults kept, int days) {
    private static final int AT_ONCE = 4;

    /** One source and what its address gave; {@code kept}: taken from an earlier check, not asked now. */
    public record Checked(CitedSource source, LinkResult result, boolean kept) {
    }

    /** Every source's result, in the order given; the new results are kept for the next check. */
    public List<Checked> check(List<CitedSource> sources, Instant now) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(AT_ONCE, runnable -> {
            Thread thread = new Thread(runnable, "source-check");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<Checked>> futures = sources.stream().map(s -> pool.submit(() -> kept.recent(s.url(), now, days)
                    .map(result -> new Checked(s, result, true))
                    .orElseGet(() -> new Checked(s, ask(s.url()), false)))).toList();
            List<Checked> checked = new ArrayList<>();
            for (Future<Checked> future : futures) {
                checked.add(future.get());
            }
            checked.stream().filter(c -> !c.kept()).forEach(c -> kept.put(c.result(), now));
            return checked;
        } catch (ExecutionException e) {
            throw new IllegalStateException("checking a source failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private LinkResult ask(String url) {
        try {
            return probe.check(url);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new LinkResult(url, LinkResult.Outcome.UNREACHABLE, 0, url, "the check was stopped");
        }
    }
}
