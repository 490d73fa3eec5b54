package org.whichtherapist.render;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * For each part of a bake ({@code page:articles/x.html}, {@code page:tags/knee.html}), the pages whose
 * Markdown-derived parts it read: when only some pages' text changed, only the parts that read them are rendered.
 */
public final class BodyDependencies {
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

    public void record(String part, Set<String> bodiesRead) {
        readsByPart.put(part, bodiesRead);
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
