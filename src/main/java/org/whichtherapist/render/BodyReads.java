package org.whichtherapist.render;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Which pages' Markdown-derived parts (body, table of contents, text, reading time) one output read, recorded
 * on the rendering thread while inside {@link #recording}; only {@link PageReadsWrapper} reports reads.
 */
public final class BodyReads {
    private static final ThreadLocal<Set<String>> CURRENT = new ThreadLocal<>();

    private BodyReads() {
    }

    /** Runs {@code work} and returns it with the addresses of the pages whose bodies it read. */
    public static <T> Recorded<T> recording(Supplier<T> work) {
        Set<String> previous = CURRENT.get();
        Set<String> reads = new HashSet<>();
        CURRENT.set(reads);
        try {
            return new Recorded<>(work.get(), Set.copyOf(reads));
        } finally {
            CURRENT.set(previous);
        }
    }

    /** Notes that the page written to {@code uri} had its body read (the address is asked for only while recording). */
    public static void read(Supplier<String> uri) {
        Set<String> reads = CURRENT.get();
        if (reads != null) {
            reads.add(uri.get());
        }
    }

    /** What the work gave, and whose bodies it read. */
    public record Recorded<T>(T result, Set<String> bodiesRead) {
    }
}
