package org.whichtherapist.pipeline;

import org.whichtherapist.settings.SiteSettings;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.whichtherapist.core.BuildFailedException;
import org.whichtherapist.core.Problem;

/**
 * Gives a whole build a time limit ({@code site.build_time_limit} in jbake.properties, in seconds)
 * and, when it runs out, stops waiting and names the file the build was working on. The build runs
 * on a thread of its own; one that overran is interrupted and can no longer publish.
 */
public final class BuildWatchdog {

    private final Duration limit;
    private volatile String current = "content/";
    private volatile boolean stopped;

    public BuildWatchdog(Duration limit) {
        this.limit = limit;
    }

    /** Records what the build is working on now: a file, relative to the project folder. */
    public void working(String file) {
        current = file;
    }

    /** Stops a build that overran before it replaces the published site. */
    public void checkNotStopped() throws BuildFailedException {
        if (stopped) {
            throw new BuildFailedException(timeUp());
        }
    }

    public <T> T run(Callable<T> build) throws BuildFailedException, IOException {
        FutureTask<T> task = new FutureTask<>(build);
        Thread thread = new Thread(task, "site-build");
        thread.setDaemon(true);
        thread.start();
        try {
            return task.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            stopped = true;
            task.cancel(true);
            throw new BuildFailedException(timeUp());
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            throw new IOException("the build was interrupted", e);
        } catch (ExecutionException e) {
            throw rethrow(e.getCause());
        }
    }

    private Problem timeUp() {
        long seconds = Math.max(1, limit.toSeconds());
        return Problem.at(current, 0, "the build was stopped after " + seconds + " second" + (seconds == 1 ? "" : "s")
                        + ", while working on this file",
                "look in it for something unusual (a huge table, very long lines, deep nesting); if the site is"
                        + " simply big, raise " + SiteSettings.BUILD_TIME_LIMIT + " (in seconds) in jbake.properties");
    }

    /** Throws what a build's own thread threw, as itself where the build may throw it. */
    static RuntimeException rethrow(Throwable cause) throws BuildFailedException, IOException {
        if (cause instanceof BuildFailedException failed) {
            throw failed;
        }
        if (cause instanceof IOException io) {
            throw io;
        }
        if (cause instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        throw new IllegalStateException(cause);
    }
}
