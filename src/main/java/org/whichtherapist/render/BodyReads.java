package org.whichtherapist.render;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Which pages' Markdown-derived parts (body, table of contents, text, reading time) were read
 * while one output was rendered, recorded on the rendering thread. The preview uses it to know
 * which outputs to render again when only the text of some pages changed: an output that never
 * read a page's body cannot change with it.
 * <p>
 * Only the template model reports reads here ({@link PageReadsWrapper}), and only while an output is rendered inside {@link #recording}; the pages
 * themselves ({@link org.whichtherapist.content.Page}) are plain values.
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
