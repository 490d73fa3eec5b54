package org.whichtherapist.render;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * For each part of a bake ({@code page:articles/x.html}, {@code page:tags/knee.html}), the pages whose
 * Markdown-derived parts (body, table of contents, text, reading time) it read: when only some pages' text
 * changed, only the parts that read them are rendered. Reads are noted on the rendering thread while inside
 * {@link #record}; only {@link PageReadsWrapper} reports them.
 */
public final class BodyDependencies {
    private static final ThreadLocal<Set<String>> CURRENT = new ThreadLocal<>();
    private final Map<String, Set<String>> readsByPart = new ConcurrentHashMap<>();

    /** Nothing recorded yet. */
    public BodyDependencies() {
    }

    /** What {@link #byPart} gave, to be recorded over by a bake of some of the parts. */
    public BodyDependencies(Map<String, ? extends Set<String>> byPart) {
        byPart.forEach((part, reads) -> readsByPart.put(part, Set.copyOf(reads)));
    }

    /** Each part's reads, as a copy that can be kept. */
    public HashMap<String, HashSet<String>> byPart() {
        HashMap<String, HashSet<String>> copy = new HashMap<>();
        readsByPart.forEach((part, reads) -> copy.put(part, new HashSet<>(reads)));
        return copy;
    }

    /** Runs {@code work}, which renders the output at {@code uri}, recording the pages whose bodies it read. */
    public <T> T record(String uri, Supplier<T> work) {
        Set<String> previous = CURRENT.get();
        Set<String> reads = new HashSet<>();
        CURRENT.set(reads);
        try {
            T result = work.get();
            readsByPart.put(pagePart(uri), Set.copyOf(reads));
            return result;
        } finally {
            CURRENT.set(previous);
        }
    }

    /** Notes that the page written to {@code uri} had its body read (the address is asked for only while recording). */
    static void read(Supplier<String> uri) {
        Set<String> reads = CURRENT.get();
        if (reads != null) {
            reads.add(uri.get());
        }
    }

    /** The parts that read the body of at least one of {@code changedPages} (addresses), in name order. */
    public Set<String> partsReading(Set<String> changedPages) {
        return readsByPart.entrySet().stream().filter(part -> part.getValue().stream().anyMatch(changedPages::contains))
                .map(Map.Entry::getKey).collect(Collectors.toCollection(TreeSet::new));
    }

    public static String pagePart(String uri) {
        return "page:" + uri;
    }
}
