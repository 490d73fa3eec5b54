package org.whichtherapist.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** How long each stage of one build took, in order: {@code lap("bake")} ends the stage "bake" and starts the next. */
public final class StageTimes {
    private record Stage(String name, long nanos) {
    }

    private final List<Stage> stages = new ArrayList<>();
    private final long began = System.nanoTime();
    private long last = began;

    /** Ends the stage called {@code name}, which began at the previous lap (or at creation). */
    public synchronized void lap(String name) {
        long now = System.nanoTime();
        stages.add(new Stage(name, now - last));
        last = now;
    }

    /** From creation to the last lap. */
    public synchronized java.time.Duration total() {
        return java.time.Duration.ofNanos(last - began);
    }

    /** One line: {@code load 120 ms · markdown 840 ms · …}. */
    public synchronized String describe() {
        return stages.stream()
                .map(s -> String.format(Locale.UK, "%s %d ms", s.name(), s.nanos() / 1_000_000))
                .collect(Collectors.joining(" · "));
    }
}
